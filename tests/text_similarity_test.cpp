#include "engine/text/similarity.hpp"

#include <gtest/gtest.h>

namespace planlint::text {
namespace {

// Official names from /work/shared/domain/domain.md §1.3 (TT18).
constexpr const char* standard_2 = "Cán bộ quản lý, giáo viên, nhân viên và học sinh";
constexpr const char* standard_5 = "Hoạt động giáo dục và kết quả giáo dục";
constexpr const char* criterion_1_3 =
    "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường";
constexpr const char* criterion_3_3 = "Khối hành chính - quản trị";
constexpr const char* criterion_1_1 = "Phương hướng, chiến lược xây dựng và phát triển nhà trường";
constexpr const char* criterion_1_6 = "Quản lý hành chính, tài chính và tài sản";

struct similarity_row {
  const char* a;
  const char* b;
  double expected;
};

const similarity_row similarity_rows[] = {
    {"Hoạt động và kết quả giáo dục", standard_5, 14.0 / 16.0},          // 7 common of 7 + 9
    {"Cán bộ quản lý, giáo viên, nhân viên", standard_2, 16.0 / 19.0},  // 8 of 8 + 11
    {"Khối phòng hành chính - quản trị", criterion_3_3, 10.0 / 11.0},   // 5 of 6 + 5
    {"Tieu chi", "Tiêu chí", 1.0},
    {"PHƯƠNG HƯỚNG, CHIẾN LƯỢC XÂY DỰNG VÀ PHÁT TRIỂN NHÀ TRƯỜNG", criterion_1_1, 1.0},
    {"Thư viện", "Thiết bị", 0.0},
    {"", "", 1.0},
    {"", "Thư viện", 0.0},
    {"giáo dục giáo dục", "giáo dục", 4.0 / 6.0},  // multisets: repeated words count
};

TEST(text_similarity, table) {
  for (const auto& r : similarity_rows)
    EXPECT_DOUBLE_EQ(title_similarity(r.a, r.b), r.expected) << r.a << " ~ " << r.b;
}

TEST(text_similarity, symmetric) {
  for (const auto& r : similarity_rows)
    EXPECT_DOUBLE_EQ(title_similarity(r.a, r.b), title_similarity(r.b, r.a)) << r.a;
}

TEST(text_similarity, a_similar_title_is_not_an_equal_one) {
  EXPECT_LT(title_similarity("Hoạt động và kết quả giáo dục", standard_5), 1.0);
}

struct prefix_row {
  const char* written;
  const char* official;
  bool expected;
};

const prefix_row prefix_rows[] = {
    {"Tổ chức Đảng Cộng", criterion_1_3, true},  // the seed's cut cell
    {"Tổ chức Đảng Cộng…", criterion_1_3, true},
    {"Tổ chức Đảng Cộng sản Việt Nam", criterion_1_3, false},   // cut at a comma
    {"Tổ chức Đảng Cộng sản Việt Nam…", criterion_1_3, true},  // marked as cut
    {"Cán bộ quản lý, giáo viên, nhân viên", standard_2, false},  // drops "và học sinh"
    {"Cán bộ quản lý, giáo viên, nhân viên...", standard_2, true},
    {"Hoạt động và kết quả giáo dục", standard_5, false},       // not a prefix at all
    {"Quản lý hành chính, tài chính", criterion_1_6, false},    // cut before "và"
    {"Phương hướng, chiến lược xây", criterion_1_1, true},
    {"Phương hướng, chiến lược xây dựng", criterion_1_1, false},  // cut before "và"
    {"Phương hướng", criterion_1_1, false},                     // cut at a comma
    {"PHƯƠNG HƯỚNG, CHIẾN LƯỢC XÂY DỰNG VÀ PHÁT TRIỂN NHÀ TRƯỜNG", criterion_1_1, true},
    {"Khối hành chính", criterion_3_3, false},                  // cut at the hyphen
    {"Khối hành", criterion_3_3, true},
    {"Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường thêm",
     criterion_1_3, false},                                        // longer than the official
    {"", criterion_1_3, false},
    {"Tổ chức Đảng Cộ", criterion_1_3, false},                    // words, not letters
};

TEST(text_similarity, faithful_prefix) {
  for (const auto& r : prefix_rows)
    EXPECT_EQ(is_faithful_prefix(r.written, r.official), r.expected) << r.written;
}

}  // namespace
}  // namespace planlint::text
