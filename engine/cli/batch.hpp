#pragma once
// Checking many plans: in parallel over plans, outcomes handed over in input order so that
// the report is the same whatever the number of jobs, and handed over as they come (not
// kept) so that memory stays flat in the batch size. One plan that cannot be read does not
// stop the others.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/cli/path_list.hpp"
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
using progress_callback = std::function<void(std::size_t done, std::size_t total, std::string_view path)>;

// Receives every plan's outcome, in input order, one call at a time.
using outcome_sink = std::function<void(report::plan_outcome&& outcome)>;

// How far workers may run ahead of the next plan to hand over, per job: a slow plan holds
// back at most this many finished outcomes per job.
constexpr std::size_t plans_ahead_per_job = 4;

// Checks plan i with *setups[i] ("-": standard input, already read into stdin_text).
// Exceptions (bugs, memory) from a worker or the sink are rethrown once all have stopped.
void check_batch(const path_list& paths,
                 const std::vector<std::shared_ptr<const plan_setup>>& setups,
                 const std::string& stdin_text, const batch_settings& settings,
                 const progress_callback& progress, const outcome_sink& sink);

}  // namespace planlint::cli
