// The one translation unit that instantiates the X3 date grammar.
#include <algorithm>
#include <array>
#include <cstdint>

#include "engine/dates/grammar_def.hpp"
#include "engine/dates/folded_chars.hpp"

namespace planlint::dates::grammar {

bool parse_expression(const char*& first, const char* last, ast::expression& out) {
  return x3::phrase_parse(first, last, expression, x3::ascii::space, out,
                          x3::skip_flag::dont_post_skip);
}

namespace {

// The word after one space (the folded text has one space between words), or nothing.
std::string_view next_word(std::string_view after) {
  if (after.empty() || after[0] != ' ') return {};
  std::size_t end = 1;
  while (end < after.size() && is_word_char(after[end])) ++end;
  return after.substr(1, end - 1);
}

// A word of at most eight letters as one integer, so that looking it up among the first
// words is a few integer comparisons (string comparisons cost more than the rest of the scan).
constexpr std::uint64_t packed(std::string_view word) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < word.size(); ++i) value |= std::uint64_t(static_cast<unsigned char>(word[i])) << (8 * i);
  return value;
}

constexpr auto packed_first_words = [] {
  std::array<std::uint64_t, std::size(first_words)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = packed(first_words[i]);
  return out;
}();
static_assert(std::all_of(std::begin(first_words), std::end(first_words),
                          [](std::string_view w) { return w.size() <= 8; }));

// What may follow a part word ("đầu", "cuối", "suốt", "cả"): a school year ("năm học",
// "NH") or a semester ("học kỳ", "HK").
bool begins_part(std::string_view next) {
  return next == "nam" || next == "nh" || next == "hoc" || next.starts_with("hk");
}

}  // namespace

bool may_begin_expression(std::string_view word, std::string_view after) {
  if (word.empty()) return false;
  auto digit_at = [&](std::size_t i) { return i < word.size() && is_digit(word[i]); };
  if (digit_at(0) || word.starts_with("hk") || (word[0] == 't' && digit_at(1))) return true;
  if (word.size() > 8) return false;
  const std::uint64_t key = packed(word);
  if (std::find(packed_first_words.begin(), packed_first_words.end(), key) == packed_first_words.end())
    return false;
  const std::string_view next = next_word(after);
  switch (key) {
    case packed("hoc"): return next == "ky" || next == "ki";  // semester_word
    case packed("va"): return next == "nhung" || next == "cac";  // the onwards phrases
    case packed("moi"): return next == "nam";  // "moi nam"
    case packed("quy"):  // an ordinal follows
      return !next.empty() && (is_digit(next[0]) || next[0] == 'i' || next[0] == 'v' || next[0] == 'x');
    case packed("ca"):
    case packed("dau"):
    case packed("cuoi"): return begins_part(next);
    case packed("suot"): return next == "ca" || begins_part(next);  // "suot ca"
    default: return true;
  }
}

}  // namespace planlint::dates::grammar
