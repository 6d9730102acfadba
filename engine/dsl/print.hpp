#pragma once
// AST → rule-file text in one canonical layout: two-space indent, one clause per line,
// messages one language per line, the fewest parentheses that keep the meaning.
// parse(print(parse(x))) is equivalent to parse(x).
#include <string>

#include "engine/dsl/ast.hpp"

namespace planlint::dsl {

std::string print(const ast::expr& e);
std::string print(const ast::rule& r);
std::string print(const ast::file& f);  // rules separated by a blank line

}  // namespace planlint::dsl
