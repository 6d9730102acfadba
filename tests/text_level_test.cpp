#include "engine/text/level.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planlint::text {
namespace {

std::string render(const read_result<level_value>& r) {
  auto range = [](span s) { return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")"; };
  if (!r) return "error " + range(r.error().bytes) + " " + r.error().message;
  return std::to_string(r->level) + " " + range(r->bytes);
}

struct row {
  const char* input;
  const char* expected;
};

const row read_rows[] = {
    {"Mức 2", "2 [0,7)"},
    {"muc 2", "2 [0,5)"},
    {"MỨC 3", "3 [0,7)"},
    {"Mức1", "1 [0,6)"},
    {"Mức 4.", "4 [0,7)"},
    {"Không đạt", "0 [0,13)"},
    {"khong dat", "0 [0,9)"},
    {"Chưa đạt", "0 [0,12)"},
    {"Đạt Mức 2", "2 [0,14)"},
    {"Mức độ 3", "3 [0,13)"},
    {" Mức\u00a02 \n", "2 [1,9)"},
    {"0", "0 [0,1)"},
    {"4", "4 [0,1)"},
    {"5", "error [0,1) mức 5 không hợp lệ: mức là số từ 0 (Không đạt) đến 4"},
    {"Mức 5", "error [0,7) không có “Mức 5”: mức đánh giá là Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"Mức 0", "error [0,7) không có “Mức 0”: mức đánh giá là Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"Mức", "error [0,5) thiếu số sau “Mức”: cần Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"tốt", "error [0,5) không đọc được mức “tốt”: cần Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"Đạt", "error [0,6) không đọc được mức “Đạt”: cần Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"Mục 2", "error [0,7) “Mục 2” là “Mục” (mục văn bản), không phải “Mức”"},
    {"", "error [0,0) ô mức đánh giá trống"},
};

TEST(text_level, read_table) {
  for (const auto& r : read_rows) EXPECT_EQ(render(read_level(std::string_view(r.input))), r.expected) << r.input;
}

TEST(text_level, read_numbers) {
  for (int n = 0; n <= 4; ++n) EXPECT_EQ(render(read_level(n)), std::to_string(n) + " [0,0)");
  EXPECT_EQ(render(read_level(5)), "error [0,0) mức 5 không hợp lệ: mức là số từ 0 (Không đạt) đến 4");
  EXPECT_EQ(render(read_level(-1)), "error [0,0) mức -1 không hợp lệ: mức là số từ 0 (Không đạt) đến 4");
}

const row find_rows[] = {
    {"Đạt Mức 2 ở tiêu chí này", "2 [7,14)"},
    {"Duy trì mức 3", "3 [9,16)"},
    {"Nâng từ Mức 1 lên Mức 2", "2 [24,31)"},
    {"Mức 2 Giảm sĩ số ở một số lớp", "2 [0,7)"},
    {"Khắc phục tiêu chí không đạt, phấn đấu đạt Mức 1", "1 [61,68)"},
    {"Khắc phục các nội dung chưa đạt", "0 [30,42)"},
    {"Mức 2 và Mức 2 ở các chỉ báo", "2 [0,7)"},
    {"Theo Mục 2 Chương II, đạt Mức 3", "3 [33,40)"},
    {"Mức 1, Mức 2", "error [0,16) văn bản nêu nhiều mức khác nhau (“Mức 1”, “Mức 2”), không rõ mức cần đạt"},
    {"Đạt Mức 5", "error [7,14) không có “Mức 5”: mức đánh giá là Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"},
    {"Nâng cao chất lượng giảng dạy", "error [0,39) không thấy mức đánh giá nào (Mức 1…4, Không đạt)"},
    {"Mục tiêu năm học", "error [0,22) không thấy mức đánh giá nào (Mức 1…4, Không đạt)"},
};

TEST(text_level, find_table) {
  for (const auto& r : find_rows) EXPECT_EQ(render(find_level_in(r.input)), r.expected) << r.input;
}

}  // namespace
}  // namespace planlint::text
