#pragma once
// The byte-level checks a plan file passes before it is parsed: not empty, not UTF-16,
// valid UTF-8. A UTF-8 byte order mark is accepted and dropped (Notepad and many Windows
// converters write one); offsets then count from after the mark.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace planlint::plan {

// Drops a leading UTF-8 byte order mark (EF BB BF); true when there was one.
bool strip_utf8_bom(std::string& text);

// True for UTF-16 or UTF-32 text: a UTF-16 byte order mark, or a NUL byte among the first
// two (an ASCII "{" encoded in UTF-16 carries one).
bool looks_like_utf16(std::string_view text);

// True when the text holds nothing but JSON white space.
bool is_blank(std::string_view text);

}  // namespace planlint::plan
