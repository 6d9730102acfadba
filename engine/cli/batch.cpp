#include "engine/cli/batch.hpp"

#include <mutex>

#include "engine/cli/in_order.hpp"

namespace planlint::cli {

namespace {

report::plan_outcome check_one(const std::string& path, const plan_setup& setup,
                               const std::string& stdin_text, const batch_settings& settings) {
  report::plan_outcome outcome;
  outcome.file = path;
  plan_result loaded = path == "-" ? load_plan_text(stdin_text, "-", settings.limits)
                                   : load_plan_file(path, settings.limits);
  if (!loaded.value) {
    for (const input_error& e : loaded.errors)
      outcome.problems.push_back({e.message, e.pointer, e.where});
    if (outcome.problems.empty()) outcome.problems.push_back({"the plan could not be read", "", {}});
    return outcome;
  }
  outcome.school = school_name(*loaded.value);
  check_result result = check_plan(*setup.rules, *loaded.value, setup.options);
  if (!result.errors.empty()) {
    for (const std::string& e : result.errors) outcome.problems.push_back({e, "", {}});
    return outcome;
  }
  outcome.findings = std::move(result.findings);
  for (suppression_match& s : result.suppressed)
    outcome.suppressed.push_back({std::move(s.what), std::move(s.reason), s.in_source});
  outcome.rules_run = std::move(result.rules_run);
  if (settings.max_findings && outcome.findings.size() > settings.max_findings) {
    outcome.findings_left_out = outcome.findings.size() - settings.max_findings;
    outcome.findings.resize(settings.max_findings);
  }
  return outcome;
}

}  // namespace

void check_batch(const path_list& paths,
                 const std::vector<std::shared_ptr<const plan_setup>>& setups,
                 const std::string& stdin_text, const batch_settings& settings,
                 const progress_callback& progress, const outcome_sink& sink) {
  std::size_t done = 0;
  std::mutex progress_mutex;
  auto check = [&](std::size_t i) {
    report::plan_outcome outcome = check_one(std::string(paths[i]), *setups[i], stdin_text, settings);
    if (progress) {
      std::lock_guard lock(progress_mutex);
      progress(++done, paths.size(), paths[i]);
    }
    return outcome;
  };
  auto hand_over = [&](std::size_t, report::plan_outcome&& outcome) { sink(std::move(outcome)); };
  unsigned jobs = std::max(1u, settings.jobs);
  run_in_order<report::plan_outcome>(paths.size(), jobs, plans_ahead_per_job * jobs, check, hand_over);
}

}  // namespace planlint::cli
