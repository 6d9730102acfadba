#include "engine/dates/scan.hpp"

#include "engine/dates/first_words.hpp"
#include "engine/dates/folded_chars.hpp"
#include "engine/dates/grammar.hpp"
#include "engine/dates/resolve.hpp"

namespace planlint::dates {

namespace {

// A date may start at a word, but not inside a number: "1.10", "18/2018", "2022-".
bool may_start_at(std::string_view f, std::size_t i) {
  if (!is_word_char(f[i])) return false;
  if (i == 0) return true;
  if (is_word_char(f[i - 1])) return false;
  char before = f[i - 1];
  return !((before == '/' || before == '.' || before == '-') && i >= 2 && is_digit(f[i - 2]));
}

// A date must end where a word ends and not run on into "/TT-BGDĐT" or ".5".
bool may_end_at(std::string_view f, std::size_t i) {
  if (i >= f.size()) return true;
  char after = f[i];
  if (is_word_char(after) || after == '/') return false;
  if ((after == '.' || after == '-') && i + 1 < f.size() && is_digit(f[i + 1])) return false;
  return true;
}

// A lone year written without "năm" ("GDPT 2018") is a number, not a date.
bool is_bare_year(const ast::expression& e) {
  const auto* span_expr = boost::get<ast::span_expr>(&e.body);
  if (!span_expr || span_expr->to || span_expr->lead != 0 || e.onwards) return false;
  const auto* year = boost::get<ast::calendar_year>(&span_expr->from);
  return year && !year->keyword;
}

}  // namespace

std::vector<reading> scan(std::string_view passage, const reading_context& context) {
  return scan(passage, text::fold(passage), context);
}

std::vector<reading> scan(std::string_view passage, std::string_view folded,
                          const reading_context& context, bool one_byte_per_character) {
  const detail::source_map map = one_byte_per_character
                                     ? detail::source_map(passage, folded, detail::source_map::one_byte_per_character{})
                                     : detail::source_map(passage, folded);
  const std::string_view f = folded;
  std::vector<reading> out;
  std::size_t i = 0;
  while (i < f.size()) {
    // From word start to word start: the bytes between words begin no date.
    while (i < f.size() && !is_word_char(f[i])) ++i;
    if (i == f.size()) break;
    std::size_t word_end = i;
    while (word_end < f.size() && is_word_char(f[word_end])) ++word_end;
    if (!may_start_at(f, i)) {
      i = word_end;
      continue;
    }
    // The test first: most words begin no date, and a failed X3 parse at each of them was
    // half the time a check spent reading dates (the syntax tree is only built after it).
    const std::string_view view = f;
    const std::string_view word = view.substr(i, word_end - i);
    if (grammar::turned_away(word, view.substr(word_end)) || !grammar::may_begin_expression(word, view.substr(word_end))) {
      i = word_end;
      continue;
    }
    const char* first = f.data() + i;
    ast::expression expression;
    if (grammar::parse_expression(first, f.data() + f.size(), expression)) {
      std::size_t stop = static_cast<std::size_t>(first - f.data());
      // X3 leaves the white space a failed optional part skipped over; give it back.
      while (stop > i && f[stop - 1] == ' ') --stop;
      if (may_end_at(f, stop) && !is_bare_year(expression)) {
        read_result r = detail::resolve(expression, map, context);
        if (r.value && r.value->when) {
          out.push_back(std::move(*r.value));
          i = stop;
          continue;
        }
      }
    }
    i = word_end;  // skip to the end of this word
  }
  return out;
}

}  // namespace planlint::dates
