#include "engine/text/utf8.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace planlint::text
