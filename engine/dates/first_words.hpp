#pragma once
// The words a date expression may begin with, and the tests the scanner makes inline at
// every word of a passage: on a word's first letter and length, then the first words'
// perfect hash (no Boost here: the grammar itself stays in grammar_def.hpp). Internal to
// engine/dates.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
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

// "hk…" (lit("hk") needs no word end: "hk1", "hki") or "t" and a digit ("t9/2024"): the
// shorthands that begin a date at any length.
inline bool is_shorthand(std::string_view word) {
  return word.size() > 1 && ((word[0] == 'h' && word[1] == 'k') || (word[0] == 't' && is_digit(word[1])));
}

// True when no expression can begin with this (non-empty) word whatever follows: it is no
// number, no "hk…", no "t" and a digit, and no first word has its first letter and length
// ("cua", "cho", "truong"). Most words of a plan; the rest go to may_begin_expression().
inline bool turned_away_by_shape(std::string_view word) {
  const char c = word[0];
  if (is_digit(c) || is_shorthand(word)) return false;
  return word.size() > 8 || !(first_word_lengths[static_cast<unsigned char>(c)] & (1u << word.size()));
}

// A word of at most eight letters as one integer, so that looking it up among the first
// words is a few integer comparisons (string comparisons cost more than the rest of the scan).
constexpr std::uint64_t packed(std::string_view word) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < word.size(); ++i) value |= std::uint64_t(static_cast<unsigned char>(word[i])) << (8 * i);
  return value;
}

static_assert(std::all_of(std::begin(first_words), std::end(first_words),
                          [](std::string_view w) { return w.size() <= 8; }));

// packed() of a word of at most eight letters: one load and a mask when `after` follows the
// word in the same text and eight bytes from the word's start lie inside it (the scanner's
// words mostly do), else byte by byte. The byte loop was a sixth of may_begin_expression().
// packed() puts the first letter in the lowest byte, which is where a load puts it only on a
// little-endian machine.
static_assert(std::endian::native == std::endian::little, "packed_in() loads words little-endian");
inline std::uint64_t packed_in(std::string_view word, std::string_view after) {
  const bool contiguous = after.data() == word.data() + word.size();
  if (!contiguous || word.size() + after.size() < 8) return packed(word);
  std::uint64_t value;
  std::memcpy(&value, word.data(), 8);
  return word.size() == 8 ? value : value & ((std::uint64_t{1} << (8 * word.size())) - 1);
}

// The first words in a table of 64 slots, each in the slot its perfect hash gives: telling
// a first word from the others (most words) is one multiplication and one comparison (a
// binary search over them took half of may_begin_expression()). The multiplier is searched
// for at compile time: the first odd multiple of 2^64/phi (modulo 2^64) that gives each word
// its own slot (neighbouring odd numbers barely move the top bits, so they are no search).
constexpr unsigned first_word_slot(std::uint64_t key, std::uint64_t multiplier) {
  return static_cast<unsigned>((key * multiplier) >> 58);
}
inline constexpr std::uint64_t first_word_multiplier = [] {
  for (std::uint64_t k = 1;; k += 2) {
    const std::uint64_t m = 0x9E3779B97F4A7C15u * k;
    std::array<bool, 64> used{};
    bool distinct = true;
    for (std::string_view w : first_words) {
      const unsigned slot = first_word_slot(packed(w), m);
      distinct = distinct && !used[slot];
      used[slot] = true;
    }
    if (distinct) return m;
  }
}();
inline constexpr auto first_word_table = [] {
  std::array<std::uint64_t, 64> out{};
  for (std::string_view w : first_words) out[first_word_slot(packed(w), first_word_multiplier)] = packed(w);
  return out;
}();
// `key` is packed() of a non-empty word, never 0 like an empty slot.
inline bool is_first_word(std::uint64_t key) {
  return first_word_table[first_word_slot(key, first_word_multiplier)] == key;
}

// True when no expression can begin with this (non-empty) word, whatever follows it: turned
// away by its shape, or, a letter word, none of the first words. The scanner asks this inline
// of every word of a passage that its shape lets by ("va", "nam", "tu" and their like are
// common words); may_begin_expression() then looks past the first words that pass.
inline bool turned_away(std::string_view word, std::string_view after) {
  if (turned_away_by_shape(word)) return true;
  if (is_digit(word[0]) || is_shorthand(word)) return false;
  return !is_first_word(packed_in(word, after));
}

}  // namespace planlint::dates::grammar
