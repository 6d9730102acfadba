#pragma once
// The checking pass: names, fields, functions, arity, types, metadata, duplicate ids and
// patterns, over every file of a pack before anything runs. All errors at once, sorted,
// as diagnostics pointing at the fault.
#include <vector>

#include "engine/check/typed.hpp"
#include "engine/diagnostic.hpp"
#include "engine/dsl/ast.hpp"
#include "engine/eval/host.hpp"
#include "engine/source.hpp"

namespace planlint::check {

struct parsed_file {
  const source_text* source = nullptr;
  const dsl::ast::file* file = nullptr;
};

struct check_result {
  std::vector<checked_rule> rules;  // in file order, then source order
  std::vector<diagnostic> diagnostics;
  bool ok() const { return diagnostics.empty(); }
};

check_result check(const std::vector<parsed_file>& files, const eval::host_registry& registry);

}  // namespace planlint::check
