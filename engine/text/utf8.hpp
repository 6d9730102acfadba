#pragma once
// Whether bytes are well-formed UTF-8: plan files and rule files must be.
#include <cstddef>
#include <optional>
#include <string_view>

namespace planlint::text {

// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points over U+10FFFF included), or nothing when all is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace planlint::text
