#pragma once
// planlint's library API: load a rule set, load a plan, check the plan, read the findings.
// The only header the CLI, the benchmarks and embedders need; no Boost, Spirit, simdjson or
// ICU type appears in it.
//
// Thread-safety: rule_set and plan are immutable once loaded; one of each may be shared by
// any number of threads, and check_plan() may run concurrently on them without locks.
// Lifetimes: loaded objects live as long as their shared_ptr; findings own their strings.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/diagnostic.hpp"
#include "engine/finding.hpp"
#include "engine/rule_info.hpp"
#include "engine/suppression_match.hpp"

namespace planlint {

// ---- Rules ---------------------------------------------------------------------------------

class rule_set;  // compiled rules and the reference data they read (frameworks, calendars…)

struct rule_sources {
  bool default_pack = true;              // the pack embedded in the library
  std::vector<std::string> directories;  // more packs (each a directory with a manifest)
  std::vector<std::string> files;        // single rule files
  struct named_text { std::string name, source; };
  std::vector<named_text> texts;               // rule files given as strings
};

struct rules_result {
  std::shared_ptr<const rule_set> rules;  // null when there are errors
  std::vector<diagnostic> errors;         // sorted; render with render_diagnostics()
  std::vector<source_text> sources;       // the files read, to show the lines errors are on
};

rules_result load_rules(const rule_sources& sources);
// `file:line:col: error: message`, the source line and a caret, for every error.
std::string render_diagnostics(const rules_result& result);

// Every rule of a set, in set order, with its metadata (for listings and SARIF).
std::vector<rule_info> describe_rules(const rule_set& rules);

// ---- Plans ---------------------------------------------------------------------------------

class loaded_plan;  // a loaded, normalised plan document

struct plan_limits {
  std::size_t max_file_bytes = 16u << 20;
  std::size_t max_depth = 64;
  std::size_t max_string_bytes = 1u << 20;
};

struct input_error {
  std::string file;
  std::string pointer;   // JSON pointer of the offending value ("" for the document)
  position where;        // 0 when unknown
  std::string message;  // says what was expected, or which limit and how to raise it
  std::string render() const;  // file:line:col: error: message
};

struct plan_result {
  std::shared_ptr<const loaded_plan> value;  // null when the plan could not be read
  std::vector<input_error> errors;
};

plan_result load_plan_file(const std::string& path, const plan_limits& limits = {});
plan_result load_plan_text(std::string text, std::string name = "-",
                           const plan_limits& limits = {});
plan_result load_plan_json(const nlohmann::json& document, std::string name = "<json>");

std::string school_name(const loaded_plan& p);        // normalised school.name, or ""
const std::string& plan_file_name(const loaded_plan& p);

// ---- Checking ------------------------------------------------------------------------------

struct check_options {
  std::optional<std::string> as_of;            // YYYY-MM-DD; default today
  language lang = language::vi;
  std::optional<std::vector<std::string>> only_rules;  // when set, just these rules
  std::vector<std::string> disabled_rules;
  std::vector<std::string> enabled_rules;      // turns on rules that are off by default
  std::map<std::string, severity> severity_overrides;
  int province_shift_days = 0;                 // calendar shift, -15…15
  int document_date_window_months = 6;         // how long before the year a plan may be dated
  std::optional<int> target_level;             // the target-level policy (overrides the plan's)
  std::size_t max_findings_per_rule = 1000;
};

struct check_result {
  std::vector<finding> findings;               // sorted by position, then rule id
  std::vector<suppression_match> suppressed;   // matched by a suppression, never dropped
  std::vector<std::string> rules_run;          // ids in rule-set order
  std::vector<std::string> errors;             // bad options (e.g. an unreadable --as-of)
};

check_result check_plan(const rule_set& rules, const loaded_plan& p,
                        const check_options& options = {});

}  // namespace planlint
