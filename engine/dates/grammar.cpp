// The one translation unit that instantiates the X3 date grammar.
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

// What may follow a part word ("đầu", "cuối", "suốt", "cả"): a school year ("năm học",
// "NH") or a semester ("học kỳ", "HK").
bool begins_part(std::string_view next) {
  return next == "nam" || next == "nh" || next == "hoc" || next.starts_with("hk");
}

// The spaces the skipper would pass over, from `i`.
std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

// A number begins a date only as a four-digit year ("2024", "2024-05-17", "2024 - 2025") or
// as the first number of "17/5/2024", "17.5.2024", "17-5-2024" (a separator, a number, the
// same separator and a digit) or "09/2024" ('/' and four digits), spaces allowed around the
// separators as the skipper allows them. Most numbers of a plan ("08 phòng học", criterion
// "1.6", "1. Tiêu chí") are none of these, and a parse at each cost more than the scan.
bool number_may_begin(std::string_view word, std::string_view after) {
  std::size_t digits = 0;
  while (digits < word.size() && is_digit(word[digits])) ++digits;
  if (digits == 4) return true;               // number4 needs exactly four, then no digit
  if (digits < word.size()) return false;     // "10a": a letter where a separator must be
  std::size_t i = skip_spaces(after, 0);
  if (i == after.size() || !(after[i] == '/' || after[i] == '.' || after[i] == '-')) return false;
  const char separator = after[i];
  i = skip_spaces(after, i + 1);
  std::size_t second = i;
  while (i < after.size() && is_digit(after[i])) ++i;
  if (i == second) return false;
  if (separator == '/' && i - second == 4) return true;  // "09/2024"
  i = skip_spaces(after, i);
  if (i == after.size() || after[i] != separator) return false;
  i = skip_spaces(after, i + 1);
  return i < after.size() && is_digit(after[i]);
}

// A word that may begin an endpoint (what follows the lead word "từ"): a number, "ngày",
// "tháng", "T9", "quý", "HK", "học kỳ", "năm học", "NH" or "năm".
bool begins_endpoint(std::string_view next) {
  if (next.empty()) return false;
  if (is_digit(next[0]) || is_shorthand(next)) return true;
  return next == "ngay" || next == "thang" || next == "quy" || next == "nam" || next == "nh" ||
         next == "hoc";
}

}  // namespace

bool may_begin_expression(std::string_view word, std::string_view after) {
  if (word.empty() || turned_away_by_shape(word)) return false;
  if (is_digit(word[0])) return number_may_begin(word, after);
  // "hk…", "t9…": any length (turned_away_by_shape let them by).
  if (is_shorthand(word)) return true;
  const std::uint64_t key = packed_in(word, after);
  if (!is_first_word(key)) return false;
  const std::string_view next = next_word(after);  // only looked at after a first word
  // A connective ("trong", "vào") is followed by the date itself, whose first word is tested
  // the same way; "trong" also begins "trong thời gian", "trong suốt" and "trong giai đoạn".
  auto date_follows = [&] { return may_begin_expression(next, after.substr(next.empty() ? 0 : 1 + next.size())); };
  switch (key) {
    case packed("trong"): return next == "thoi" || next == "suot" || next == "giai" || date_follows();
    case packed("vao"): return date_follows();
    case packed("tu"): return begins_endpoint(next);  // the lead word "từ"
    case packed("nam"): return next == "hoc" || (!next.empty() && is_digit(next[0]));  // "năm học", "năm 2024"
    case packed("ngay"):
    case packed("thang"): return !next.empty() && is_digit(next[0]);  // a number follows
    case packed("giai"): return next == "doan";
    case packed("thuong"): return next == "xuyen";
    case packed("lien"): return next == "tuc";
    case packed("lau"): return next == "dai";
    case packed("hang"):
      return next == "nam" || next == "thang" || next == "quy" || next == "tuan" || next == "ngay";
    case packed("hoc"): return next == "ky" || next == "ki";  // semester_word
    case packed("va"): return next == "nhung" || next == "cac";  // the onwards phrases
    case packed("moi"): return next == "nam";  // "moi nam"
    case packed("quy"):  // an ordinal follows
      return !next.empty() && (is_digit(next[0]) || next[0] == 'i' || next[0] == 'v' || next[0] == 'x');
    case packed("ca"):
    case packed("dau"):
    case packed("cuoi"): return begins_part(next);
    case packed("suot"): return next == "ca" || begins_part(next);  // "suot ca"
    default: return true;  // "nh" ("NH 2024-2025", "NH: 2024-2025")
  }
}
  // namespace planlint::dates::grammar

}  // namespace planlint::dates::grammar
