#pragma once
// Criterion references and standard headings as plans write them: "1.1", "Tiêu chí 2. 3",
// "TC 1.10", "Tieu chí 5.6:", "Tiêu chí 1.3: Tổ chức Đảng Cộng…" (a reference followed by
// the criterion's title), "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường". Marks, case and
// white space (line breaks included) do not matter. Byte ranges point into the text given.
#include <string>
#include <string_view>

#include "engine/source.hpp"
#include "engine/text/read_result.hpp"

namespace planlint::text {

struct criterion_ref {
  int standard = 0;  // "2" of "2.3"
  int number = 0;    // "3" of "2.3"
  span bytes;        // the reference ("Tiêu chí 2. 3"), not the title after it
  std::string rest;  // the title written after the reference: normalized, without the
                     // leading ":", "-" or "."; empty when there is none
  std::string id() const;  // "2.3"
  friend bool operator==(const criterion_ref&, const criterion_ref&) = default;
};

// Reads a criterion reference at the start of a text (a plan's "criterion" cell).
read_result<criterion_ref> read_criterion(std::string_view text);

struct standard_heading {
  int standard = 0;
  std::string title;  // normalized, without the leading ":", "-" or "."; may be empty
  span bytes;         // the reference ("Tiêu chuẩn 1"), not the title
  friend bool operator==(const standard_heading&, const standard_heading&) = default;
};

// Reads a standard heading: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "Tiêu chuẩn 2", "1".
read_result<standard_heading> read_standard(std::string_view text);

}  // namespace planlint::text
