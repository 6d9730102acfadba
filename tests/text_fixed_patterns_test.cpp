// The fixed patterns the text readers look for, each held to the regular expression it
// stands for (run by RE2, as the readers did before) on generated texts: token soups of the
// words, digits and punctuation the patterns care about, and near misses ("so_", "mucx",
// four digits, a non-ASCII letter, two spaces).
#include "engine/text/fixed_patterns.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace planlint::text::patterns {
namespace {

std::size_t offset(std::string_view text, re2::StringPiece piece) {
  return static_cast<std::size_t>(piece.data() - text.data());
}

// What a group matched, "" when it took no part.
std::string_view text_of(re2::StringPiece piece) { return {piece.data() ? piece.data() : "", piece.size()}; }

// [begin, end) is where `piece` lies in `text`, or empty when the group took no part.
void expect_span(std::size_t begin, std::size_t end, std::string_view text, re2::StringPiece piece,
                 const std::string& where) {
  if (!piece.data()) {
    EXPECT_EQ(begin, end) << where;
    return;
  }
  EXPECT_EQ(begin, offset(text, piece)) << where;
  EXPECT_EQ(end, offset(text, piece) + piece.size()) << where;
}

using vocabulary = std::vector<std::string_view>;

// Everything the patterns look at, and near misses.
const vocabulary all_tokens = {
    "tieu", "chi", "chuan", "tc", "so", "so_", " ", " ", " ", ":", ".", ",", ";", "(", ")", "/", "-",
    "0", "1", "2", "12", "123", "1234", "2018", "a", "x", "_", "\xc3\xa9", "muc", "mucx", "do", "dat",
    "len", "khong", "chua", "ngay", "thang", "nam", "cua", "bo", "ban hanh", "ve", "viec", "v/v",
    "quy dinh", "huong dan", "giao duc", "tieu chi", "tieu chuan", "muc do", "khong dat"};

// `count` texts of up to `max_tokens` tokens of `words`, the same on every run.
std::vector<std::string> generated_texts(std::size_t count, std::size_t max_tokens,
                                         const vocabulary& words = all_tokens) {
  std::mt19937 random(20261124);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1), length(0, max_tokens);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += words[pick(random)];
    out.push_back(text);
  }
  return out;
}

const std::vector<std::string>& texts() {
  static const std::vector<std::string> generated = generated_texts(20000, 12);
  return generated;
}

// Texts made mostly of one pattern's own tokens, so that it matches often.
const std::vector<std::string> code_texts =
    generated_texts(20000, 8, {"1", "12", "123", "1234", "0", " ", " ", ".", ".", "a", "_", "tc"});
// Dates need their pieces in order: each text is the date's pieces, each drawn from its right
// form and near misses (a missing space, three digits, a wrong separator).
std::vector<std::string> generated_dates(std::size_t count) {
  const std::vector<vocabulary> pieces = {
      {"", " ", ", ", ",,", "x"}, {"ngay", "ngay", "nga"}, {"", " ", "  "}, {"1", "12", "123", ""},
      {"", " "}, {"thang", "/", ".", "-", "x"}, {"", " "}, {"1", "12", "123", ""}, {"", " "},
      {"nam", "/", ".", "-", "nam"}, {"", " "}, {"2018", "24", "201", "20245", "1"}, {"", " x", "/TT"}};
  std::mt19937 random(20261124);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text;
    for (const vocabulary& choices : pieces) text += choices[random() % choices.size()];
    out.push_back(text);
  }
  return out;
}
const std::vector<std::string> date_texts = generated_dates(20000);
const std::vector<std::string> issuer_texts =
    generated_texts(20000, 30, {"cua ", "cua ", "bo", "giao duc", " ", " ", " ", " ", ",", ";", ".", "(", ")", "ban hanh",
                                "ve", "viec", "v/v", "ngay", "quy dinh", "huong dan", "x", "_", "\xc3\xa9"});

std::size_t anchored_end(const RE2& re, std::string_view text, std::size_t at = 0) {
  re2::StringPiece whole;
  if (!re.Match(text, at, text.size(), RE2::ANCHOR_START, &whole, 1)) return 0;
  return offset(text, whole) + whole.size();
}

TEST(text_fixed_patterns, keywords_match_their_expressions) {
  const RE2 criterion(R"((?:tieu ?chi|tc)(?: ?so\b)? ?:? ?)");
  const RE2 standard(R"(tieu ?chuan(?: ?so\b)? ?:? ?)");
  std::size_t matched = 0;
  for (const std::string& text : texts()) {
    ASSERT_EQ(criterion_keyword_end(text), anchored_end(criterion, text)) << text;
    ASSERT_EQ(standard_keyword_end(text), anchored_end(standard, text)) << text;
    matched += criterion_keyword_end(text) > 0;
  }
  EXPECT_GT(matched, 100u);  // the texts do try the keyword
}

TEST(text_fixed_patterns, criterion_code_matches_its_expression) {
  const RE2 code(R"((\d{1,3}) ?\. ?(\d{1,3}))");
  std::size_t matched = 0;
  for (const std::string& text : code_texts) {
    for (std::size_t at = 0; at <= text.size(); ++at) {
      re2::StringPiece g[3];
      const bool expected = code.Match(text, at, text.size(), RE2::ANCHOR_START, g, 3);
      const std::optional<criterion_code> got = criterion_code_at(text, at);
      ASSERT_EQ(got.has_value(), expected) << text << " at " << at;
      if (!got) continue;
      ++matched;
      EXPECT_EQ(got->standard, text_of(g[1])) << text;
      EXPECT_EQ(got->number, text_of(g[2])) << text;
      EXPECT_EQ(got->end, offset(text, g[0]) + g[0].size()) << text;
    }
  }
  EXPECT_GT(matched, 100u);
}

TEST(text_fixed_patterns, level_cell_matches_its_expression) {
  const RE2 cell(R"((?:dat )?(muc(?: ?do)?)(?: ?(\d{1,3}))?|(?:khong|chua) ?dat)");
  // Short texts: a whole cell must match, which long soups never do.
  std::size_t matched = 0;
  for (const std::string& text : generated_texts(200000, 4)) {
    re2::StringPiece g[3];
    const bool expected = cell.Match(text, 0, text.size(), RE2::ANCHOR_BOTH, g, 3);
    const std::optional<level_cell> got = level_cell_of(text);
    ASSERT_EQ(got.has_value(), expected) << text;
    if (!got) continue;
    ++matched;
    expect_span(got->muc_begin, got->muc_end, text, g[1], text);
    EXPECT_EQ(got->digits, text_of(g[2])) << text;
  }
  EXPECT_GT(matched, 50u);
}

TEST(text_fixed_patterns, level_mention_search_matches_its_expression) {
  const RE2 mention(R"(\b(?:(dat|len) )?((muc(?: ?do)?) ?(\d+)|(?:khong|chua) ?dat)\b)");
  std::size_t matched = 0;
  for (const std::string& text : texts()) {
    for (std::size_t from = 0; from <= text.size(); ++from) {
      re2::StringPiece g[5];
      const bool expected = mention.Match(text, from, text.size(), RE2::UNANCHORED, g, 5);
      const std::optional<level_mention> got = next_level_mention(text, from);
      ASSERT_EQ(got.has_value(), expected) << text << " from " << from;
      if (!got) continue;
      ++matched;
      expect_span(got->begin, got->end, text, g[2], text);
      EXPECT_EQ(got->after_verb, !g[1].empty()) << text;
      expect_span(got->muc_begin, got->muc_end, text, g[3], text);
      EXPECT_EQ(got->digits, text_of(g[4])) << text;
    }
  }
  EXPECT_GT(matched, 100u);
}

// Group 1 of `re` anchored at `at` against what `read` found there.
template <class Read>
std::size_t expect_group_one(const RE2& re, const std::vector<std::string>& inputs, Read read) {
  std::size_t matched = 0;
  for (const std::string& text : inputs) {
    for (std::size_t at = 0; at <= text.size(); ++at) {
      re2::StringPiece g[2];
      const bool expected = re.Match(text, at, text.size(), RE2::ANCHOR_START, g, 2);
      const std::optional<group> got = read(text, at);
      EXPECT_EQ(got.has_value(), expected) << text << " at " << at;
      if (!got || !expected) continue;
      ++matched;
      expect_span(got->begin, got->end, text, g[1], text + " at " + std::to_string(at));
    }
  }
  return matched;
}

TEST(text_fixed_patterns, citation_date_matches_its_expression) {
  const RE2 date(R"([ ,]*(ngay ?\d{1,2} ?(?:thang ?\d{1,2} ?nam ?\d{4}|[/.-] ?\d{1,2} ?[/.-] ?\d{2,4})))");
  EXPECT_GT(expect_group_one(date, date_texts, citation_date_at), 1000u);
}

TEST(text_fixed_patterns, citation_issuer_matches_its_expression) {
  const RE2 issuer(
      R"([ ,]*cua ([^ ,;.()]+(?: [^ ,;.()]+){0,11}?)(?: (?:ban hanh|ve|ve viec|v/v|quy dinh|huong dan|ngay)\b|[,;.()]| ?$))");
  EXPECT_GT(expect_group_one(issuer, issuer_texts, citation_issuer_at), 100u);
}

TEST(text_fixed_patterns, citation_head_search_matches_its_expression) {
  const RE2 head(
      R"(\b(thong tu lien tich|thong tu|cong van|van ban hop nhat|van ban|quyet dinh|nghi dinh|)"
      R"(nghi quyet|chi thi|luat|ke hoach|huong dan|thong bao) ?(so\b ?:? ?)?(\d)?)");
  const std::vector<std::string> heads = generated_texts(
      20000, 10, {"thong tu", "thong tu lien tich", "lien tich", "van ban", "van ban hop nhat", "hop nhat", "luat",
                  "luatx", "ke hoach", "thong bao", "so", "so_", " ", " ", " ", ":", "1", "18", "x", "_", ",",
                  "\xc3\xa9"});
  std::size_t matched = 0;
  for (const std::string& text : heads) {
    for (std::size_t from = 0; from <= text.size(); ++from) {
      re2::StringPiece g[4];
      const bool expected = head.Match(text, from, text.size(), RE2::UNANCHORED, g, 4);
      const std::optional<citation_head> got = next_citation_head(text, from);
      ASSERT_EQ(got.has_value(), expected) << text << " from " << from;
      if (!got) continue;
      ++matched;
      const std::string where = text + " from " + std::to_string(from);
      expect_span(got->type.begin, got->type.end, text, g[1], where);
      expect_span(got->so.begin, got->so.end, text, g[2], where);
      expect_span(got->digit.begin, got->digit.end, text, g[3], where);
    }
  }
  EXPECT_GT(matched, 1000u);
}

TEST(text_fixed_patterns, worked_examples) {
  EXPECT_EQ(criterion_keyword_end("tieu chi so 2.1"), 12u);
  EXPECT_EQ(criterion_keyword_end("tc: 1.1"), 4u);
  EXPECT_EQ(standard_keyword_end("tieu chuan 2"), 11u);
  const auto code = criterion_code_at("1 . 10 abc", 0);
  ASSERT_TRUE(code);
  EXPECT_EQ(code->standard, "1");
  EXPECT_EQ(code->number, "10");
  EXPECT_EQ(code->end, 6u);
  const auto issuer = citation_issuer_at(", cua bo giao duc va dao tao ve viec ban hanh", 0);
  ASSERT_TRUE(issuer);
  EXPECT_EQ(issuer->begin, 6u);
  EXPECT_EQ(issuer->end, 28u);
}

}  // namespace
}  // namespace planlint::text::patterns
