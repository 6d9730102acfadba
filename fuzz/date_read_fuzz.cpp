// libFuzzer target: any bytes as a date text, a timeline cell and a passage, read in the
// context of a plan for school year 2024–2025. Byte ranges must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/dates/read.hpp"
#include "engine/dates/scan.hpp"
#include "engine/text/normalize.hpp"

namespace {

using namespace planlint::dates;

void require_inside(const planlint::span& bytes, std::string_view text) {
  if (bytes.begin > bytes.end || bytes.end > text.size()) __builtin_trap();
}

void require_inside(const read_result& result, std::string_view text) {
  if (result.ok() == result.error.has_value()) __builtin_trap();  // exactly one of the two
  if (result.value) {
    require_inside(result.value->bytes, text);
    for (const auto& part : result.value->parts) require_inside(part.bytes, text);
  }
  if (result.error) require_inside(result.error->bytes, text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  reading_context context;
  context.school_year_start = 2024;
  require_inside(read_date(text, context), text);
  auto cell = read_timeline(text, context);
  for (const auto* part : {&cell.start, &cell.end, &cell.whole})
    if (*part) require_inside(**part, text);
  // scan() reads fold(text) and maps positions back through fold_with_origins(text): the
  // two must fold alike.
  if (planlint::text::fold(text) != planlint::text::fold_with_origins(text).text) __builtin_trap();
  for (const auto& found : scan(text, context)) {
    require_inside(found.bytes, text);
    for (const auto& part : found.parts) require_inside(part.bytes, text);
  }
  return 0;
}
