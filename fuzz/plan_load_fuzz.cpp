// libFuzzer target: any bytes as a plan file. The loader must return a plan or input errors
// (never crash, hang or exhaust memory), and every error must render.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/plan/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto loaded = planlint::plan::load_plan_text(std::move(text), "fuzz.json");
  if (loaded.ok() == !loaded.errors.empty()) __builtin_trap();  // exactly one of the two
  for (const auto& error : loaded.errors) (void)planlint::plan::render_headline(error);
  return 0;
}
