#pragma once
// The options of `planlint check`, parsed from the command line into a plain struct.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/finding.hpp"

namespace planlint::cli {

enum class output_format { text, json, sarif, junit, github };
enum class color_mode { automatic, always, never };

struct check_arguments {
  std::vector<std::string> inputs;
  output_format format = output_format::text;
  std::string output;                    // empty: standard output
  std::optional<std::string> lang;       // "vi" | "en"; unset: the configuration's, else vi
  std::optional<std::optional<severity>> fail_on;  // set: --fail-on given (nullopt = never)
  std::optional<std::string> as_of;      // ISO date
  std::vector<std::string> rule_dirs;
  bool no_default_rules = false;
  std::optional<std::string> config;
  std::optional<std::string> profile;
  unsigned jobs = 0;                     // 0: the number of cores
  std::optional<std::size_t> max_findings;
  bool quiet = false;
  color_mode color = color_mode::automatic;
  std::optional<std::size_t> max_file_bytes;
  std::optional<std::size_t> max_depth;
};

struct parsed_check_arguments {
  check_arguments value;
  std::string error;  // non-empty: a usage error, said in one line
  bool help = false;
};

// Parses the words after `check`. Accepts `--name value` and `--name=value`.
parsed_check_arguments parse_check_arguments(const std::vector<std::string>& words);

// The help text of `planlint check`, with examples.
const char* check_help();

}  // namespace planlint::cli
