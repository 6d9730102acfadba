// Functions the plan rules call beyond the built-in library: the text readers' judgements
// (placeholders, well-formed numbers, faithful shortened titles) and month arithmetic.
#include <cmath>

#include "engine/bind/types.hpp"
#include "engine/dates/date.hpp"
#include "engine/text/citation.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/owners.hpp"
#include "engine/text/similarity.hpp"

namespace planlint::bind {

namespace {

using eval::type;
using eval::value;

eval::date add_months(eval::date d, std::int64_t months) {
  std::int64_t index = d.year * 12 + (d.month - 1) + months;
  int year = static_cast<int>(index / 12);
  int month = static_cast<int>(index % 12) + 1;
  return {year, month, std::min(d.day, dates::last_day_of_month(year, month))};
}

bool blank(const value& v) {
  if (v.absent()) return true;
  if (!v.is_string()) return false;
  return text::is_blank(v.as_string());
}

}  // namespace

void add_plan_functions(eval::host_registry& r) {
  r.add_function("fold", {type::string()}, type::string(),
                 [](std::span<const value> a) { return value(text::fold(a[0].as_string())); });
  r.add_function("is_placeholder", {type::string()}, type::boolean(),
                 [](std::span<const value> a) { return value(text::is_placeholder(a[0].as_string())); });
  r.add_function("well_formed_number", {type::string()}, type::boolean(), [](std::span<const value> a) {
    return value(text::well_formed_number_symbol(a[0].as_string()));
  });
  r.add_function("faithful_prefix", {type::string(), type::string()}, type::boolean(),
                 [](std::span<const value> a) {
                   return value(text::is_faithful_prefix(a[0].as_string(), a[1].as_string()));
                 });
  // Percent, 0..100: the Dice coefficient of the folded words (engine/text/similarity.hpp).
  r.add_function("similarity", {type::string(), type::string()}, type::integer(),
                 [](std::span<const value> a) {
                   double s = text::title_similarity(a[0].as_string(), a[1].as_string());
                   return value(static_cast<std::int64_t>(std::lround(s * 100)));
                 });
  r.add_function("add_months", {type::date(), type::integer()}, type::date(),
                 [](std::span<const value> a) { return value(add_months(a[0].as_date(), a[1].as_int())); });
  // Every document number and symbol cited in a text, as written ("18/2018/TT-BGDĐT"); the
  // legal basis's citations, read in full (date, issuer, registry match), are plan.citations.
  r.add_function("citations", {type::string()}, type::list_of(type::string()), [](std::span<const value> a) {
    eval::list out;
    for (const text::citation& c : text::find_citations(a[0].as_string()))
      if (!c.number_symbol.empty()) out.push_back(value(c.number_symbol));
    return value(std::move(out));
  });
  r.add_function("blank", {type::string()}, type::boolean(),
                 [](std::span<const value> a) { return value(blank(a[0])); },
                 /*absent_propagates=*/false);
}

}  // namespace planlint::bind
