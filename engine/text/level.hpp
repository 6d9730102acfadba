#pragma once
// Assessment levels as plans write them: "Mức 2", "muc 2", "MỨC 3", "Mức1", "Đạt Mức 2",
// "Không đạt", "Chưa đạt", or a JSON number 0..4. Level 0 is "Không đạt" (not met); the
// levels of TT17/18/19 run 1..4. A target sentence that names its level somewhere
// ("Đạt Mức 2 ở tiêu chí này") is read by find_level_in.
#include <string_view>

#include "engine/source.hpp"
#include "engine/text/read_result.hpp"

namespace planlint::text {

struct level_value {
  int level = 0;  // 0 = Không đạt, 1..4 = Mức 1..4
  span bytes;     // the words that name it; empty when read from a number
  friend bool operator==(const level_value&, const level_value&) = default;
};

// A JSON number handed in by the caller: 0..4.
read_result<level_value> read_level(int number);

// A cell that is nothing but a level ("Mức 2", "Đạt Mức 2", "Không đạt", "3"); a trailing
// "." is allowed. "Mục 2" (a section, with the dot-below "ụ") is refused, "muc 2" accepted.
read_result<level_value> read_level(std::string_view text);

// The level a longer text aims at. When it names several, the one after "đạt" or "lên"
// wins (the last such: "từ Mức 1 lên Mức 2" → 2); a "Mức N" wins over "không đạt";
// different levels with nothing to choose between them are an error.
read_result<level_value> find_level_in(std::string_view text);

}  // namespace planlint::text
