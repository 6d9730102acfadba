#pragma once
// Text as the engine compares it. Plans converted from Word or PDF carry decomposed
// diacritics, non-breaking spaces, tabs, line breaks inside cells, en and em dashes and
// "Tieu chí" without marks; every comparison goes through one of these two forms.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "engine/source.hpp"

namespace planlint::text {

// Unicode NFC; every run of white space (space, NBSP, tab, line break, other Unicode
// spaces) folded to one space and trimmed; invisible format characters (zero-width space,
// zero-width (non-)joiner, word joiner, BOM, soft hyphen) dropped, since a reader sees
// nothing there; en dash, em dash, minus sign and Unicode hyphens written as "-". Case and
// diacritics are kept: this is the text to show.
std::string normalize(std::string_view utf8);

// normalize(utf8).empty(), without building the text: nothing but white space and invisible
// characters (rules ask this of whole action columns).
bool is_blank(std::string_view utf8);

// Unicode NFC alone: the text as written, with decomposed marks composed, for checks that
// care about every other character (a document number's spaces and hyphens).
std::string compose(std::string_view utf8);

// The comparison key: normalize(), then diacritics dropped and lower case, with "đ", "Đ"
// and the look-alike Icelandic "Ð" (U+00D0) read as "d". Vietnamese text folds to ASCII.
std::string fold(std::string_view utf8);
// fold(normalized) appended to `out` (many folds in one buffer, one heap block for all of
// them), for a text normalize() gave (a plan's text items' `normalized`). Any other text may
// fold wrongly. True when every character folded to one byte (ASCII and the Latin letters,
// nearly every text): folded byte k then stands for the k-th character of `normalized`.
bool fold_normalized_append(std::string_view normalized, std::string& out);

// normalize(utf8) == utf8, known from the bytes alone for most texts (false: ask normalize).
bool already_normalized(std::string_view utf8);
// normalize(utf8) into `out` (its old content replaced, its capacity reused), for a text
// already_normalized() refused: that test is not made again.
void normalize_refused(std::string_view utf8, std::string& out);

// fold() that remembers where each byte came from, so that a reader working on the folded
// text can point at the original: origins[i] is the source byte range of the character behind
// folded byte i, from where it starts to where it ends (after any combining marks that were
// dropped; a folded space stands for the whole white-space run). One extra entry closes it:
// {source size, source size}. The ranges sit in one vector, not a vector of starts and one of
// ends: a text is folded for every passage and every cell a reader reads, and each vector was
// a heap allocation. The vector holds a cell's ranges in itself (a criterion cell with its
// title is some 60-100 bytes), so most folds allocate no origins at all.
struct folded_text {
  static constexpr std::size_t inline_origins = 128;
  std::string text;
  boost::container::small_vector<span, inline_origins> origins;
  // The source byte range behind folded bytes [begin, end); an empty folded range maps to
  // an empty source range at begin.
  std::uint32_t source_begin(std::size_t begin) const { return origins[begin].begin; }
  std::uint32_t source_end(std::size_t end) const {
    return end == 0 ? origins[0].begin : origins[end - 1].end;
  }
  span source_span(std::size_t begin, std::size_t end) const {
    if (end <= begin) return {source_begin(begin), source_begin(begin)};
    return {source_begin(begin), source_end(end)};
  }
  // The first folded byte whose character starts at or after a source offset
  // (text.size() when none does).
  std::size_t folded_at(std::uint32_t source_offset) const;
};
folded_text fold_with_origins(std::string_view utf8);

// Diacritic- and case-insensitive equality: fold(a) == fold(b).
bool equals_folded(std::string_view a, std::string_view b);

}  // namespace planlint::text
