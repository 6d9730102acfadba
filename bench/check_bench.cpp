// The whole check, as a reviewer's batch or a school's CI runs it: the default pack's
// load, and plans checked from their JSON text (parse, model, analysis, rules) one at a
// time and in a batch over one and two threads. Compare with parse_* in corpus_bench.cpp:
// parsing the same JSON is the floor.
#include <benchmark/benchmark.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench/corpus.hpp"
#include "engine/planlint.hpp"

namespace {

const planlint::rule_set& default_rules() {
  static const planlint::rules_result loaded = planlint::load_rules({});
  return *loaded.rules;
}

std::size_t check_text(const std::string& json) {
  planlint::plan_result plan = planlint::load_plan_text(json, "bench.json");
  if (!plan.value) return 0;
  planlint::check_options options;
  options.as_of = "2024-10-01";
  return planlint::check_plan(default_rules(), *plan.value, options).findings.size();
}

// The measure includes reading the file: the plans are written to a temporary
// directory once (then served from the page cache, as in a batch) and read back per check.
class plans_on_disk {
 public:
  explicit plans_on_disk(const std::vector<std::string>& plans)
      : directory_(std::filesystem::temp_directory_path() / "planlint-bench-plans") {
    std::filesystem::create_directories(directory_);
    for (std::size_t i = 0; i < plans.size(); ++i) {
      paths_.push_back((directory_ / ("plan-" + std::to_string(i) + ".json")).string());
      std::ofstream(paths_.back(), std::ios::binary) << plans[i];
    }
  }
  ~plans_on_disk() {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }
  const std::vector<std::string>& paths() const { return paths_; }

 private:
  std::filesystem::path directory_;
  std::vector<std::string> paths_;
};

std::size_t check_file(const std::string& path) {
  planlint::plan_result plan = planlint::load_plan_file(path);
  if (!plan.value) return 0;
  planlint::check_options options;
  options.as_of = "2024-10-01";
  return planlint::check_plan(default_rules(), *plan.value, options).findings.size();
}

void load_default_pack(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(planlint::load_rules({}));
}
BENCHMARK(load_default_pack)->Unit(benchmark::kMillisecond);

void check_plans(benchmark::State& state, std::vector<std::string> plans) {
  default_rules();
  std::size_t bytes = 0, i = 0;
  for (auto _ : state) {
    const std::string& json = plans[i++ % plans.size()];
    benchmark::DoNotOptimize(check_text(json));
    bytes += json.size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());
}

std::vector<std::string> seed_sized(std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(planlint::bench::generate_seed_sized_plan(1, i));
  return out;
}

// The target: a seed-sized plan from its file (read, parse, model, analysis, rules).
void check_seed_sized_plan(benchmark::State& state) {
  const std::vector<std::string> plans = seed_sized(64);
  const plans_on_disk files(plans);
  default_rules();
  std::size_t bytes = 0, i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % plans.size();
    benchmark::DoNotOptimize(check_file(files.paths()[k]));
    bytes += plans[k].size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(check_seed_sized_plan)->Unit(benchmark::kMicrosecond);

// The same plans from memory: the share of the file read is the difference.
void check_seed_sized_plan_text(benchmark::State& state) { check_plans(state, seed_sized(64)); }
BENCHMARK(check_seed_sized_plan_text)->Unit(benchmark::kMicrosecond);

void check_200_row_plan(benchmark::State& state) {
  std::vector<std::string> plans;
  for (std::size_t i = 0; i < 8; ++i) plans.push_back(planlint::bench::generate_large_plan(1, i));
  check_plans(state, plans);
}
BENCHMARK(check_200_row_plan)->Unit(benchmark::kMillisecond);

// 10,000 plans (64 distinct texts, cycled) over N threads, as `planlint check --jobs N`.
void check_batch_10000(benchmark::State& state) {
  const std::vector<std::string> plans = seed_sized(64);
  const auto threads = static_cast<unsigned>(state.range(0));
  constexpr std::size_t batch = 10000;
  default_rules();
  for (auto _ : state) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < batch;) benchmark::DoNotOptimize(check_text(plans[i % plans.size()]));
    };
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
    work();
    for (auto& w : workers) w.join();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch));
}
BENCHMARK(check_batch_10000)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace
