#pragma once
// Every exit code of the planlint command, in one place (the README lists the same).
namespace planlint::cli {

enum exit_status : int {
  success = 0,          // nothing at or above --fail-on
  findings_failed = 1,  // findings at or above --fail-on
  usage_error = 2,      // bad arguments, configuration or rule files
  unreadable_plan = 3,  // at least one plan could not be read (the others were checked)
};

}  // namespace planlint::cli
