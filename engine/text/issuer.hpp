#pragma once
// Whether the issuer a citation names is the body the legal registry records. Plans name
// the issuer many ways: the signer's title before the body ("của Bộ trưởng Bộ Giáo dục và
// Đào tạo": the minister signs for the ministry) and the body's usual abbreviations ("Bộ
// GD&ĐT", "Bộ GDĐT", "Bộ GD-ĐT", "Bộ GD và ĐT", "BGDĐT"). None of these disagrees with
// "Bộ Giáo dục và Đào tạo"; "Sở Giáo dục và Đào tạo" or "Chính phủ" does.
#include <string_view>

namespace planlint::text {

// True when `written` names `official` in full or by its initials (after diacritics, case,
// punctuation and "và" are set aside), whatever title comes before it.
bool names_issuer(std::string_view written, std::string_view official);

}  // namespace planlint::text
