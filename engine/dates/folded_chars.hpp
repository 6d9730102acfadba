#pragma once
// Character classes of the folded text the date readers work on (ASCII letters and digits
// for words, as std::isalnum in the C locale), inline: they are asked once per byte.
namespace planlint::dates {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_word_char(char c) { return is_letter(c) || is_digit(c); }

}  // namespace planlint::dates
