#include "engine/cli/batch.hpp"

#include <atomic>
#include <mutex>
#include <thread>

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

std::vector<report::plan_outcome> check_batch(const std::vector<std::string>& paths,
                                              const std::vector<plan_setup>& setups,
                                              const std::string& stdin_text,
                                              const batch_settings& settings,
                                              const progress_callback& progress) {
  std::vector<report::plan_outcome> outcomes(paths.size());
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  std::mutex progress_mutex;
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < paths.size();) {
      outcomes[i] = check_one(paths[i], setups[i], stdin_text, settings);
      if (!progress) continue;
      std::lock_guard lock(progress_mutex);
      progress(++done, paths.size(), paths[i]);
    }
  };
  unsigned jobs = std::max(1u, std::min<unsigned>(settings.jobs, static_cast<unsigned>(paths.size())));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (std::thread& t : workers) t.join();
  return outcomes;
}

}  // namespace planlint::cli
