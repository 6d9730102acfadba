#pragma once
// Document citations in a legal-basis text ("Căn cứ Thông tư số 18/2018/TT-BGDĐT, ngày 22
// tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành …"), and the shape check
// of a document number and symbol (số, ký hiệu) after Nghị định 30/2020/NĐ-CP, Phụ lục I:
// "n/yyyy/XX-YYY" or "n/XX-YYY", groups joined by "-" with no spaces, symbols in capitals.
// Whether the cited document exists or is the right one is the legal registry's business;
// dates stay text here (the dates module reads them).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/source.hpp"

namespace planlint::text {

struct citation {
  std::string type;           // "Thông tư", "Công văn", "văn bản", "Quyết định", "Nghị định",
                              // "Luật", … as written, normalized
  std::string number_symbol;  // "18/2018/TT-BGDĐT" as written, normalized (NFC, one space
                              // for a run of white space); empty when "số" has no number
  std::optional<int> number;          // 18
  std::optional<int> year_in_number;  // 2018; absent in "5932/BGDĐT-QLCL"
  std::string symbol;         // "TT-BGDĐT" (as written, normalized: "TT-BGD ĐT")
  bool well_formed = false;   // number_symbol has the prescribed shape
  std::string date_text;      // "ngày 22 tháng 8 năm 2018", normalized; empty if absent
  span date_bytes;
  std::string issuer;         // after "của": "Bộ trưởng Bộ Giáo dục và Đào tạo"; may be empty
  span issuer_bytes;
  span bytes;                 // from the type to the last part read
  span number_bytes;          // the number and symbol
  friend bool operator==(const citation&, const citation&) = default;
};

// Every citation, in text order: a document type followed by a number ("Thông tư 18/…") or
// by "số" (then the number may be missing). A symbol written with a space ("TT-BGD ĐT",
// "KH LTK") is read as one symbol, not well formed.
std::vector<citation> find_citations(std::string_view text);

// The shape check for one number and symbol, such as the plan's own "Số: 94/KH-LTK"
// (a leading "Số:" is tolerated; "94/KH LTK" is not well formed).
bool well_formed_number_symbol(std::string_view text);

}  // namespace planlint::text
