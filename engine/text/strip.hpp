#pragma once
// Trimming of ASCII punctuation around a value read from a cell ("Tiêu chí 1.1: …" leaves
// ": …", an owner ends in "."), shared by the text readers.
#include <string>
#include <string_view>

namespace planlint::text {

inline std::string_view strip_front(std::string_view s, std::string_view chars) {
  auto first = s.find_first_not_of(chars);
  return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

inline std::string_view strip_back(std::string_view s, std::string_view chars) {
  auto last = s.find_last_not_of(chars);
  return last == std::string_view::npos ? std::string_view{} : s.substr(0, last + 1);
}

inline std::string_view strip_both(std::string_view s, std::string_view chars) {
  return strip_back(strip_front(s, chars), chars);
}

}  // namespace planlint::text
