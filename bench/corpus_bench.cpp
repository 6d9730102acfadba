// The generator's own cost, and the floor for checking a plan: parsing its JSON alone, with
// nlohmann::json (what the engine loads with) and simdjson's DOM parser (the fastest parse
// available). Each corpus is generated once, outside the timed loop.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <string>
#include <vector>

#include "bench/corpus.hpp"

namespace {

constexpr std::uint64_t seed = 1;

std::vector<std::string> corpus_of(std::size_t count, std::string (*generate)(std::uint64_t, std::size_t)) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i <= count; ++i) out.push_back(generate(seed, i));
  return out;
}

const std::vector<std::string>& seed_sized_corpus() {
  static const auto plans = corpus_of(64, planlint::bench::generate_seed_sized_plan);
  return plans;
}

const std::vector<std::string>& large_corpus() {
  static const auto plans = corpus_of(8, planlint::bench::generate_large_plan);
  return plans;
}

void generate_seed_sized(benchmark::State& state) {
  std::size_t index = 0, bytes = 0;
  for (auto _ : state) {
    const std::string plan = planlint::bench::generate_seed_sized_plan(seed, ++index);
    bytes += plan.size();
    benchmark::DoNotOptimize(plan.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(generate_seed_sized);

void parse_nlohmann(benchmark::State& state, const std::vector<std::string>& plans) {
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& plan = plans[i++ % plans.size()];
    auto document = nlohmann::json::parse(plan, nullptr, false);
    if (document.is_discarded()) state.SkipWithError("generated plan is not JSON");
    benchmark::DoNotOptimize(document);
    bytes += plan.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

std::vector<simdjson::padded_string> padded(const std::vector<std::string>& plans) {
  std::vector<simdjson::padded_string> out;
  for (const auto& plan : plans) out.emplace_back(plan);
  return out;
}

void parse_simdjson_dom(benchmark::State& state, const std::vector<std::string>& plans) {
  const auto inputs = padded(plans);
  simdjson::dom::parser parser;
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const auto& plan = inputs[i++ % inputs.size()];
    simdjson::dom::element root;
    if (parser.parse(plan).get(root)) state.SkipWithError("generated plan is not JSON");
    benchmark::DoNotOptimize(root);
    bytes += plan.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void parse_nlohmann_seed_sized(benchmark::State& state) { parse_nlohmann(state, seed_sized_corpus()); }
void parse_nlohmann_200_rows(benchmark::State& state) { parse_nlohmann(state, large_corpus()); }
void parse_simdjson_dom_seed_sized(benchmark::State& state) { parse_simdjson_dom(state, seed_sized_corpus()); }
void parse_simdjson_dom_200_rows(benchmark::State& state) { parse_simdjson_dom(state, large_corpus()); }
BENCHMARK(parse_nlohmann_seed_sized);
BENCHMARK(parse_nlohmann_200_rows);
BENCHMARK(parse_simdjson_dom_seed_sized);
BENCHMARK(parse_simdjson_dom_200_rows);

}  // namespace
