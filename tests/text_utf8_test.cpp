#include "engine/text/utf8.hpp"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>

namespace planlint::text {
namespace {

struct utf8_case {
  std::string text;
  std::optional<std::size_t> first_invalid;
};

// The ASCII runs are passed over eight bytes at a time: bad bytes are placed before, on and
// after those eight-byte steps, and at the very end.
const utf8_case cases[] = {
    {"", std::nullopt},
    {"abc", std::nullopt},
    {"abcdefghijklmnopqrstuvwxyz", std::nullopt},
    {"Tiêu chí 1.1 – Năm học 2024-2025", std::nullopt},
    {"\xff", 0},
    {"abcdefg\xff", 7},
    {"abcdefgh\xff", 8},
    {"abcdefghi\xff", 9},
    {"abcdefghijklmnop\xff", 16},
    {"Tiêu\xc3", 5},                          // a lead byte cut off at the end
    {"Tiêu chí \xc3(", 11},                   // a lead byte without its continuation
    {"abcdefghij\x80xyz", 10},                // a lone continuation byte
    {"abc\xc0\xafxyzabcdefgh", 3},            // an overlong "/"
    {"abcdefgh\xed\xa0\x80", 8},              // a UTF-16 surrogate
    {"ườườườườ abcdefgh \xf5\x80\x80\x80", 30},  // beyond U+10FFFF
};

TEST(text_utf8, finds_the_first_invalid_byte) {
  for (const utf8_case& c : cases)
    EXPECT_EQ(first_invalid_utf8(c.text), c.first_invalid) << c.text;
}

// ICU's decoder, byte by byte: the reference the fast validator must agree with.
std::optional<std::size_t> first_invalid_by_icu(const std::string& text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

// Valid text is answered by simdjson's validator, invalid text by ICU: they must agree on
// every string of up to four bytes drawn from the bytes where UTF-8's rules change.
TEST(text_utf8, agrees_with_icu_on_every_short_string_of_edge_bytes) {
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5};
  std::size_t compared = 0;
  std::string text;
  auto all_of_length = [&](auto& self, std::size_t length) -> void {
    if (text.size() == length) {
      ASSERT_EQ(first_invalid_utf8(text), first_invalid_by_icu(text)) << ::testing::PrintToString(text);
      ++compared;
      return;
    }
    for (unsigned char b : edges) {
      text.push_back(static_cast<char>(b));
      self(self, length);
      text.pop_back();
    }
  };
  for (std::size_t length = 1; length <= 4; ++length) all_of_length(all_of_length, length);
  EXPECT_EQ(compared, 20u + 400u + 8000u + 160000u);
}

}  // namespace
}  // namespace planlint::text
