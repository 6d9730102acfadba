// The one translation unit that instantiates the X3 date grammar.
#include <algorithm>

#include "engine/dates/grammar_def.hpp"

namespace planlint::dates::grammar {

bool parse_expression(const char*& first, const char* last, ast::expression& out) {
  return x3::phrase_parse(first, last, expression, x3::ascii::space, out,
                          x3::skip_flag::dont_post_skip);
}

bool may_begin_expression(std::string_view word) {
  if (word.empty()) return false;
  auto digit_at = [&](std::size_t i) { return i < word.size() && word[i] >= '0' && word[i] <= '9'; };
  if (digit_at(0) || word.starts_with("hk") || (word[0] == 't' && digit_at(1))) return true;
  return std::find(std::begin(first_words), std::end(first_words), word) != std::end(first_words);
}

}  // namespace planlint::dates::grammar
