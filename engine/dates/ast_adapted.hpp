#pragma once
// Fusion adaptation of the syntax tree, so X3 can fill it (the positions in `node` are
// filled by on_success, not by the grammar's attributes).
#include <boost/fusion/include/adapt_struct.hpp>

#include "engine/dates/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::day, d, m, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::iso_day, y, m, d)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::iso_month, y, m)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::month, m, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::numeric_month, m, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::months_range, from, to, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::months_list, head, tail, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::quarter, q, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::school_year, first, second)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::semester, s, year)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::calendar_year, keyword, y)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::part_of_year, word, year)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::part_of_semester, word, sem)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::span_expr, lead, from, to)
BOOST_FUSION_ADAPT_STRUCT(planlint::dates::ast::expression, body, onwards)
