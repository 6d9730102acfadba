// The one translation unit that instantiates the X3 date grammar.
#include "engine/dates/grammar_def.hpp"

namespace planlint::dates::grammar {

bool parse_expression(const char*& first, const char* last, ast::expression& out) {
  return x3::phrase_parse(first, last, expression, x3::ascii::space, out,
                          x3::skip_flag::dont_post_skip);
}

}  // namespace planlint::dates::grammar
