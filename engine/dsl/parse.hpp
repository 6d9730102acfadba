#pragma once
// Rule files → AST. Errors are values: each one `file:line:col: error: expected …, got …`
// with the place of the fault. A broken rule does not hide the next one: parsing resumes
// at the next line that starts with `rule`.
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/dsl/ast.hpp"
#include "engine/source.hpp"

namespace planlint::dsl {

struct parse_result {
  ast::file file;                       // the rules that parsed
  std::vector<diagnostic> diagnostics;  // one per rule that did not
  bool ok() const { return diagnostics.empty(); }
};

parse_result parse(const source_text& source);

}  // namespace planlint::dsl
