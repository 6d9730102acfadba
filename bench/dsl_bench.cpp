// The rule language: loading a 40-rule file (parse + check + compile) and evaluating it
// over a plan of the fake host model (60 rows, 40 self-assessment results).
#include <benchmark/benchmark.h>

#include "engine/eval/load.hpp"
#include "tests/dsl_fake_host.hpp"

namespace {

using namespace planlint;

std::string forty_rules() {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    std::string n = std::to_string(i);
    text += "rule deadline-" + n + " {\n  severity error\n  category timeline\n  cite \"KH năm học\"\n"
            "  title vi \"Hạn vượt năm học\" en \"Deadline after the school year\"\n"
            "  for row in plan.rows where row.tt % 20 == " + n + "\n  let due = row.timeline\n"
            "  when exists(due) and due.last > school_year.last or not exists(due)\n"
            "  report at row\n    vi \"Tiêu chí {row.criterion}: hạn {due}\"\n    en \"Criterion {row.criterion}: due {due}\"\n}\n";
    text += "rule coverage-" + n + " {\n  severity warning\n  title vi \"Thiếu dòng\" en \"Missing row\"\n"
            "  for r in plan.results where r.level < target_level() and length(r.criterion_id) > " + n + " % 3\n"
            "  when none row in plan.rows: same_text(row.criterion_id, r.criterion_id)\n"
            "  when not matches(r.criterion_id, \"^9\\\\.\")\n"
            "  report\n    vi \"Tiêu chí {r.criterion_id} mức {r.level}\"\n    en \"Criterion {r.criterion_id} level {r.level}\"\n}\n";
  }
  return text;
}

testing::fake_plan big_plan() {
  testing::fake_plan plan = testing::sample_plan();
  plan.rows.clear();
  for (std::size_t i = 0; i < 60; ++i) {
    std::string id = std::to_string(i / 10 + 1) + "." + std::to_string(i % 10 + 1);
    std::optional<eval::interval> due;
    if (i % 7 != 0) due = eval::interval{{2024, 9, 15}, {2025, static_cast<int>(i % 12 + 1), 28}};
    plan.rows.push_back({static_cast<int>(i + 1), id, "Tiêu chí " + id, "Hiệu trưởng", due, {}, i});
  }
  for (int i = 0; i < 40; ++i) plan.results.push_back({std::to_string(i / 5 + 1) + "." + std::to_string(i % 5 + 7), i % 4});
  return plan;
}

void load_forty_rules(benchmark::State& state) {
  auto registry = testing::fake_registry();
  std::string text = forty_rules();
  for (auto _ : state) {
    auto loaded = eval::load_rules({source_text("bench.rules", text)}, registry);
    if (!loaded.ok()) state.SkipWithError(eval::render_diagnostics(loaded).c_str());
    benchmark::DoNotOptimize(loaded.rules);
  }
}
BENCHMARK(load_forty_rules)->Unit(benchmark::kMillisecond);

void evaluate_forty_rules(benchmark::State& state) {
  auto loaded = eval::load_rules({source_text("bench.rules", forty_rules())}, testing::fake_registry());
  if (!loaded.ok()) {
    state.SkipWithError(eval::render_diagnostics(loaded).c_str());
    return;
  }
  testing::fake_plan plan = big_plan();
  testing::fake_root root;
  root.plan = &plan;
  std::size_t findings = 0;
  for (auto _ : state) {
    auto out = eval::evaluate(*loaded.rules, &root);
    findings = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(evaluate_forty_rules)->Unit(benchmark::kMicrosecond);

}  // namespace
