// may_begin_expression() spares the scanner a parse at words no date begins with. It must
// never turn away a word where the grammar would have read something: checked at every word
// of every fixture plan, every text of the date tables and the phrases below, folded.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/dates/folded_chars.hpp"
#include "engine/dates/grammar.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::dates::grammar {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> corpus() {
  const std::filesystem::path root = PLANLINT_SOURCE_DIR;
  std::vector<std::string> texts = {
      "học kỳ I, học kì 2, HK1, cả năm học, suốt cả năm học, đầu năm học 2024-2025",
      "cuối học kỳ II, mỗi năm, và những năm tiếp theo, và các năm học tiếp theo",
      "quý I, quý 2/2025, quý IV năm 2024, trong năm học, vào tháng 9/2024, từ tháng 9 đến tháng 12",
      "học sinh học tập; mọi người và cả lớp; quy định quy chế; cuối cùng, đầu tư, suốt ngày",
  };
  for (const char* dir : {"fixtures/plans", "tests/data/dates"})
    for (const auto& entry : std::filesystem::directory_iterator(root / dir))
      if (entry.is_regular_file()) texts.push_back(read_file(entry.path()));
  return texts;
}

TEST(dates_first_words, never_turn_away_a_word_the_grammar_reads) {
  std::size_t words = 0, parsed = 0;
  for (const std::string& text : corpus()) {
    const std::string folded = text::fold(text);
    for (std::size_t i = 0; i < folded.size(); ++i) {
      if (!is_word_char(folded[i]) || (i > 0 && is_word_char(folded[i - 1]))) continue;
      std::size_t end = i;
      while (end < folded.size() && is_word_char(folded[end])) ++end;
      ++words;
      const char* first = folded.data() + i;
      ast::expression expression;
      if (!parse_expression(first, folded.data() + folded.size(), expression)) continue;
      ++parsed;
      const std::string_view view = folded;
      EXPECT_TRUE(may_begin_expression(view.substr(i, end - i), view.substr(end)))
          << "at «" << view.substr(i, 40) << "»";
    }
  }
  // The corpus is real: thousands of words, hundreds of dates among them.
  EXPECT_GT(words, 10000u);
  EXPECT_GT(parsed, 500u);
}

TEST(dates_first_words, turn_away_everyday_words) {
  EXPECT_FALSE(may_begin_expression("hoc", " sinh"));
  EXPECT_FALSE(may_begin_expression("hoc", ""));
  EXPECT_FALSE(may_begin_expression("va", " hoc sinh"));
  EXPECT_FALSE(may_begin_expression("moi", " nguoi"));
  EXPECT_FALSE(may_begin_expression("quy", " dinh"));
  EXPECT_FALSE(may_begin_expression("ca", " lop"));
  EXPECT_FALSE(may_begin_expression("cuoi", " cung"));
  EXPECT_FALSE(may_begin_expression("dau", " tu"));
  EXPECT_FALSE(may_begin_expression("suot", " ngay"));
  EXPECT_FALSE(may_begin_expression("sinh", " hoat"));
  EXPECT_TRUE(may_begin_expression("hoc", " ky i"));
  EXPECT_TRUE(may_begin_expression("va", " nhung nam tiep theo"));
  EXPECT_TRUE(may_begin_expression("moi", " nam"));
  EXPECT_TRUE(may_begin_expression("quy", " iv"));
  EXPECT_TRUE(may_begin_expression("quy", " 2/2025"));
  EXPECT_TRUE(may_begin_expression("ca", " nam hoc"));
  EXPECT_TRUE(may_begin_expression("suot", " ca nam hoc"));
  EXPECT_TRUE(may_begin_expression("trong", " nam hoc"));
  EXPECT_TRUE(may_begin_expression("2024", ""));
  EXPECT_TRUE(may_begin_expression("t9", "/2024"));
}

}  // namespace
}  // namespace planlint::dates::grammar
