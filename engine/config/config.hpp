#pragma once
// The configuration file, `.planlint.json`: which rules run and how loud, extra rule packs,
// the calendar shift and the policies a province sets, and named profiles layered on top.
// The format is in docs/configuration.md. Loading is strict (an unknown key or a wrong type
// is an error at file:line:col), never throws, and touches the filesystem only to read the
// file and to check that the packs it names exist.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/finding.hpp"
#include "engine/rule_info.hpp"
#include "engine/source.hpp"

namespace planlint::config {

inline constexpr const char* file_name = ".planlint.json";

// What "rules" says about one rule: "off", "on", or a severity ("error", "warning",
// "info"; which also turns the rule on). The object form {"severity": word} means the same.
struct rule_setting {
  bool enabled = true;
  std::optional<severity> level;  // unset: the rule's own
  // Where the rule id is written, so that the caller can report ids its rule set lacks.
  std::string file;
  std::string pointer;  // "/rules/owner-placeholder", "/profiles/review/rules/x"
  position where;
  span bytes;           // of the key
  friend bool operator==(const rule_setting&, const rule_setting&) = default;
};

// A named layer over the top level, chosen with --profile.
struct profile {
  std::map<std::string, rule_setting> rules;
  std::optional<language> lang;
  std::optional<std::optional<severity>> fail_on;  // set; inner unset: "never"
};

struct config {
  std::string file;        // as given or found; "" for the built-in defaults (no file)
  source_text source;      // the file's text, for carets under later errors
  std::map<std::string, rule_setting> rules;
  std::vector<std::string> packs;  // absolute, resolved against the file's directory
  bool default_rules = true;
  std::optional<int> target_level;         // 1..4; unset: the plan's own
  int province_shift_days = 0;             // -15..15
  int document_date_window_months = 6;     // 0..24
  std::optional<language> lang;
  std::optional<std::optional<severity>> fail_on;  // set; inner unset: "never"
  std::map<std::string, profile> profiles;
};

struct config_result {
  std::optional<config> value;     // unset when there are errors
  std::vector<diagnostic> errors;  // sorted
  source_text source;              // what was read, for render()
  bool ok() const { return value.has_value(); }
};

// Reads and checks a configuration file; a missing or unreadable file is an error naming it.
config_result load_config_file(const std::string& path);
// The same for a text; relative packs are resolved against `base_directory`.
config_result load_config_text(std::string text, std::string name, std::string base_directory);

// Ids in "rules" (top level and every profile) that `known` lacks: one error each, at the
// id, in file order. Call it with the ids of the loaded rule set (default pack and packs);
// the engine's own suppression-unused and suppression-expired are always known.
std::vector<diagnostic> check_rule_ids(const config& c, const std::vector<std::string>& known);

// Errors as `file:line:col: error: message`, each with its line and a caret when the error
// is in `source`.
std::string render_errors(const std::vector<diagnostic>& errors, const source_text& source);

}  // namespace planlint::config
