#pragma once
// JSON text (or parsed JSON) → json_tree, with every value's position, or input errors.
// Byte-level problems (empty, UTF-16, bad UTF-8), syntax errors, limits, duplicate keys and
// numbers out of range are all reported here; the plan's shape is checked later.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/plan/json_tree.hpp"
#include "engine/plan/load_error.hpp"
#include "engine/plan/load_limits.hpp"

namespace planlint::plan {

struct json_read_result {
  std::shared_ptr<const json_tree> tree;  // null when the text is not usable JSON
  std::vector<input_error> errors;        // when not empty, the tree (if any) is not to be checked
  bool ok() const { return tree && errors.empty(); }
};

// The production reader (simdjson On-Demand). `name` is the file as the user gave it.
// A UTF-8 byte order mark is dropped before parsing; offsets count from after it.
json_read_result read_json(std::string text, std::string name, const load_limits& limits);

// The same contract on nlohmann's SAX parser. Kept as the measured alternative (see
// bench/plan_load_bench.cpp) and as an independent cross-check of positions in tests.
json_read_result read_json_with_nlohmann(std::string text, std::string name,
                                         const load_limits& limits);

// A tree from already parsed JSON: no source text, so every position is unknown (line 0).
json_read_result read_parsed_json(const nlohmann::json& value, std::string name,
                                  const load_limits& limits);

}  // namespace planlint::plan
