#include "engine/diagnostic.hpp"

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

std::string render(const diagnostic& d, const source_text* source) {
  std::string out = render_headline(d);
  if (!source || !d.where.known()) return out + "\n";
  std::string_view line = source->line(d.where.line);
  out += "\n";
  out += line;
  out += "\n";
  // Pad to the column with spaces, keeping tabs so the caret lines up in a terminal.
  std::string caret;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < line.size() && seen + 1 < d.where.column; ++i) {
    if (is_continuation_byte(line[i])) continue;
    caret += line[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  std::size_t width = 1;
  if (d.bytes.end > d.bytes.begin) {
    std::string_view rest = std::string_view(source->text()).substr(d.bytes.begin);
    std::string_view covered = rest.substr(0, std::min<std::size_t>(d.bytes.end - d.bytes.begin,
                                                                    rest.find('\n')));
    width = std::max<std::size_t>(1, code_points(covered));
  }
  out += caret + "^" + std::string(width - 1, '~') + "\n";
  return out;
}

}  // namespace planlint
