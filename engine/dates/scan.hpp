#pragma once
// Finding date texts inside longer passages ("… xây mới khu B vào giai đoạn 2022 - 2024."),
// for rules that look at the dates a passage mentions. Only texts that read without error
// are returned, in order, not overlapping; bare numbers ("08 phòng học", "khối 6, 7, 8, 9",
// "Tiêu chí 1.10", "18/2018/TT-BGDĐT") are not dates, nor is a lone "2018" with no "năm".
#include <string_view>
#include <vector>

#include "engine/dates/date.hpp"
#include "engine/dates/read.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::dates {

// Byte ranges of the readings (and their parts) are relative to `passage`.
std::vector<reading> scan(std::string_view passage, const reading_context& context);
// The same, for a caller that keeps the passage's fold (text::fold(passage)); one byte per
// character when the fold took one byte for each character of the passage (see
// text::fold_normalized_append()).
std::vector<reading> scan(std::string_view passage, std::string_view folded,
                          const reading_context& context, bool one_byte_per_character = false);

}  // namespace planlint::dates
