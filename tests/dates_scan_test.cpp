// Dates found inside longer passages, with their byte ranges in the passage.
#include <gtest/gtest.h>

#include "engine/dates/scan.hpp"

namespace planlint::dates {
namespace {

std::string covered(std::string_view text, span s) {
  return std::string(text.substr(s.begin, s.end - s.begin));
}

TEST(dates_scan, finds_the_span_in_a_seed_action) {
  const std::string passage =
      "- Hiệu trưởng tham mưu với UBND Quận Tân Bình xây mới khu B và nhà vệ sinh vào giai "
      "đoạn 2022 - 2024.";
  auto found = scan(passage, {});
  ASSERT_EQ(found.size(), 1u);
  auto at = static_cast<std::uint32_t>(passage.find("giai đoạn 2022 - 2024"));
  EXPECT_EQ(found[0].bytes, (span{at, at + static_cast<std::uint32_t>(std::string("giai đoạn 2022 - 2024").size())}));
  EXPECT_EQ(found[0].what, kind::span);
  EXPECT_EQ(found[0].when->to_iso(), "2022-01-01..2024-12-31");
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(covered(passage, found[0].parts[0].bytes), "2022");
  EXPECT_EQ(covered(passage, found[0].parts[1].bytes), "2024");
}

TEST(dates_scan, finds_two_dates_in_order) {
  const std::string passage =
      "Cuối mỗi năm học (tháng 5/2025) tổ chức đánh giá kết quả thực hiện kế hoạch cải tiến chất "
      "lượng, đồng thời bổ sung kế hoạch cải tiến chất lượng cụ thể trong năm học 2025 - 2026.";
  auto found = scan(passage, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(covered(passage, found[0].bytes), "tháng 5/2025");
  EXPECT_EQ(found[0].when->to_iso(), "2025-05-01..2025-05-31");
  EXPECT_EQ(covered(passage, found[1].bytes), "năm học 2025 - 2026");
  EXPECT_EQ(found[1].when->to_iso(), "2025-08-22..2026-05-31");
}

TEST(dates_scan, finds_dates_in_a_seed_legal_basis_but_not_the_circular_number) {
  const std::string passage =
      "Căn cứ Thông tư số 18/2018/TT-BGDĐT, ngày 22 tháng 8 năm 2018 của Bộ trưởng; văn bản số "
      "5932/BGDĐT-QLCL ngày 28 tháng 12 năm 2018 của Bộ Giáo dục và Đào tạo";
  auto found = scan(passage, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(covered(passage, found[0].bytes), "ngày 22 tháng 8 năm 2018");
  EXPECT_EQ(covered(passage, found[1].bytes), "ngày 28 tháng 12 năm 2018");
}

TEST(dates_scan, numbers_that_are_not_dates_are_not_found) {
  const std::string passages[] = {
      "Cải tạo 08 phòng học khu B chưa đảm bảo quy định về cấu trúc và diện tích của lớp học.",
      "Tiếp tục thực hiện chương trình GDPT 2018 khối 6, 7, 8, 9",
      "Tiêu chí 1.10 đạt Mức 2; Tiêu chí 2. 3 Mức 1, 2, 3",
      "Chi đoàn, Liên đội nhà trường phối hợp với Đoàn phường 9 tổ chức cho học sinh lớp 9.",
      "Số: 94/KH LTK",
      "theo từng học kì và năm học, thường xuyên cập nhật",
  };
  for (const auto& passage : passages) EXPECT_TRUE(scan(passage, {}).empty()) << passage;
}

TEST(dates_scan, relative_forms_need_the_plan_year) {
  const std::string passage = "báo cáo kết quả thực hiện vào cuối năm học để làm cơ sở";
  EXPECT_TRUE(scan(passage, {}).empty());
  reading_context context;
  context.school_year_start = 2024;
  auto found = scan(passage, context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(covered(passage, found[0].bytes), "cuối năm học");
  EXPECT_EQ(found[0].when->to_iso(), "2025-05-01..2025-05-31");
}

TEST(dates_scan, open_ended_school_year_in_a_purpose_paragraph) {
  const std::string passage =
      "Năm học 2023 - 2024 và những năm tiếp theo, Hiệu trưởng nhà trường tiếp tục chỉ đạo củng cố "
      "hồ sơ, cơ sở vật chất.";
  auto found = scan(passage, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(covered(passage, found[0].bytes), "Năm học 2023 - 2024 và những năm tiếp theo");
  EXPECT_TRUE(found[0].open_ended);
}

// A passage whose fold took one byte per character maps its readings back by counting
// characters: the same byte ranges, parts and texts as through the fold's origins, for
// readings at the start, in the middle among two- and three-byte letters, and at the end.
TEST(dates_scan, counting_characters_maps_back_as_the_origins_do) {
  const std::string passages[] = {
      "Tháng 9/2024 họp Hội đồng; đến ngày 15 tháng 12 năm 2024 nộp báo cáo, Đầu tư từ học kỳ II năm học 2024 - 2025",
      "Năm học 2024-2025: tổ chức đánh giá vào quý IV/2024 và quý 1/2025; rà soát trước 31/5/2025",
      "Đội ngũ giáo viên được bồi dưỡng thường xuyên từ tháng 8 đến tháng 10/2024, báo cáo ngày 20/11/2024",
      "hàng tháng, cuối năm học 2025 - 2026, giai đoạn 2022 - 2024, từ 05/9/2024 đến 31/5/2025",
  };
  reading_context context;
  context.school_year_start = 2024;
  for (const std::string& passage : passages) {
    std::string folded;
    ASSERT_TRUE(text::fold_normalized_append(passage, folded)) << passage;
    const std::vector<reading> by_origins = scan(passage, folded, context);
    const std::vector<reading> by_characters = scan(passage, folded, context, true);
    ASSERT_GE(by_origins.size(), 2u) << passage;
    ASSERT_EQ(by_characters.size(), by_origins.size()) << passage;
    for (std::size_t i = 0; i < by_origins.size(); ++i) {
      EXPECT_EQ(by_characters[i].bytes, by_origins[i].bytes) << by_origins[i].text;
      EXPECT_EQ(by_characters[i].text, by_origins[i].text);
      ASSERT_EQ(by_characters[i].parts.size(), by_origins[i].parts.size()) << by_origins[i].text;
      for (std::size_t k = 0; k < by_origins[i].parts.size(); ++k)
        EXPECT_EQ(by_characters[i].parts[k].bytes, by_origins[i].parts[k].bytes) << by_origins[i].text;
    }
  }
}

}  // namespace
}  // namespace planlint::dates
