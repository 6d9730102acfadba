// libFuzzer target: any bytes as a plan, loaded and checked against the default rule pack
// through the public API, as `planlint check` does. Seeded with the fixture plans and the
// rule tests' plans, so mutations start from realistic plans.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/planlint.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto rules = planlint::load_rules(planlint::rule_sources{}).rules;
  if (!rules) __builtin_trap();  // the embedded pack must always load
  std::string text(reinterpret_cast<const char*>(data), size);
  auto loaded = planlint::load_plan_text(std::move(text), "fuzz.json");
  if (!loaded.value) {
    for (const auto& error : loaded.errors) (void)error.render();
    return 0;
  }
  planlint::check_options options;
  options.as_of = "2025-01-15";  // the same findings on every run
  auto result = planlint::check_plan(*rules, *loaded.value, options);
  if (!result.errors.empty()) __builtin_trap();  // the options above are valid
  return 0;
}
