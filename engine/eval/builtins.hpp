#pragma once
// The built-in function library every registry starts with: text (same_text, contains,
// starts_with, ends_with, lower, length, split, join, matches, find_all, similarity),
// lists (count, any, distinct, first), dates (date, interval, before, after, contains,
// overlaps, days_between), presence (exists, default) and text conversion (format).
// Host-specific functions (date readers, catalog lookups) are added by the embedder.
#include <stdexcept>
#include <string>

#include "engine/eval/value.hpp"
#include "engine/rule_info.hpp"

namespace planlint::eval {

class host_registry;

void add_builtins(host_registry& registry);

// A rule met data it cannot handle (division by zero, a host getter that failed).
// Thrown inside evaluation only; evaluate() turns it into an internal-error finding.
struct runtime_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Word-level similarity of two texts in percent (0..100): the Jaccard index of their
// folded word sets. Behind one function so a better measure can replace it.
std::int64_t word_similarity(std::string_view a, std::string_view b);

using planlint::language;  // one language type for the whole engine
// How interpolation and evidence show a value: strings as they are, dates ISO,
// intervals "a..b", lists joined by ", ", absent as "(không có)" / "(none)".
std::string format(const value& v, language lang);

}  // namespace planlint::eval
