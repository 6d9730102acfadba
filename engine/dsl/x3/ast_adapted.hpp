#pragma once
// Fusion adaptation of the X3 parse tree, so that sequences fill struct members in order.
#include <boost/fusion/include/adapt_struct.hpp>

#include "engine/dsl/x3/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::identifier, name)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::integer, value)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::string_lit, value)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::postfix, head, fields)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::term, prefixes, value)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::operation, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::chain, first, rest)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::call, name, args)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::quantifier, kind, var, domain, body)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::message_template, parts)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::plain_string, pieces)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::plain_entry, language, text)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::message_entry, language, text)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::word_clause, keyword, word)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::flag_clause, keyword)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::text_clause, keyword, text)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::translated_clause, keyword, entries)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::for_clause, var, collection, filter)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::let_clause, name, value)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::when_clause, condition)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::evidence_clause, label, value)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::report_clause, at, messages)
BOOST_FUSION_ADAPT_STRUCT(planlint::dsl::x3ast::rule, id, clauses)
