#pragma once
// json_tree → plan: the shape of plan-format.md checked field by field. Every type error of
// the document is collected (up to load_limits::max_errors), not only the first.
#include <memory>
#include <vector>

#include "engine/plan/json_tree.hpp"
#include "engine/plan/load_error.hpp"
#include "engine/plan/load_limits.hpp"
#include "engine/plan/plan.hpp"

namespace planlint::plan {

struct build_result {
  std::shared_ptr<const plan> value;  // null when there are errors
  std::vector<input_error> errors;
};

build_result build_plan(std::shared_ptr<const json_tree> tree, const load_limits& limits);

}  // namespace planlint::plan
