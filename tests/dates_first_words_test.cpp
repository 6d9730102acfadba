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
#include "engine/dates/first_words.hpp"
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
      "từ 17/5/2024, từ ngày 1/9, từ T9/2024, từ HK1, từ học kỳ II, từ năm học 2024-2025, từ NH 2024-2025",
      "từ năm 2024, từ quý I/2025, từ 2024 - 2025, tự đánh giá, từ tháng 9, trong thời gian tháng 9/2024",
      "trong suốt năm học, trong giai đoạn 2022 - 2024, trong trong năm học, vào vào tháng 5/2025",
      "năm 2024, năm học, NH: 2024-2025, năm học: 2024 - 2025, 17 / 5 / 2024, 17 . 5 . 2024, 2024abc",
      "09 /2024, 9- 12 - 2024, 20245, 10a/2024, 1. Tiêu chí, 08 phòng, 1.10, ngày 17 tháng 5 năm 2024",
      "17/5-2024, 17.5/2024, 1.6.2024, 09/202, 09/20245, 1/2/3, năm học: 2024-2025, năm học:2024, năm học.",
      "thường xuyên, hàng năm, hàng năm học, hàng tuần, hàng ngày, hàng quý, hằng tháng, liên tục, lâu dài",
      "giai đoạn từ 2022, giai đoạn 2022-2025, vào năm học 2024-2025, vào cuối năm học, trong HK2",
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

// The word characters of the folded text are ASCII letters and digits, as std::isalnum in
// the C locale: checked at every byte, including the neighbours of each range.
TEST(dates_first_words, word_characters_are_ascii_letters_and_digits) {
  for (int c = 0; c < 256; ++c) {
    const bool expected = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    EXPECT_EQ(is_word_char(static_cast<char>(c)), expected) << c;
  }
  EXPECT_FALSE(is_word_char('/'));
  EXPECT_FALSE(is_word_char(':'));
  EXPECT_FALSE(is_word_char('@'));
  EXPECT_FALSE(is_word_char('['));
  EXPECT_FALSE(is_word_char('`'));
  EXPECT_FALSE(is_word_char('{'));
  EXPECT_FALSE(is_word_char('\xC3'));
  EXPECT_TRUE(is_word_char('0'));
  EXPECT_TRUE(is_word_char('Z'));
}

TEST(dates_first_words, every_first_word_begins_a_date_before_some_word) {
  const std::string_view continuations[] = {" hoc", " 2024", " ky", " nhung", " nam", " iv", " thoi",
                                            " xuyen", " tuc", " dai", " doan", " thang 9/2024", " 17/5"};
  for (std::string_view word : first_words) {
    bool some = false;
    for (std::string_view after : continuations) some = some || may_begin_expression(word, after);
    EXPECT_TRUE(some) << word;
    if (word != "nh") EXPECT_FALSE(may_begin_expression(word, " bcd")) << word;  // "NH: …"
  }
}

// The inline test on first letter and length: only words no expression begins with.
TEST(dates_first_words, turned_away_by_shape_alone) {
  for (std::string_view word : first_words) EXPECT_FALSE(turned_away_by_shape(word)) << word;
  for (std::string_view word : {"2024", "1", "hk", "hk1", "hki", "t9", "t12", "thuong", "ca", "nh"})
    EXPECT_FALSE(turned_away_by_shape(word)) << word;
  for (std::string_view word : {"cua", "cho", "a", "t", "h", "nguoi", "x", "phong", "bao", "kien"})
    EXPECT_TRUE(turned_away_by_shape(word)) << word;
  EXPECT_TRUE(turned_away_by_shape("thuongxyz"));  // longer than any first word
  EXPECT_FALSE(turned_away_by_shape("hkabcdefgh"));  // "hk" needs no word end
}

// The scanner's inline test on the word alone: it turns away only words that
// may_begin_expression() turns away whatever follows, and lets every first word by.
TEST(dates_first_words, turned_away_only_what_no_expression_begins_with) {
  for (std::string_view word : first_words) EXPECT_FALSE(turned_away(word, " 2024")) << word;
  for (std::string_view word : {"2024", "1", "hk", "hk1", "hki", "t9", "t12", "hkabcdefgh"})
    EXPECT_FALSE(turned_away(word, "")) << word;
  for (std::string_view word : {"cua", "hoa", "vai", "tuy", "namx", "ngan", "thangs", "quya", "thuongx", "lieu"})
    EXPECT_TRUE(turned_away(word, " 2024 - 2025")) << word;
  // Every word of one to four letters from the first words' letters: turned away means no
  // expression begins with it, before any continuation.
  const std::string letters = "acdghilmnoqrstuvy";
  std::vector<std::string> words = {""};
  std::size_t tried = 0;
  for (std::size_t length = 1; length <= 4; ++length) {
    std::vector<std::string> longer;
    for (const std::string& w : words)
      for (char c : letters) longer.push_back(w + c);
    words = std::move(longer);
    for (const std::string& word : words) {
      for (std::string_view after : {"", " hoc ky i", " 2024 - 2025", " nam hoc", " doan", " nhung nam"}) {
        const std::string text = word + std::string(after);
        const std::string_view view = text;
        const std::string_view w = view.substr(0, word.size()), rest = view.substr(word.size());
        if (turned_away(w, rest)) ASSERT_FALSE(may_begin_expression(w, rest)) << text;
        ++tried;
      }
    }
  }
  EXPECT_GT(tried, 100000u);
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
  EXPECT_FALSE(may_begin_expression("tu", " danh gia"));
  EXPECT_FALSE(may_begin_expression("tu", ""));
  EXPECT_FALSE(may_begin_expression("trong", " truong"));
  EXPECT_FALSE(may_begin_expression("vao", " lop"));
  EXPECT_FALSE(may_begin_expression("vao", ""));
  EXPECT_FALSE(may_begin_expression("nam", " nay"));
  EXPECT_FALSE(may_begin_expression("nam", ""));
  EXPECT_FALSE(may_begin_expression("ngay", " cang"));
  EXPECT_FALSE(may_begin_expression("thang", " tot"));
  EXPECT_FALSE(may_begin_expression("giai", " phap"));
  EXPECT_FALSE(may_begin_expression("thuong", " hieu"));
  EXPECT_FALSE(may_begin_expression("lien", " quan"));
  EXPECT_FALSE(may_begin_expression("lau", " nay"));
  EXPECT_FALSE(may_begin_expression("hang", " rao"));
  EXPECT_FALSE(may_begin_expression("08", " phong"));
  EXPECT_FALSE(may_begin_expression("1", ". tieu chi"));
  EXPECT_FALSE(may_begin_expression("1", "."));
  EXPECT_FALSE(may_begin_expression("10a", "/2024"));
  EXPECT_FALSE(may_begin_expression("20245", ""));
  EXPECT_FALSE(may_begin_expression("123", " / phong"));
  EXPECT_TRUE(may_begin_expression("tu", " 17/5/2024"));
  EXPECT_TRUE(may_begin_expression("tu", " t9/2024"));
  EXPECT_TRUE(may_begin_expression("tu", " hk1"));
  EXPECT_TRUE(may_begin_expression("tu", " nh 2024-2025"));
  EXPECT_TRUE(may_begin_expression("trong", " thoi gian thang 9/2024"));
  EXPECT_TRUE(may_begin_expression("trong", " suot nam hoc"));
  EXPECT_TRUE(may_begin_expression("trong", " giai doan 2022 - 2024"));
  EXPECT_TRUE(may_begin_expression("vao", " thang 5/2025"));
  EXPECT_TRUE(may_begin_expression("vao", " vao thang 5/2025"));
  EXPECT_TRUE(may_begin_expression("nam", " hoc"));
  EXPECT_FALSE(may_begin_expression("1", ".6"));
  EXPECT_FALSE(may_begin_expression("1", ".6\", \"level\""));
  EXPECT_FALSE(may_begin_expression("2", ". 3"));
  EXPECT_FALSE(may_begin_expression("09", "/202"));
  EXPECT_FALSE(may_begin_expression("17", "/5-2024"));
  EXPECT_FALSE(may_begin_expression("17", "/"));
  EXPECT_TRUE(may_begin_expression("09", "/2024"));
  EXPECT_TRUE(may_begin_expression("09", " / 2024"));
  EXPECT_TRUE(may_begin_expression("17", "/5/2024"));
  EXPECT_TRUE(may_begin_expression("17", "-5-2024"));
  EXPECT_TRUE(may_begin_expression("17", " . 5 . 2024"));
  EXPECT_TRUE(may_begin_expression("nam", " 2024"));
  EXPECT_TRUE(may_begin_expression("ngay", " 17 thang 5"));
  EXPECT_TRUE(may_begin_expression("hang", " tuan"));
  EXPECT_TRUE(may_begin_expression("2024abc", ""));
  EXPECT_TRUE(may_begin_expression("17", " / 5 / 2024"));
  EXPECT_TRUE(may_begin_expression("17", ".5.2024"));
  EXPECT_TRUE(may_begin_expression("9", "- 12 - 2024"));
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

// A word followed in its own text by what comes after it is read with one load (packed_in);
// the same word and continuation given apart are read byte by byte. Both must agree, for
// every first word and for words one letter off (same first letter and length), at every
// length of continuation (the load needs eight bytes from the word's start).
TEST(dates_first_words, a_word_reads_the_same_inside_its_text_and_apart) {
  std::vector<std::string> words(std::begin(first_words), std::end(first_words));
  for (std::string_view w : first_words) {
    std::string off(w);
    off.back() = off.back() == 'z' ? 'y' : static_cast<char>(off.back() + 1);
    words.push_back(off);
  }
  for (const std::string& word : words) {
    for (std::string_view continuation : {" hoc ky i", " 2024 - 2025", " nam", " sinh hoat", ""}) {
      for (std::size_t n = 0; n <= continuation.size(); ++n) {
        const std::string after(continuation.substr(0, n));
        const std::string text = word + after;
        const std::string_view view = text;
        EXPECT_EQ(may_begin_expression(view.substr(0, word.size()), view.substr(word.size())),
                  may_begin_expression(word, after))
            << word << "|" << after;
      }
    }
  }
}

}  // namespace
}  // namespace planlint::dates::grammar
