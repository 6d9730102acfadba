#include "engine/diagnostic.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <tuple>

namespace planlint {

namespace {

const char* level_name(diagnostic_level level) {
  switch (level) {
    case diagnostic_level::error: return "error";
    case diagnostic_level::warning: return "warning";
    case diagnostic_level::note: return "note";
  }
  return "error";
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Code points between two byte offsets of one line: the width the caret line must cover.
std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

// The quoted line as a terminal can show it: a byte that is not well-formed UTF-8, or a
// control character other than a tab, becomes U+FFFD, one column for one column (a broken
// or binary file is quoted too).
std::string printable(std::string_view line) {
  std::string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || (c < 0x20 && c != '\t') || c == 0x7F) out += "\uFFFD";
    else out.append(line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

}  // namespace

diagnostic make_diagnostic(const source_text& source, span bytes, std::string message,
                           diagnostic_level level) {
  return diagnostic{level, source.name(), source.position_of(bytes.begin), bytes,
                    std::move(message)};
}

void sort_diagnostics(std::vector<diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.where, a.message) < std::tie(b.file, b.where, b.message);
  });
}

std::string render_headline(const diagnostic& d) {
  std::string out = d.file;
  if (d.where.known())
    out += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
  out += std::string(": ") + level_name(d.level) + ": " + d.message;
  return out;
}

// Byte offset of the n-th code point of a line (or its end).
std::size_t byte_of_code_point(std::string_view line, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (is_continuation_byte(line[i])) continue;
    if (seen++ == n) return i;
  }
  return line.size();
}

std::string render(const diagnostic& d, const source_text* source) {
  std::string out = render_headline(d);
  if (!source || !d.where.known()) return out + "\n";
  std::string_view line = source->line(d.where.line);
  // A very long line (a minified or hostile file) is shown as a window around the column.
  constexpr std::size_t context = 60;
  std::size_t column = d.where.column - 1;  // code points before the fault
  std::size_t first = column > context ? column - context : 0;
  std::string_view shown = line.substr(byte_of_code_point(line, first));
  shown = shown.substr(0, byte_of_code_point(shown, 2 * context));
  std::string lead = first > 0 ? "…" : "";
  std::string tail = shown.size() < line.size() - byte_of_code_point(line, first) ? "…" : "";
  out += "\n" + lead + printable(shown) + tail + "\n";
  // Pad to the column with spaces, keeping tabs so the caret lines up in a terminal.
  std::string caret = first > 0 ? " " : "";
  std::size_t seen = 0;
  for (std::size_t i = 0; i < shown.size() && seen < column - first; ++i) {
    if (is_continuation_byte(shown[i])) continue;
    caret += shown[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  std::size_t width = 1;
  if (d.bytes.end > d.bytes.begin) {
    std::string_view rest = std::string_view(source->text()).substr(d.bytes.begin);
    std::string_view covered = rest.substr(0, std::min<std::size_t>(d.bytes.end - d.bytes.begin,
                                                                    rest.find('\n')));
    width = std::clamp<std::size_t>(code_points(covered), 1, 2 * context);
  }
  out += caret + "^" + std::string(width - 1, '~') + "\n";
  return out;
}

}  // namespace planlint
