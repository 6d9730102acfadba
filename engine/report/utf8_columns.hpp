#pragma once
// Fitting Vietnamese text into terminal columns: widths in code points (NFC text is one
// column per code point for Vietnamese), cut with an ellipsis.
#include <string>
#include <string_view>

namespace planlint::report {

std::size_t columns(std::string_view utf8);
// Cuts to at most `width` columns (ending in "…" when cut) and pads with spaces to `width`.
std::string fit(std::string_view utf8, std::size_t width);
std::string pad_left(std::string_view utf8, std::size_t width);
// Line breaks and runs of white space as single spaces, cut to `width` columns.
std::string one_line(std::string_view utf8, std::size_t width);

}  // namespace planlint::report
