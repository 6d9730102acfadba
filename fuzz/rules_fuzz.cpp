// libFuzzer target: any bytes as a rule file, parsed, checked and compiled against the fake
// host model of the rule-language tests. Either a rule set or diagnostics, never both, and
// the diagnostics must render with their source lines.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/eval/load.hpp"
#include "tests/dsl_fake_host.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto registry = planlint::testing::fake_registry();
  std::string text(reinterpret_cast<const char*>(data), size);
  auto loaded = planlint::eval::load_rules({planlint::source_text("fuzz.rules", std::move(text))}, registry);
  if (loaded.ok() == !loaded.diagnostics.empty()) __builtin_trap();
  (void)planlint::eval::render_diagnostics(loaded);
  return 0;
}
