#include "engine/plan/encoding.hpp"

namespace planlint::plan {

bool strip_utf8_bom(std::string& text) {
  if (text.size() < 3 || text.compare(0, 3, "\xEF\xBB\xBF") != 0) return false;
  text.erase(0, 3);
  return true;
}

bool looks_like_utf16(std::string_view text) {
  if (text.size() >= 2) {
    auto b0 = static_cast<unsigned char>(text[0]);
    auto b1 = static_cast<unsigned char>(text[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
    if (b0 == 0 || b1 == 0) return true;
  }
  return false;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace planlint::plan
