// Character starts counted on demand, eight bytes at a time, against the starts listed one by
// one, asked in order, backwards and at random, across the eight-byte steps.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "engine/text/character_offsets.hpp"

namespace planlint::text {
namespace {

// Characters of one to four bytes, in a repeating mix that puts every kind of sequence
// across every position of an eight-byte step.
std::string mixed_text(std::size_t characters) {
  const char* pieces[] = {"a", "á", "ệ", "𝔸", " ", "Đ", "9", "ữ"};
  std::string out;
  for (std::size_t i = 0; i < characters; ++i) out += pieces[(i * 5 + i / 3) % 8];
  return out;
}

std::vector<std::uint32_t> starts_of(const std::string& text) {
  std::vector<std::uint32_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(static_cast<std::uint32_t>(i));
  starts.push_back(static_cast<std::uint32_t>(text.size()));  // "the k-th" past the last: the size
  return starts;
}

TEST(text_character_offsets, every_start_in_order_backwards_and_at_random) {
  for (std::size_t characters : {0u, 1u, 7u, 8u, 9u, 31u, 200u}) {
    const std::string text = mixed_text(characters);
    const std::vector<std::uint32_t> starts = starts_of(text);
    ASSERT_EQ(starts.size(), characters + 1);
    const character_offsets forward(text);
    for (std::size_t k = 0; k < starts.size(); ++k) ASSERT_EQ(forward.start_of(k), starts[k]) << characters << " " << k;
    EXPECT_EQ(forward.start_of(characters + 5), text.size());
    const character_offsets backward(text);
    for (std::size_t k = starts.size(); k-- > 0;) ASSERT_EQ(backward.start_of(k), starts[k]) << characters << " " << k;
    const character_offsets random(text);
    std::mt19937 generator(static_cast<unsigned>(characters));
    for (int i = 0; i < 500; ++i) {
      const std::size_t k = generator() % starts.size();
      ASSERT_EQ(random.start_of(k), starts[k]) << characters << " " << k;
      ASSERT_EQ(random.start_of(k), starts[k]) << characters << " " << k << " again";
    }
  }
}

}  // namespace
}  // namespace planlint::text
