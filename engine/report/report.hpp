#pragma once
// What the reporters render: the outcome of checking a batch of plans. Built by the
// caller from check results; reporters only format it (they never re-run rules).
#include <optional>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "engine/rule_info.hpp"

namespace planlint::report {

using planlint::language;
using planlint::rule_info;

// A finding a suppression matched: still counted, shown and emitted, never dropped.
struct suppressed_finding {
  finding what;
  std::string reason;
  bool in_source = true;  // in the plan's "planlint" field, or false: a sidecar file
};

// Why a plan could not be checked: an input error, already located.
struct input_problem {
  std::string message;
  std::string pointer;
  position where;
};

struct plan_outcome {
  std::string file;                       // as the user named it ("-" for standard input)
  std::string school;                     // the school's name, empty when the plan has none
  std::vector<input_problem> problems;    // non-empty: the plan was not checked
  std::vector<finding> findings;          // active findings, sorted
  std::vector<suppressed_finding> suppressed;
  std::vector<std::string> rules_run;     // ids, in rule-set order
  std::size_t findings_left_out = 0;      // beyond --max-findings
  bool readable() const { return problems.empty(); }
};

struct batch {
  std::vector<plan_outcome> plans;  // in input order, whatever the parallelism
  std::vector<rule_info> rules;     // every rule of the rule set, in rule-set order
};

struct render_options {
  language lang = language::vi;
  std::optional<severity> fail_on = severity::error;  // nothing: --fail-on never
  bool color = false;
  std::string working_directory;  // artifact URIs are made relative to it
  std::string as_of;              // ISO date the check was made for (deterministic stamps)
};

// The localized name of a severity: "lỗi"/"error", "cảnh báo"/"warning", "thông tin"/"info".
const char* severity_label(severity s, language lang);

// True when a finding of this severity is at or above the failure threshold.
bool fails(severity s, const render_options& options);

}  // namespace planlint::report
