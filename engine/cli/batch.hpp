#pragma once
// Checking many plans: in parallel over plans, results kept in input order so that the
// report is the same whatever the number of jobs. One plan that cannot be read does not
// stop the others.
#include <functional>
#include <string>
#include <vector>

#include "engine/cli/plan_setup.hpp"
#include "engine/planlint.hpp"
#include "engine/report/report.hpp"

namespace planlint::cli {

struct batch_settings {
  unsigned jobs = 1;
  plan_limits limits;
  std::size_t max_findings = 0;  // per plan in the report; 0: all
};

// Called after each plan (from any worker thread, serialised): done, total, the path.
using progress_callback = std::function<void(std::size_t done, std::size_t total, const std::string&)>;

// Checks plan i with setups[i] ("-": standard input, already read into stdin_text).
std::vector<report::plan_outcome> check_batch(const std::vector<std::string>& paths,
                                              const std::vector<plan_setup>& setups,
                                              const std::string& stdin_text,
                                              const batch_settings& settings,
                                              const progress_callback& progress);

}  // namespace planlint::cli
