#include "engine/text/criterion.hpp"

#include <re2/re2.h>

#include <cctype>

#include "engine/text/normalize.hpp"
#include "engine/text/strip.hpp"

namespace planlint::text {

namespace {

constexpr std::string_view title_lead = " :-.";

// A match of `re` anchored at folded byte `from`; groups[0] is the whole match.
bool match_at(const RE2& re, const std::string& folded, std::size_t from,
              re2::StringPiece* groups, int count) {
  return re.Match(folded, from, folded.size(), RE2::ANCHOR_START, groups, count);
}

std::size_t offset_in(const std::string& folded, re2::StringPiece piece) {
  return static_cast<std::size_t>(piece.data() - folded.data());
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

// Where the keyword ("Tiêu chí", "Tiêu chuẩn", …) matched at the start ends; 0 without one.
std::size_t keyword_end(const RE2& keyword, const std::string& folded) {
  re2::StringPiece whole;
  return match_at(keyword, folded, 0, &whole, 1) ? whole.size() : 0;
}

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

  static const RE2 keyword(R"((?:tieu ?chi|tc)(?: ?so\b)? ?:? ?)");
  static const RE2 code(R"((\d{1,3}) ?\. ?(\d{1,3}))");
  re2::StringPiece groups[3];
  const std::size_t at = keyword_end(keyword, s);
  const bool has_keyword = at > 0;
  if (!match_at(code, s, at, groups, 3)) {
    if (has_keyword && at == s.size()) return missing_number(f, text, at, "tiêu chí (dạng 1.1)");
    if (has_keyword || digit_at(s, at)) {
      std::size_t end = token_end(s, at);
      return error_at(f, at, end,
                      "số hiệu tiêu chí phải có dạng <tiêu chuẩn>.<tiêu chí>, ví dụ 1.1; đọc được “" +
                          normalize(text.substr(f.source_begin(at), f.source_end(end) - f.source_begin(at))) + "”");
    }
    return error_at(f, 0, s.size(), "không đọc được tiêu chí: cần “Tiêu chí 1.1” hoặc “1.1”");
  }
  std::size_t end = offset_in(s, groups[0]) + groups[0].size();
  if (digit_at(s, end) || indicator_follows(s, end))
    return error_at(f, at, token_end(s, at),
                    "đây không phải số hiệu tiêu chí (dạng 1.1): “" + std::string(s.substr(at, token_end(s, at) - at)) + "”");
  criterion_ref ref;
  ref.standard = std::stoi(std::string(groups[1]));
  ref.number = std::stoi(std::string(groups[2]));
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

  static const RE2 keyword(R"(tieu ?chuan(?: ?so\b)? ?:? ?)");
  static const RE2 code(R"(\d{1,3})");
  re2::StringPiece groups[1];
  const std::size_t at = keyword_end(keyword, s);
  if (!match_at(code, s, at, groups, 1)) {
    if (at > 0) return missing_number(f, text, at, "tiêu chuẩn");
    return error_at(f, 0, s.size(), "không đọc được tiêu chuẩn: cần “Tiêu chuẩn 1” hoặc “1”");
  }
  std::size_t end = at + groups[0].size();
  if (indicator_follows(s, end))
    return error_at(f, at, token_end(s, at),
                    "đây là số hiệu tiêu chí, không phải tiêu chuẩn: “" +
                        std::string(s.substr(at, token_end(s, at) - at)) + "”");
  if (digit_at(s, end))
    return error_at(f, at, token_end(s, at), "số hiệu tiêu chuẩn quá dài");
  standard_heading heading;
  heading.standard = std::stoi(std::string(groups[0]));
  if (heading.standard == 0)
    return error_at(f, at, end, "tiêu chuẩn được đánh số từ 1");
  heading.bytes = f.source_span(0, end);
  heading.title = title_after(text, heading.bytes.end);
  return heading;
}

}  // namespace planlint::text
