#pragma once
// X3 parse tree → ast: folds the flat operator chains by precedence and maps the
// literal words true/false/none. Internal to engine/dsl.
#include "engine/dsl/ast.hpp"
#include "engine/dsl/x3/ast.hpp"

namespace planlint::dsl {

ast::rule lower(const x3ast::rule& rule);

}  // namespace planlint::dsl
