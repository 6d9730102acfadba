#pragma once
// The iterator and context the grammar is instantiated for (grammar.cpp) and run with
// (parse.cpp). Both must agree exactly, so both take them from here.
#include <boost/spirit/home/x3.hpp>
#include <string>

#include "engine/dsl/x3/grammar.hpp"

namespace planlint::dsl::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;
using phrase_context_type = x3::context<x3::skipper_tag, skipper_type const, x3::unused_type>;
using context_type = x3::context<state_tag, parse_state, phrase_context_type>;

}  // namespace planlint::dsl::grammar
