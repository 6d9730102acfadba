#pragma once
// Loading a plan: a file, a text or parsed JSON → the plan model, or the input errors that
// stop it from being checked. Never throws; every failure is an input_error value.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/plan/load_error.hpp"
#include "engine/plan/load_limits.hpp"
#include "engine/plan/plan.hpp"

namespace planlint::plan {

struct load_result {
  std::shared_ptr<const plan> value;  // null when errors is not empty
  std::vector<input_error> errors;    // sorted by position
  bool ok() const { return value != nullptr; }
};

// Reads the file; a missing or unreadable file or a directory is an io error naming it.
load_result load_plan_file(const std::string& path, const load_limits& limits = {});
// `name` is how errors name the text ("-" for standard input).
load_result load_plan_text(std::string text, std::string name, const load_limits& limits = {});
// A plan already parsed by the embedder: positions are unknown (line 0), pointers are kept.
load_result load_plan_json(const nlohmann::json& value, std::string name,
                           const load_limits& limits = {});

}  // namespace planlint::plan
