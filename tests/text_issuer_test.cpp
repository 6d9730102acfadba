#include "engine/text/issuer.hpp"

#include <gtest/gtest.h>

namespace planlint::text {
namespace {

struct row {
  const char* written;
  const char* official;
  bool expected;
};

const row rows[] = {
    {"Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", true},
    // the minister signs for the ministry (seed 000, model plan)
    {"Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ GDĐT", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ GD và ĐT", "Bộ Giáo dục và Đào tạo", true},
    {"BGDĐT", "Bộ Giáo dục và Đào tạo", true},
    {"Bo giao duc va dao tao", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ Giáo dục - Đào tạo", "Bộ Giáo dục và Đào tạo", true},
    {"Bộ trưởng Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", true},
    {"Chính phủ", "Chính phủ", true},
    {"Thủ tướng Chính phủ", "Chính phủ", true},
    {"Quốc hội", "Quốc hội", true},
    // another body
    {"Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", false},
    {"Sở GD&ĐT", "Bộ Giáo dục và Đào tạo", false},
    {"Chính phủ", "Bộ Giáo dục và Đào tạo", false},
    {"Bộ Giáo dục và Đào tạo", "Chính phủ", false},
    {"Ủy ban nhân dân Thành phố", "Bộ Giáo dục và Đào tạo", false},
    {"Bộ trưởng", "Bộ Giáo dục và Đào tạo", false},
    {"", "Bộ Giáo dục và Đào tạo", false},
    {"Bộ Giáo dục và Đào tạo", "", false},
};

TEST(text_issuer, table) {
  for (const row& r : rows)
    EXPECT_EQ(names_issuer(r.written, r.official), r.expected) << r.written << " / " << r.official;
}

}  // namespace
}  // namespace planlint::text
