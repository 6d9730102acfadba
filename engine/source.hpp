#pragma once
// A text that findings and diagnostics point into: a plan file or a rule file.
// Offsets are bytes; lines and columns are 1-based, columns counted in Unicode code points
// (what an editor shows for Vietnamese text, and SARIF's "unicodeCodePoints").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planlint {

struct span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin == end; }
  friend bool operator==(const span&, const span&) = default;
};

struct position {
  std::uint32_t line = 0;    // 0: unknown (a plan given as parsed JSON has no text)
  std::uint32_t column = 0;
  bool known() const { return line != 0; }
  friend bool operator==(const position&, const position&) = default;
  friend auto operator<=>(const position&, const position&) = default;
};

class source_text {
 public:
  source_text() = default;
  source_text(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }

  // The line and column of a byte offset (clamped to the text).
  position position_of(std::uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

 private:
  void index_lines();  // line_starts_ after the first line's
  std::string name_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace planlint
