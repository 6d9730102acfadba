// The plan's text store: every text kept stays readable, unchanged, while later texts fill
// the block or open new ones (the plan's items view them for the plan's whole life).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/plan/text_store.hpp"

namespace planlint::plan {
namespace {

TEST(text_store, kept_texts_stay_as_they_were_across_blocks) {
  text_store store;
  std::vector<std::string> texts;
  std::vector<std::string_view> kept;
  // Sizes from 1 byte to past a block (4 KiB), so that texts fill blocks, straddle their
  // ends and get blocks of their own.
  for (std::size_t i = 0; i < 300; ++i) {
    std::string text(1 + (i * 37) % 5000, static_cast<char>('a' + i % 26));
    text += std::to_string(i);
    texts.push_back(text);
    kept.push_back(store.keep(text));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(kept[i], texts[i]) << i;
    EXPECT_NE(kept[i].data(), texts[i].data()) << i;  // a copy, not a view of the argument
  }
}

TEST(text_store, moving_the_store_keeps_the_texts_where_they_are) {
  text_store store;
  const std::string_view kept = store.keep("Tổ chức bồi dưỡng giáo viên");
  text_store moved = std::move(store);
  EXPECT_EQ(kept, "Tổ chức bồi dưỡng giáo viên");
  EXPECT_EQ(moved.keep("x"), "x");
  EXPECT_EQ(kept, "Tổ chức bồi dưỡng giáo viên");
}

TEST(text_store, an_empty_text_is_kept_as_empty) {
  text_store store;
  EXPECT_TRUE(store.keep("").empty());
  EXPECT_EQ(store.keep("a"), "a");
}

}  // namespace
}  // namespace planlint::plan
