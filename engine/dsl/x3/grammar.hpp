#pragma once
// Declares the rule-file grammar (defined in grammar_def.hpp, instantiated once in
// grammar.cpp). Internal to engine/dsl.
#include <boost/spirit/home/x3.hpp>
#include <string>

#include "engine/dsl/x3/ast.hpp"

namespace planlint::dsl::grammar {

namespace x3 = boost::spirit::x3;

// What the grammar remembers while it runs: where the text starts (to turn iterators into
// byte offsets), which rule it is inside (so "expected '}'" can name it) and how near the
// rule is to the limits of limits.hpp.
struct parse_state {
  std::string::const_iterator base;
  std::string current_rule;
  bool in_hole = false;  // inside a message's `{…}`, so "expected '}'" closes the hole
  int depth = 0;         // expressions open inside one another at this point
  int operators = 0;     // operators read so far in the current rule
};
struct state_tag;

// Thrown where a rule goes over a limit of limits.hpp; parse.cpp reports it as the rule's
// error. Not an expectation failure: its message is not "expected …".
struct limit_exceeded {
  std::string::const_iterator where;
  std::string message;
};

// Letters, digits and '_': what may not follow a keyword.
inline bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

struct skipper_class;
using skipper_type = x3::rule<skipper_class>;
skipper_type const& skipper();

// One `rule … { … }`. parse.cpp runs it rule by rule so that one broken rule does not hide
// the errors of the next.
struct rule_class;
using rule_type = x3::rule<rule_class, x3ast::rule, true>;  // true: keep the attribute despite the action
BOOST_SPIRIT_DECLARE(rule_type)
rule_type const& rule_parser();

}  // namespace planlint::dsl::grammar
