#include "engine/text/normalize.hpp"

#include <gtest/gtest.h>

namespace planlint::text {
namespace {

struct normalize_case {
  const char* input;
  const char* normalized;
  const char* folded;
};

const normalize_case cases[] = {
    {"Tiêu chí 1.1", "Tiêu chí 1.1", "tieu chi 1.1"},
    {"Tie\u0302u chi\u0301", "Tiêu chí", "tieu chi"},  // decomposed marks compose to NFC
    {"Tieu chí", "Tieu chí", "tieu chi"},
    {"  Năm\u00a0học\t2024 \u2013 2025\n", "Năm học 2024 - 2025", "nam hoc 2024 - 2025"},
    {"ĐÀO TẠO", "ĐÀO TẠO", "dao tao"},
    {"\u00d0ào tạo", "\u00d0ào tạo", "dao tao"},  // Icelandic Eth in place of Đ
    {"Mức\u2014độ", "Mức-độ", "muc-do"},
    {"ỨNG DỤNG", "ỨNG DỤNG", "ung dung"},
    {"", "", ""},
    {" \t\n ", "", ""},
};

TEST(normalize, table) {
  for (const auto& c : cases) {
    EXPECT_EQ(normalize(c.input), c.normalized) << c.input;
    EXPECT_EQ(fold(c.input), c.folded) << c.input;
  }
}

TEST(normalize, folded_text_points_back_at_the_source) {
  const std::string source = "Tháng  9/2024";
  folded_text f = fold_with_origins(source);
  ASSERT_EQ(f.text, "thang 9/2024");
  auto at = f.text.find("9/2024");
  EXPECT_EQ(source.substr(f.source_begin(at), f.source_end(f.text.size()) - f.source_begin(at)),
            "9/2024");
  EXPECT_EQ(source.substr(0, f.source_end(5)), "Tháng");
}

TEST(normalize, equals_folded_ignores_case_and_marks) {
  EXPECT_TRUE(equals_folded("Tieu chi", "Tiêu chí"));
  EXPECT_TRUE(equals_folded("\u00d0ối với giáo viên", "Đối với giáo viên"));
  EXPECT_FALSE(equals_folded("Đối với giáo viên", "Đối với nhân viên"));
}

}  // namespace
}  // namespace planlint::text
