#pragma once
// The date grammar, declared. Defined in grammar_def.hpp and compiled once, in grammar.cpp,
// so that only that translation unit pays for Spirit X3.
#include <string_view>

#include "engine/dates/ast.hpp"

namespace planlint::dates::grammar {

// Parses one date expression from the folded text at [first, last): white space is skipped,
// nothing is required after it (the caller decides what may follow). On success `first`
// is moved past the expression and `out` holds it with its positions.
bool parse_expression(const char*& first, const char* last, ast::expression& out);

// False when no expression can begin with this word of the folded text (a maximal run of
// ASCII letters and digits) followed by `after` (the rest of the text, which the scanner
// passes as the bytes right after the word; any other `after` is read all the same): then
// parse_expression() at the word would fail, and the scanner spares itself the attempt.
// Kept beside the grammar (grammar_def.hpp), whose first words it lists. Everyday words
// ("học", "và", "mọi", "quy", "cả") are first words of a few phrases only ("học kỳ", "và
// những năm tiếp theo", "mỗi năm", "quý II", "cả năm học"): for those the next word is
// asked too, since a failed parse at each was most of the time spent finding dates.
bool may_begin_expression(std::string_view word, std::string_view after);

}  // namespace planlint::dates::grammar
