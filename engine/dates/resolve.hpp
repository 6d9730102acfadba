#pragma once
// From syntax tree to reading: checks that every day, month, quarter and semester exists,
// resolves school years through the calendars and maps positions back to the original
// text. Internal to engine/dates.
#include <optional>
#include <string>
#include <string_view>

#include "engine/dates/ast.hpp"
#include "engine/dates/read.hpp"
#include "engine/text/character_offsets.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::dates::detail {

// The text being read: the original bytes and their folded form (which the grammar parsed),
// text::fold(original), with HTML tags blanked in a timeline.
struct source_map {
  source_map(std::string_view original, const text::folded_text& folded)
      : original(original), folded(folded.text), origins_(&folded) {}
  // For a passage folded without origins: they are made from `original` the first time a
  // position is mapped back, which most passages (no date in them) never need.
  source_map(std::string_view original, std::string_view folded) : original(original), folded(folded) {}
  // For a passage that folded one byte per character (text::fold_normalized_append() said
  // so): folded byte k is the k-th character of `original`, so a position maps back by
  // counting characters, with no fold with origins at all.
  struct one_byte_per_character {};
  source_map(std::string_view original, std::string_view folded, one_byte_per_character)
      : original(original), folded(folded), per_character_(true), characters_(original) {}

  std::string_view original;
  std::string_view folded;
  // The original bytes behind folded [begin, end), trailing white space left out.
  span bytes(const char* begin, const char* end) const;
  span bytes_of(std::size_t begin, std::size_t end) const;
  std::string_view text_of(span s) const { return original.substr(s.begin, s.end - s.begin); }

 private:
  const text::folded_text& origins() const;
  const text::folded_text* origins_ = nullptr;
  mutable std::optional<text::folded_text> made_;  // a cache: mapping back does not change the map
  bool per_character_ = false;
  text::character_offsets characters_;  // with per_character_: the characters of `original`
};

read_result resolve(const ast::expression& expression, const source_map& map,
                    const reading_context& context);

}  // namespace planlint::dates::detail
