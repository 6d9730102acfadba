#pragma once
// A loaded configuration with a profile applied, and how it maps onto the façade's
// check_options and onto `planlint config --print`.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/config/config.hpp"

namespace planlint {
struct check_options;
}

namespace planlint::config {

// The values in force once a profile is layered over the top level: a profile's rule
// setting replaces the top level's for that rule; its language and fail_on replace theirs.
struct effective_config {
  std::string file;                     // "" : no configuration file
  std::optional<std::string> profile;
  std::map<std::string, rule_setting> rules;
  std::vector<std::string> packs;
  bool default_rules = true;
  std::optional<int> target_level;
  int province_shift_days = 0;
  int document_date_window_months = 6;
  std::optional<language> lang;
  std::optional<std::optional<severity>> fail_on;
};

struct resolve_result {
  effective_config value;
  std::vector<diagnostic> errors;  // an unknown profile, naming the known ones
  bool ok() const { return errors.empty(); }
};

resolve_result resolve(const config& c, const std::optional<std::string>& profile_name);

// Writes the configuration's choices into the façade's options: "off" → disabled_rules,
// "on" or a severity → enabled_rules, a severity → severity_overrides; the calendar shift,
// the document-date window, and the target level and language when set. Leaves as_of,
// only_rules and max_findings_per_rule alone. Command-line flags go on top, after it.
void apply(const effective_config& c, check_options& options);

// `planlint config --print`: the effective values in the file's own shape (keys sorted, as
// nlohmann::json keeps them), every key present (unset ones as null), plus "file" and
// "profile". Rule settings print as their word: "off", "on", "error", "warning", "info".
nlohmann::json to_json(const effective_config& c);

}  // namespace planlint::config
