// String values: borrowed text (a view of data that outlives the evaluation) and owned text
// (computed, shared by the value's copies) behave the same to the rules.
#include <gtest/gtest.h>

#include <string>

#include "engine/eval/builtins.hpp"
#include "engine/eval/value.hpp"

namespace planlint {
namespace {

TEST(eval_value, borrowed_text_views_the_source) {
  const std::string source = "Tiêu chí 1.3";
  eval::value v = eval::value::borrow(source);
  ASSERT_TRUE(v.is_string());
  EXPECT_EQ(v.as_string(), "Tiêu chí 1.3");
  EXPECT_EQ(v.as_string().data(), source.data());  // no copy
  eval::value copy = v;
  EXPECT_EQ(copy.as_string().data(), source.data());
}

TEST(eval_value, owned_text_outlives_its_source_and_is_shared_by_copies) {
  eval::value copy;
  {
    eval::value v(std::string("đ") + std::string(40, 'x'));  // longer than any short-string buffer
    copy = v;
    EXPECT_EQ(copy.as_string().data(), v.as_string().data());
  }
  EXPECT_EQ(copy.as_string(), "đ" + std::string(40, 'x'));
}

TEST(eval_value, borrowed_and_owned_text_compare_by_content) {
  const std::string a = "Mức 2";
  EXPECT_TRUE(eval::equal(eval::value::borrow(a), eval::value(std::string("Mức 2"))));
  EXPECT_FALSE(eval::equal(eval::value::borrow(a), eval::value(std::string("Mức 3"))));
  EXPECT_TRUE(eval::equal(eval::value::borrow(std::string_view()), eval::value(std::string())));
  EXPECT_FALSE(eval::equal(eval::value(std::string()), eval::value()));  // empty text is not absent
}

TEST(eval_value, borrowed_text_formats_as_written) {
  const std::string s = "Hiệu trưởng";
  EXPECT_EQ(eval::format(eval::value::borrow(s), eval::language::vi), "Hiệu trưởng");
  EXPECT_EQ(eval::format(eval::value::borrow(std::string_view()), eval::language::en), "");
}

}  // namespace
}  // namespace planlint
