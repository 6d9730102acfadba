#pragma once
// Text as the engine compares it. Plans converted from Word or PDF carry decomposed
// diacritics, non-breaking spaces, tabs, line breaks inside cells, en and em dashes and
// "Tieu chí" without marks; every comparison goes through one of these two forms.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planlint::text {

// Unicode NFC; every run of white space (space, NBSP, tab, line break, other Unicode
// spaces) folded to one space and trimmed; en dash, em dash, minus sign and Unicode
// hyphens written as "-". Case and diacritics are kept: this is the text to show.
std::string normalize(std::string_view utf8);

// The comparison key: normalize(), then diacritics dropped and lower case, with "đ", "Đ"
// and the look-alike Icelandic "Ð" (U+00D0) read as "d". Vietnamese text folds to ASCII.
std::string fold(std::string_view utf8);

// fold() that remembers where each byte came from, so that a reader working on the folded
// text can point at the original: origin[i] is the source byte offset of folded byte i,
// and origin[text.size()] is the source's size.
struct folded_text {
  std::string text;
  std::vector<std::uint32_t> origin;
  // The source byte range behind folded bytes [begin, end).
  std::uint32_t source_begin(std::size_t begin) const { return origin[begin]; }
  std::uint32_t source_end(std::size_t end) const { return origin[end]; }
};
folded_text fold_with_origins(std::string_view utf8);

// Diacritic- and case-insensitive equality: fold(a) == fold(b).
bool equals_folded(std::string_view a, std::string_view b);

}  // namespace planlint::text
