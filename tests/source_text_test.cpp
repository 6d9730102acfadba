// The line index of a source text: newlines found sixteen bytes at a time, and the rest one
// by one, give the same lines and positions as splitting the text at every "\n".
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/source.hpp"

namespace planlint {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines(1);
  for (char c : text) {
    if (c == '\n') lines.emplace_back();
    else lines.back() += c;
  }
  return lines;
}

TEST(source_text, lines_and_positions_match_a_split_at_every_newline) {
  std::mt19937 generator(7);
  for (std::size_t size = 0; size <= 70; ++size) {
    for (int trial = 0; trial < 8; ++trial) {
      std::string text;
      for (std::size_t i = 0; i < size; ++i) {
        const unsigned r = generator() % 8;
        text += r == 0 ? '\n' : r == 1 ? ' ' : r == 2 ? '\xe1' : char('a' + r);  // newlines at any offset
      }
      if (trial == 0) text = std::string(size, '\n');  // a newline at every offset
      const source_text source("t", text);
      const std::vector<std::string> expected = split_lines(text);
      ASSERT_EQ(source.line_count(), expected.size()) << size << " " << trial;
      std::uint32_t offset = 0;
      for (std::uint32_t line = 1; line <= expected.size(); ++line) {
        ASSERT_EQ(source.line(line), expected[line - 1]) << size << " " << trial << " line " << line;
        EXPECT_EQ(source.position_of(offset).line, line) << size << " " << trial;
        EXPECT_EQ(source.position_of(offset).column, 1u) << size << " " << trial;
        offset += static_cast<std::uint32_t>(expected[line - 1].size()) + 1;
      }
    }
  }
}

}  // namespace
}  // namespace planlint
