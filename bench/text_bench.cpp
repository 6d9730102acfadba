#include <benchmark/benchmark.h>

#include "engine/text/normalize.hpp"

namespace {

void fold_criterion_title(benchmark::State& state) {
  const std::string title = "Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác";
  for (auto _ : state) benchmark::DoNotOptimize(planlint::text::fold(title));
}
BENCHMARK(fold_criterion_title);

}  // namespace
