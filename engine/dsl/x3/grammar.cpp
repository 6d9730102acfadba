// The one translation unit that instantiates the rule-file grammar.
#include "engine/dsl/x3/grammar_def.hpp"
#include "engine/dsl/x3/config.hpp"

namespace planlint::dsl::grammar {

BOOST_SPIRIT_INSTANTIATE(rule_type, iterator_type, context_type)

skipper_type const& skipper() { return skipper_rule; }
rule_type const& rule_parser() { return rule; }

}  // namespace planlint::dsl::grammar
