#include "engine/source.hpp"

#include <algorithm>
#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace planlint {

source_text::source_text(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // Room for a pretty-printed plan's lines (some 40 bytes each) at once: growing from one
  // line reallocated the index ten times for a seed-sized plan. Capped, for a huge text.
  line_starts_.reserve(std::min<std::size_t>(text_.size() / 32 + 1, std::size_t{1} << 16));
  line_starts_.push_back(0);
  index_lines();
}

// Every plan and rule file is indexed once. Byte by byte it was a few percent of checking a
// plan; memchr from line to line was still 2% of its time (a call per line of some 40
// bytes). Sixteen bytes are compared at a time, each newline found in the mask they give.
void source_text::index_lines() {
  const std::size_t n = text_.size();
  std::size_t i = 0;
#ifdef __SSE2__
  const __m128i newline = _mm_set1_epi8('\n');
  for (; i + 16 <= n; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + i));
    for (auto found = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline))); found != 0;
         found &= found - 1)
      line_starts_.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(std::countr_zero(found)) + 1));
  }
#endif
  for (; i < n; ++i)
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

namespace {
bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

position source_text::position_of(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  std::uint32_t column = 1;
  for (std::uint32_t i = line_starts_[line_index]; i < offset; ++i)
    if (!is_continuation_byte(text_[i])) ++column;
  return {line_index + 1, column};
}

std::string_view source_text::line(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::uint32_t begin = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                                 : static_cast<std::uint32_t>(text_.size());
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace planlint
