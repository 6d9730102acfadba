// The benchmark executable's entry point: the Google Benchmark runner, plus
// `--write-corpus DIR --count N [--seed S] [--min-rows A --max-rows B] [--defect-share P]`,
// which writes a generated corpus to disk instead (one executable serves both), and
// `--profile-checks N`, which checks N seed-sized plans (64 distinct, cycled) from their JSON
// text in one function for a profiler: instructions per check are
// `valgrind --tool=callgrind --toggle-collect='*profiled_checks*' build/bench/planlint_bench --profile-checks N`
// divided by N.
#include <benchmark/benchmark.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/corpus.hpp"
#include "engine/planlint.hpp"

namespace {

struct write_request {
  std::string directory;
  std::size_t count = 0;
  planlint::bench::corpus_options options;
};

template <typename Number>
bool read_number(std::string_view text, Number& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size();
}

bool read_share(std::string_view text, double& out) {
  char* end = nullptr;
  const std::string copy(text);
  out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && out >= 0 && out <= 1;
}

// Reads the corpus options; nothing when --write-corpus is absent; exits with a message on a
// malformed one.
std::optional<write_request> read_request(int argc, char** argv) {
  write_request request;
  bool wanted = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (flag != "--write-corpus" && flag != "--count" && flag != "--seed" && flag != "--min-rows" &&
        flag != "--max-rows" && flag != "--defect-share")
      continue;
    if (i + 1 >= argc) {
      std::fprintf(stderr, "planlint_bench: %s needs a value\n", argv[i]);
      std::exit(2);
    }
    const std::string_view value = argv[++i];
    bool ok = true;
    if (flag == "--write-corpus") {
      request.directory = value;
      wanted = true;
    } else if (flag == "--count") {
      ok = read_number(value, request.count);
    } else if (flag == "--seed") {
      ok = read_number(value, request.options.seed);
    } else if (flag == "--min-rows") {
      ok = read_number(value, request.options.min_rows);
    } else if (flag == "--max-rows") {
      ok = read_number(value, request.options.max_rows);
    } else {
      ok = read_share(value, request.options.defect_share);
    }
    if (!ok) {
      std::fprintf(stderr, "planlint_bench: bad value for %.*s: %.*s\n", static_cast<int>(flag.size()),
                   flag.data(), static_cast<int>(value.size()), value.data());
      std::exit(2);
    }
  }
  if (!wanted) return std::nullopt;
  return request;
}

// Load, check, count the findings, as check_seed_sized_plan does; not inlined, so that a
// profiler can collect this function alone.
__attribute__((noinline)) std::size_t profiled_checks(const planlint::rule_set& rules,
                                                      const std::vector<std::string>& plans, std::size_t n) {
  std::size_t findings = 0;
  planlint::check_options options;
  options.as_of = "2024-10-01";
  for (std::size_t i = 0; i < n; ++i) {
    planlint::plan_result plan = planlint::load_plan_text(plans[i % plans.size()], "bench.json");
    if (plan.value) findings += planlint::check_plan(rules, *plan.value, options).findings.size();
  }
  return findings;
}

// --profile-checks N: nothing when absent.
std::optional<std::size_t> read_profile_count(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i) {
    std::size_t n = 0;
    if (std::string_view(argv[i]) == "--profile-checks" && read_number(argv[i + 1], n)) return n;
  }
  return std::nullopt;
}

int profile_checks(std::size_t n) {
  const planlint::rules_result loaded = planlint::load_rules({});
  std::vector<std::string> plans;
  for (std::size_t i = 0; i < 64; ++i) plans.push_back(planlint::bench::generate_seed_sized_plan(1, i));
  // Each plan once outside the profiled function: the first checks build tables that are
  // made once per process (compiled patterns, character tables).
  planlint::check_options options;
  options.as_of = "2024-10-01";
  for (const std::string& json : plans)
    if (auto p = planlint::load_plan_text(json, "warm.json"); p.value) planlint::check_plan(*loaded.rules, *p.value, options);
  std::printf("%zu checks, %zu findings\n", n, profiled_checks(*loaded.rules, plans, n));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (const auto n = read_profile_count(argc, argv)) return profile_checks(*n);
  if (const auto request = read_request(argc, argv)) {
    const auto result = planlint::bench::write_corpus(request->directory, request->count, request->options);
    if (!result.ok()) {
      std::fprintf(stderr, "planlint_bench: %s\n", result.error.c_str());
      return 1;
    }
    std::printf("wrote %zu plans to %s\n", result.written, request->directory.c_str());
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
