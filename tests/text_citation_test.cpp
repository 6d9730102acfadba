#include "engine/text/citation.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace planlint::text {
namespace {

std::string quoted(std::string_view text, span s) {
  return std::string(text.substr(s.begin, s.end - s.begin));
}

// One line per citation: every field, the spans shown as the source bytes they cover.
std::vector<std::string> render(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& c : find_citations(text)) {
    std::string line = "type=" + c.type + " ns=" + c.number_symbol +
                       " n=" + (c.number ? std::to_string(*c.number) : "-") +
                       " y=" + (c.year_in_number ? std::to_string(*c.year_in_number) : "-") +
                       " sym=" + c.symbol + (c.well_formed ? " ok" : " bad") + " date=" + c.date_text +
                       " issuer=" + c.issuer + " | bytes=" + quoted(text, c.bytes) +
                       " | number=" + quoted(text, c.number_bytes) + " | date@=" + quoted(text, c.date_bytes) +
                       " | issuer@=" + quoted(text, c.issuer_bytes);
    out.push_back(line);
  }
  return out;
}

struct row {
  const char* input;
  std::vector<std::string> expected;
};

const row rows[] = {
    {"Căn cứ Thông tư số 18/2018/TT-BGDĐT, ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định;",
     {"type=Thông tư ns=18/2018/TT-BGDĐT n=18 y=2018 sym=TT-BGDĐT ok date=ngày 22 tháng 8 năm 2018 "
      "issuer=Bộ trưởng Bộ Giáo dục và Đào tạo | bytes=Thông tư số 18/2018/TT-BGDĐT, ngày 22 tháng 8 năm 2018 "
      "của Bộ trưởng Bộ Giáo dục và Đào tạo | number=18/2018/TT-BGDĐT | date@=ngày 22 tháng 8 năm 2018 | "
      "issuer@=Bộ trưởng Bộ Giáo dục và Đào tạo"}},
    {"Thông tư số 18/2018/TT-BGD ĐT ngày 22/8/2018",
     {"type=Thông tư ns=18/2018/TT-BGD ĐT n=18 y=2018 sym=TT-BGD ĐT bad date=ngày 22/8/2018 issuer= | "
      "bytes=Thông tư số 18/2018/TT-BGD ĐT ngày 22/8/2018 | number=18/2018/TT-BGD ĐT | date@=ngày 22/8/2018 | issuer@="}},
    {"Kế hoạch số 94/KH LTK\n\nCỘNG HÒA",
     {"type=Kế hoạch ns=94/KH LTK n=94 y=- sym=KH LTK bad date= issuer= | bytes=Kế hoạch số 94/KH LTK | "
      "number=94/KH LTK | date@= | issuer@="}},
    {"Công văn 5932/BGDĐT-QCL",
     {"type=Công văn ns=5932/BGDĐT-QCL n=5932 y=- sym=BGDĐT-QCL ok date= issuer= | bytes=Công văn 5932/BGDĐT-QCL | "
      "number=5932/BGDĐT-QCL | date@= | issuer@="}},
    // the second seed: two citations in one item, split by a line break inside the text
    {"- Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 ban hành quy định về \n\nkiểm định; văn bản số \n\n"
     "5932/BGDĐT-QLCL ngày 28 tháng 12 năm 2018 của Bộ Giáo dục và Đào tạo về hướng \n\ndẫn tự đánh giá.",
     {"type=Thông tư ns=18/2018/TT-BGDĐT n=18 y=2018 sym=TT-BGDĐT ok date=ngày 22 tháng 8 năm 2018 issuer= | "
      "bytes=Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 | number=18/2018/TT-BGDĐT | "
      "date@=ngày 22 tháng 8 năm 2018 | issuer@=",
      "type=văn bản ns=5932/BGDĐT-QLCL n=5932 y=- sym=BGDĐT-QLCL ok date=ngày 28 tháng 12 năm 2018 "
      "issuer=Bộ Giáo dục và Đào tạo | bytes=văn bản số \n\n5932/BGDĐT-QLCL ngày 28 tháng 12 năm 2018 của Bộ Giáo dục "
      "và Đào tạo | number=5932/BGDĐT-QLCL | date@=ngày 28 tháng 12 năm 2018 | issuer@=Bộ Giáo dục và Đào tạo"}},
    {"Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư",
     {"type=Nghị định ns=30/2020/NĐ-CP n=30 y=2020 sym=NĐ-CP ok date= issuer=Chính phủ | "
      "bytes=Nghị định số 30/2020/NĐ-CP của Chính phủ | number=30/2020/NĐ-CP | date@= | issuer@=Chính phủ"}},
    {"Quyết định 123/QĐ-UBND của UBND Thành phố ngày 5/5/2020.",
     {"type=Quyết định ns=123/QĐ-UBND n=123 y=- sym=QĐ-UBND ok date=ngày 5/5/2020 issuer=UBND Thành phố | "
      "bytes=Quyết định 123/QĐ-UBND của UBND Thành phố ngày 5/5/2020 | number=123/QĐ-UBND | date@=ngày 5/5/2020 | "
      "issuer@=UBND Thành phố"}},
    {"Luật số 43/2019/QH14",
     {"type=Luật ns=43/2019/QH14 n=43 y=2019 sym=QH14 ok date= issuer= | bytes=Luật số 43/2019/QH14 | "
      "number=43/2019/QH14 | date@= | issuer@="}},
    {"Thông tư số ... ngày ...",
     {"type=Thông tư ns= n=- y=- sym= bad date= issuer= | bytes=Thông tư số | number= | date@= | issuer@="}},
    {"TT\u2013 thông tư 22/2024/TT\u2013BGDĐT", 
     {"type=thông tư ns=22/2024/TT-BGDĐT n=22 y=2024 sym=TT-BGDĐT bad date= issuer= | "
      "bytes=thông tư 22/2024/TT\u2013BGDĐT | number=22/2024/TT\u2013BGDĐT | date@= | issuer@="}},
    {"Thong tu 17/2018/tt-bgddt",
     {"type=Thong tu ns=17/2018/tt-bgddt n=17 y=2018 sym=tt-bgddt bad date= issuer= | "
      "bytes=Thong tu 17/2018/tt-bgddt | number=17/2018/tt-bgddt | date@= | issuer@="}},
    {"theo Thông tư này và Kế hoạch năm học", {}},
    {"Căn cứ báo cáo tự đánh giá nhà trường năm học 2023 - 2024,", {}},
    {"", {}},
};

TEST(text_citation, table) {
  for (const auto& r : rows) EXPECT_EQ(render(r.input), r.expected) << r.input;
}

struct shape_row {
  const char* input;
  bool expected;
};

const shape_row shape_rows[] = {
    {"94/KH-LTK", true},          {"Số: 94/KH-LTK", true},       {"số 94/KH-LTK", true},
    {"  94/KH-LTK  ", true},      {"18/2018/TT-BGDĐT", true},    {"5932/BGDĐT-QLCL", true},
    {"30/2020/NĐ-CP", true},      {"01/2008/TTLT-BGDĐT-BNV", true}, {"43/2019/QH14", true},
    {"12/KH-GD&ĐT", true},
    {"94/KH LTK", false},         {"Số: 94/KH LTK", false},      {"18/2018/TT-BGD ĐT", false},
    {"18/2018/TT - BGDĐT", false}, {"18 /2018/TT-BGDĐT", false}, {"94/kh-ltk", false},
    {"94/KH", false},             {"94/KH\u2013LTK", false},      {"18/18/TT-BGDĐT", false},
    {"KH-LTK", false},            {"", false},                   {"Số:", false},
};

TEST(text_citation, number_symbol_shape) {
  for (const auto& r : shape_rows) EXPECT_EQ(well_formed_number_symbol(r.input), r.expected) << r.input;
}

}  // namespace
}  // namespace planlint::text
