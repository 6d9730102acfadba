#pragma once
// Where a plan's configuration is: the nearest .planlint.json above it. No merging across
// levels: the nearest file is the whole configuration (a file deeper in the tree that wants
// its parent's settings repeats them), so what applies to a plan is one file to read.
#include <optional>
#include <string>

namespace planlint::config {

// The nearest .planlint.json: in the plan's directory, then each parent up to the root.
// "-" (standard input) starts from the working directory. The path returned is absolute.
std::optional<std::string> find_config_for(const std::string& plan_path);
std::optional<std::string> find_config_from(const std::string& directory);

}  // namespace planlint::config
