#include "engine/text/criterion.hpp"

#include <cctype>
#include <charconv>

#include "engine/text/cursor.hpp"
#include "engine/text/fixed_patterns.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/strip.hpp"

namespace planlint::text {

namespace {

constexpr std::string_view title_lead = " :-.";

// The value of one to three ASCII digits.
int number_of(std::string_view digits) {
  int n = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return n;
}

// The normalized text after a reference, without the ": " or " - " that joins them.
// Trimmed in place: a copy of the stripped view was a second allocation per long title.
std::string title_after(std::string_view text, std::uint32_t source_offset) {
  std::string title = normalize(text.substr(source_offset));
  title.erase(0, title.size() - strip_front(title, title_lead).size());
  return title;
}

// The run of non-space folded bytes from `from`: what a reader quotes back in an error.
std::size_t token_end(const std::string& folded, std::size_t from) {
  while (from < folded.size() && folded[from] != ' ') ++from;
  return from;
}

bool digit_at(const std::string& folded, std::size_t i) {
  return i < folded.size() && std::isdigit(static_cast<unsigned char>(folded[i]));
}

// "1.1.2" is an indicator (chỉ báo), not a criterion.
bool indicator_follows(const std::string& folded, std::size_t i) {
  return i < folded.size() && folded[i] == '.' && digit_at(folded, i + 1);
}

read_error error_at(const folded_text& f, std::size_t begin, std::size_t end, std::string message) {
  return {f.source_span(begin, end), std::move(message)};
}

read_error empty_error(std::string_view what) { return {{0, 0}, std::string(what) + " trống"}; }

// A keyword with no number after it: "Tiêu chí", "Tiêu chuẩn:".
read_error missing_number(const folded_text& f, std::string_view text, std::size_t at,
                          std::string_view what) {
  return error_at(f, 0, at, "thiếu số hiệu " + std::string(what) + " sau “" +
                                normalize(text.substr(0, f.source_end(at))) + "”");
}

}  // namespace

std::string criterion_ref::id() const {
  return std::to_string(standard) + "." + std::to_string(number);
}

read_result<criterion_ref> read_criterion(std::string_view text) {
  const folded_text f = fold_with_origins(text);
  const std::string& s = f.text;
  if (s.empty()) return empty_error("ô tiêu chí");

  const std::size_t at = patterns::criterion_keyword_end(s);
  const bool has_keyword = at > 0;
  const std::optional<patterns::criterion_code> code = patterns::criterion_code_at(s, at);
  if (!code) {
    if (has_keyword && at == s.size()) return missing_number(f, text, at, "tiêu chí (dạng 1.1)");
    if (has_keyword || digit_at(s, at)) {
      std::size_t end = token_end(s, at);
      return error_at(f, at, end,
                      "số hiệu tiêu chí phải có dạng <tiêu chuẩn>.<tiêu chí>, ví dụ 1.1; đọc được “" +
                          normalize(text.substr(f.source_begin(at), f.source_end(end) - f.source_begin(at))) + "”");
    }
    return error_at(f, 0, s.size(), "không đọc được tiêu chí: cần “Tiêu chí 1.1” hoặc “1.1”");
  }
  const std::size_t end = code->end;
  if (digit_at(s, end) || indicator_follows(s, end))
    return error_at(f, at, token_end(s, at),
                    "đây không phải số hiệu tiêu chí (dạng 1.1): “" + std::string(s.substr(at, token_end(s, at) - at)) + "”");
  criterion_ref ref;
  ref.standard = number_of(code->standard);
  ref.number = number_of(code->number);
  if (ref.standard == 0 || ref.number == 0)
    return error_at(f, at, end, "tiêu chuẩn và tiêu chí được đánh số từ 1: “" + ref.id() + "”");
  ref.bytes = f.source_span(0, end);
  ref.rest = title_after(text, ref.bytes.end);
  return ref;
}

read_result<standard_heading> read_standard(std::string_view text) {
  const folded_text f = fold_with_origins(text);
  const std::string& s = f.text;
  if (s.empty()) return empty_error("ô tiêu chuẩn");

  const std::size_t at = patterns::standard_keyword_end(s);
  cursor c(s, at);
  std::string_view digits;
  if (!c.take_digits(1, 3, &digits)) {
    if (at > 0) return missing_number(f, text, at, "tiêu chuẩn");
    return error_at(f, 0, s.size(), "không đọc được tiêu chuẩn: cần “Tiêu chuẩn 1” hoặc “1”");
  }
  const std::size_t end = c.at();
  if (indicator_follows(s, end))
    return error_at(f, at, token_end(s, at),
                    "đây là số hiệu tiêu chí, không phải tiêu chuẩn: “" +
                        std::string(s.substr(at, token_end(s, at) - at)) + "”");
  if (digit_at(s, end))
    return error_at(f, at, token_end(s, at), "số hiệu tiêu chuẩn quá dài");
  standard_heading heading;
  heading.standard = number_of(digits);
  if (heading.standard == 0)
    return error_at(f, at, end, "tiêu chuẩn được đánh số từ 1");
  heading.bytes = f.source_span(0, end);
  heading.title = title_after(text, heading.bytes.end);
  return heading;
}

}  // namespace planlint::text
