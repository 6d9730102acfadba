#pragma once
// The words a date expression may begin with, and the test on a word's first letter and
// length that the scanner makes inline at every word of a passage (no Boost here: the
// grammar itself stays in grammar_def.hpp). Internal to engine/dates.
#include <array>
#include <cstdint>
#include <string_view>

#include "engine/dates/folded_chars.hpp"

namespace planlint::dates::grammar {

// Every word an expression may begin with, for may_begin_expression(): the first words of
// the connectives, fixed phrases, part and lead words, and of the endpoints' keywords
// ("ngay", "thang", "quy", "nam", "nam hoc", "nh", "hoc ky"). Words beginning with a digit
// (numbers, ISO dates), "hk" (lit("hk") needs no word end: "hk1") or "t" and a digit
// ("t9/2024") are tested apart. A word added to the grammar's first words goes here too.
inline constexpr std::string_view first_words[] = {
    "trong", "vao", "thuong", "lien", "hang", "moi", "lau", "va", "dau", "cuoi", "suot", "ca",
    "tu",    "giai", "ngay",  "thang", "quy", "nam", "nh", "hoc"};

// For each first letter, the lengths of the first words beginning with it (bit n: n letters).
inline constexpr auto first_word_lengths = [] {
  std::array<std::uint16_t, 256> out{};
  for (std::string_view w : first_words) out[static_cast<unsigned char>(w[0])] |= std::uint16_t(1u << w.size());
  return out;
}();

// True when no expression can begin with this (non-empty) word whatever follows: it is no
// number, no "hk…", no "t" and a digit, and no first word has its first letter and length
// ("cua", "cho", "truong"). Most words of a plan; the rest go to may_begin_expression().
inline bool turned_away_by_shape(std::string_view word) {
  const char c = word[0];
  if (is_digit(c)) return false;
  if (word.size() > 1 && ((c == 'h' && word[1] == 'k') || (c == 't' && is_digit(word[1])))) return false;
  return word.size() > 8 || !(first_word_lengths[static_cast<unsigned char>(c)] & (1u << word.size()));
}

}  // namespace planlint::dates::grammar
