#include "engine/text/owners.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planlint::text {
namespace {

// The parties joined by " | "; a party whose bytes in the cell read otherwise than its
// normalized text is followed by those bytes: "Kế toán «Kế\n\ntoán»".
std::string render(std::string_view cell) {
  std::string out;
  for (const auto& p : read_owners(cell)) {
    if (!out.empty()) out += " | ";
    std::string_view quoted = cell.substr(p.bytes.begin, p.bytes.end - p.bytes.begin);
    out += p.text;
    if (quoted != p.text) out += " «" + std::string(quoted) + "»";
  }
  return out;
}

struct row {
  const char* input;
  const char* expected;
};

const row rows[] = {
    {"Hiệu trưởng", "Hiệu trưởng"},
    {"Hiệu trưởng; Phòng Tổ chức Cán bộ sở",
     "Hiệu trưởng | Phòng Tổ chức Cán bộ sở"},
    // the seed's cells
    {"Ban đại diện cha mẹ học sinh trường, lớp + giáo viên chủ nhiệm.",
     "Ban đại diện cha mẹ học sinh trường, lớp | giáo viên chủ nhiệm"},
    {"Hiệu trưởng, Chi đoàn, Liên đội", "Hiệu trưởng | Chi đoàn | Liên đội"},
    {"Ban lãnh \n\nđạo nhà \n\ntrường, \n\nKế toán; \n\nPhòng \n\nKế \n\nhoạch tài \n\nchính Sở",
     "Ban lãnh đạo nhà trường «Ban lãnh \n\nđạo nhà \n\ntrường» | Kế toán | Phòng Kế hoạch tài chính Sở «Phòng \n\nKế \n\nhoạch tài \n\nchính Sở»"},
    // "giáo viên" is lower case but a role word, so the comma separates
    {"Hiệu trưởng, giáo viên.", "Hiệu trưởng | giáo viên"},
    {"Giáo viên, CNV.", "Giáo viên | CNV"},
    {"Hiệu \n\ntrưởng; \n\nPhòng \n\nTổ chức \n\nCán bộ \n\nsở",
     "Hiệu trưởng «Hiệu \n\ntrưởng» | Phòng Tổ chức Cán bộ sở «Phòng \n\nTổ chức \n\nCán bộ \n\nsở»"},
    {"Ban lãnh \n\nđạo nhà; \n\nHuyện \n\nđoàn, \n\nUBND \n\nxã nơi \n\ntrường \n\nđóng; \n\nBan đại \n\ndiện \n\nCMHS; \n\nCông an \n\nHuyện",
     "Ban lãnh đạo nhà «Ban lãnh \n\nđạo nhà» | Huyện đoàn «Huyện \n\nđoàn» | "
     "UBND xã nơi trường đóng «UBND \n\nxã nơi \n\ntrường \n\nđóng» | "
     "Ban đại diện CMHS «Ban đại \n\ndiện \n\nCMHS» | Công an Huyện «Công an \n\nHuyện»"},
    {"Chi đoàn, Liên đội", "Chi đoàn | Liên đội"},
    {"CBQL", "CBQL"},
    // bullets at line starts separate; a dash inside a line does not
    {"- Hiệu trưởng\n- Tổ trưởng chuyên môn\n\u2022 Kế toán",
     "Hiệu trưởng | Tổ trưởng chuyên môn | Kế toán"},
    {"Hiệu trưởng - Chủ tịch Hội đồng", "Hiệu trưởng - Chủ tịch Hội đồng"},
    // lower case after a comma, not a role: one party
    {"Lãnh đạo, chính quyền địa phương", "Lãnh đạo, chính quyền địa phương"},
    {"Hiệu trưởng, phó hiệu trưởng, tổ trưởng",
     "Hiệu trưởng | phó hiệu trưởng | tổ trưởng"},
    {"Hiệu trưởng;; ; ", "Hiệu trưởng"},
    {"Hiệu\u00a0trưởng ;\u00a0Kế toán", "Hiệu trưởng «Hiệu\u00a0trưởng» | Kế toán"},
    {"", ""},
    {" ; , . ", ""},
};

TEST(text_owners, table) {
  for (const auto& r : rows) EXPECT_EQ(render(r.input), r.expected) << r.input;
}

TEST(text_owners, bytes_point_into_the_cell) {
  const std::string cell = "Ban lãnh \n\nđạo nhà \n\ntrường, \n\nKế toán; \n\nPhòng Kế";
  for (const auto& p : read_owners(cell)) {
    std::string quoted = cell.substr(p.bytes.begin, p.bytes.end - p.bytes.begin);
    EXPECT_EQ(quoted.front() == ' ' || quoted.back() == ' ' || quoted.back() == ',', false) << quoted;
  }
  ASSERT_EQ(read_owners(cell).size(), 3u);
  span first = read_owners(cell)[0].bytes;
  EXPECT_EQ(cell.substr(first.begin, first.end - first.begin), "Ban lãnh \n\nđạo nhà \n\ntrường");
}

struct placeholder_row {
  const char* input;
  bool expected;
};

const placeholder_row placeholder_rows[] = {
    {"…", true},         {"...", true},           {"x", true},
    {"X", true},         {"-", true},             {"TBD", true},
    {"chưa phân công", true}, {"Chưa phân công.", true}, {"đang cập nhật", true},
    {"Đang cập nhật…", true}, {"N/A", true},       {"", true},
    {"  ;  ", true},     {"(chưa xác định)", true},
    {"Hiệu trưởng", false}, {"CBQL", false},      {"Giáo viên, CNV.", false},
    {"xx Hiệu trưởng", false},
};

TEST(text_owners, placeholders) {
  for (const auto& r : placeholder_rows) EXPECT_EQ(is_placeholder(r.input), r.expected) << r.input;
}

// is_placeholder() judges the first 64 bytes, and folds the rest only when it must.
TEST(text_owners, placeholders_around_the_64_byte_prefix) {
  EXPECT_TRUE(is_placeholder("x" + std::string(63, '.')));                 // 64 bytes
  EXPECT_TRUE(is_placeholder(std::string(64, ' ') + "x"));                 // 65 bytes
  EXPECT_TRUE(is_placeholder(std::string(60, ' ') + "chưa phân công"));    // the key past byte 64
  EXPECT_FALSE(is_placeholder(std::string(60, ' ') + "chưa phân công, Hiệu trưởng"));
  EXPECT_FALSE(is_placeholder("abcdefghijklm"));                            // 13 letters
  EXPECT_FALSE(is_placeholder(std::string(52, ' ') + "abcdefghijklm"));     // 13 letters in 65 bytes
}

}  // namespace
}  // namespace planlint::text
