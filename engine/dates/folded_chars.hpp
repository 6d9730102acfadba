#pragma once
// Character classes of the folded text the date readers work on (ASCII letters and digits
// for words, as std::isalnum in the C locale), inline: they are asked once per byte.
namespace planlint::dates {

inline constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// A table: the scanner asks this of every byte of every passage.
inline constexpr auto word_char_table = [] {
  struct table { bool of[256] = {}; } out;
  for (int c = 0; c < 256; ++c) out.of[c] = is_letter(static_cast<char>(c)) || is_digit(static_cast<char>(c));
  return out;
}();
inline bool is_word_char(char c) { return word_char_table.of[static_cast<unsigned char>(c)]; }

}  // namespace planlint::dates
