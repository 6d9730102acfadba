#pragma once
// The "Chủ trì và phối hợp thực hiện" cell split into the parties it names:
// "Hiệu trưởng; Phòng Tổ chức Cán bộ sở" → ["Hiệu trưởng", "Phòng Tổ chức Cán bộ sở"].
//
// Separators: ";" and "+" always; a bullet ("- ", "• ", "* ", "+ ", "– ") at the start of a
// line; and "," only when what follows starts a new party, that is when its first letter is
// upper case ("Hiệu trưởng, Chi đoàn") or it begins with a role word even in lower case
// ("Hiệu trưởng, giáo viên": "giáo viên" is a role). So "Ban đại diện cha mẹ học sinh
// trường, lớp" stays one party: "lớp" is lower case and no role. A line break alone never
// separates (PDF and Word exports wrap cells anywhere), nor does "và" (it joins words
// inside a party's name as often as it joins parties).
#include <string>
#include <string_view>
#include <vector>

#include "engine/source.hpp"

namespace planlint::text {

struct party {
  std::string text;  // normalized, without surrounding punctuation ("giáo viên chủ nhiệm.")
  span bytes;        // in the cell as given, trimmed the same way
  friend bool operator==(const party&, const party&) = default;
};

// The parties in written order; empty pieces (", ,", a trailing ";") are left out.
std::vector<party> read_owners(std::string_view cell);

// Whether an owner text is a placeholder rather than a party: "…", "...", "x", "-", "TBD",
// "N/A", "chưa phân công", "đang cập nhật", "chưa xác định", or nothing once punctuation is
// trimmed.
bool is_placeholder(std::string_view owner);

}  // namespace planlint::text
