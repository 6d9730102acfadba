#pragma once
// Reading a plan's suppressions from its "planlint" field and its sidecar file, strictly,
// with errors as values. Includes the plan model, so it cannot share a translation unit
// with engine/planlint.hpp (whose `class plan` names the same thing as `namespace plan`).
#include <string>
#include <vector>

#include "engine/plan/load_error.hpp"
#include "engine/plan/plan.hpp"
#include "engine/suppress/suppression.hpp"

namespace planlint::suppress {

struct suppressions_result {
  std::vector<suppression> value;          // in-source first, then the sidecar's; file order
  std::vector<plan::input_error> errors;   // when not empty, the plan is not to be checked
  bool ok() const { return errors.empty(); }
};

// The sidecar of a plan: its extension replaced by ".ignore.json" ("x/y.json" and "x/y" →
// "x/y.ignore.json"). "" for standard input ("-") or an unnamed plan: they have none.
std::string sidecar_path(const std::string& plan_path);

// Both sources: the plan's "planlint" field, and the sidecar of `plan_path` when it exists.
// Errors (a wrong type, an unknown key, a missing or empty reason, a bad date or pointer,
// an unreadable or broken sidecar) name the file, line and column of the fault.
suppressions_result read_suppressions(const plan::plan& p, const std::string& plan_path);

// One source each (read_suppressions is both, concatenated).
suppressions_result read_plan_suppressions(const plan::json_tree& plan_tree);
suppressions_result read_sidecar(const std::string& path);  // a missing file: none, no error
suppressions_result read_sidecar_text(std::string text, std::string name);

}  // namespace planlint::suppress
