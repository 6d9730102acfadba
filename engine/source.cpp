#include "engine/source.hpp"

#include <algorithm>

namespace planlint {

source_text::source_text(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // Room for a pretty-printed plan's lines (some 40 bytes each) at once: growing from one
  // line reallocated the index ten times for a seed-sized plan. Capped, for a huge text.
  line_starts_.reserve(std::min<std::size_t>(text_.size() / 32 + 1, std::size_t{1} << 16));
  line_starts_.push_back(0);
  // memchr from line to line: every plan and rule file is indexed once, byte by byte it
  // was a few percent of checking a plan.
  for (std::size_t at = text_.find('\n'); at != std::string::npos; at = text_.find('\n', at + 1))
    line_starts_.push_back(static_cast<std::uint32_t>(at + 1));
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
