#pragma once
// Limits on how deep and how long a rule's expressions may be, checked on the text before
// the grammar runs: the parser, the lowering and the checker recurse once per level, so a
// hostile rule file ("((((…", "not not not …", "1 + 1 + … 20,000 times") would otherwise
// overflow the stack. Real rules stay far below these limits.
#include <optional>

#include "engine/diagnostic.hpp"
#include "engine/source.hpp"

namespace planlint::dsl {

inline constexpr int max_nesting = 64;               // ( and [ inside one another
inline constexpr int max_operators_per_rule = 1000;  // + - * / % comparisons and/or/not/in

// The first place the source goes over a limit, as an error diagnostic.
std::optional<diagnostic> check_size(const source_text& source);

}  // namespace planlint::dsl
