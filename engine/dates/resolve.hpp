#pragma once
// From syntax tree to reading: checks that every day, month, quarter and semester exists,
// resolves school years through the calendars and maps positions back to the original
// text. Internal to engine/dates.
#include <string_view>

#include "engine/dates/ast.hpp"
#include "engine/dates/read.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::dates::detail {

// The text being read: the original bytes and their folded form (which the grammar parsed).
struct source_map {
  std::string_view original;
  const text::folded_text* folded = nullptr;
  // The original bytes behind folded [begin, end), trailing white space left out.
  span bytes(const char* begin, const char* end) const;
  span bytes_of(std::size_t begin, std::size_t end) const;
  std::string_view text_of(span s) const { return original.substr(s.begin, s.end - s.begin); }
};

read_result resolve(const ast::expression& expression, const source_map& map,
                    const reading_context& context);

}  // namespace planlint::dates::detail
