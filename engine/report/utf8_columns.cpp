#include "engine/report/utf8_columns.hpp"

namespace planlint::report {

namespace {
bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte length of the first `n` code points.
std::size_t prefix_bytes(std::string_view utf8, std::size_t n) {
  std::size_t i = 0, seen = 0;
  while (i < utf8.size()) {
    if (!is_continuation_byte(utf8[i])) {
      if (seen == n) break;
      ++seen;
    }
    ++i;
  }
  return i;
}
}  // namespace

std::size_t columns(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    if (!is_continuation_byte(c)) ++n;
  return n;
}

std::string fit(std::string_view utf8, std::size_t width) {
  std::size_t n = columns(utf8);
  if (n > width) return std::string(utf8.substr(0, prefix_bytes(utf8, width - 1))) + "…";
  return std::string(utf8) + std::string(width - n, ' ');
}

std::string pad_left(std::string_view utf8, std::size_t width) {
  std::size_t n = columns(utf8);
  return n >= width ? std::string(utf8) : std::string(width - n, ' ') + std::string(utf8);
}

std::string one_line(std::string_view utf8, std::size_t width) {
  std::string flat;
  bool space = false;
  for (char c : utf8) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !flat.empty();
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += c;
  }
  if (columns(flat) <= width) return flat;
  return flat.substr(0, prefix_bytes(flat, width - 1)) + "…";
}

}  // namespace planlint::report
