#pragma once
// How deep and how long a rule's expressions may be. The parser, the lowering and the
// checker recurse once per level, so a hostile rule file ("((((…", "any x in any y in …",
// "not not not …", "1 + 1 + … 20,000 times", "plan.rows.rows.rows…") would otherwise
// overflow the stack. The grammar
// itself enforces both limits as it reads (grammar_def.hpp), so no text it parses can get
// past them. Real rules stay far below: the default pack's longest rule has 54 operators.
// The checker's frames are large under AddressSanitizer: 891 fields in one chain overflowed
// the fuzzer's 8 MiB stack, hence 256 rather than a round thousand.

namespace planlint::dsl {

inline constexpr int max_nesting = 64;               // expressions inside one another
inline constexpr int max_operators_per_rule = 256;   // + - * / % comparisons and/or/not/in, `.field`

}  // namespace planlint::dsl
