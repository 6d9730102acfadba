#include "engine/eval/value.hpp"

#include <cstdio>
#include <stdexcept>

namespace planlint::eval {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(const date& d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (d.month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string to_string(const date& d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

std::string to_string(const interval& i) { return to_string(i.first) + ".." + to_string(i.last); }

value::value(list items) : kind_(kind::list) {
  // Empty lists are common (a passage without dates, a row without unreadable dates): they
  // view one list that is never freed, and keep nothing, so that copying one is copying
  // bytes (a shared block's count is an atomic add and subtract per copy).
  static const list* const empty = new list();
  if (items.empty()) {
    p_.l = empty;
    return;
  }
  auto kept = std::make_shared<const list>(std::move(items));
  p_.l = kept.get();
  keeps_ = std::move(kept);
}

void value::own(std::string s) {
  auto kept = std::make_shared<const std::string>(std::move(s));
  kind_ = kind::string;
  p_.s = {kept->data(), kept->size()};  // the string does not move inside its block
  keeps_ = std::move(kept);
}

value value::substring(std::string_view part) const {
  value piece;
  piece.kind_ = kind::string;
  piece.p_.s = {part.data(), part.size()};
  piece.keeps_ = keeps_;
  return piece;
}

// The message std::get gave when values were a std::variant (an internal-error finding
// shows it).
void value::wrong_kind() { throw std::runtime_error("std::get: wrong index for variant"); }

namespace {

// A location built ahead of time, and what the value kept alive before (its owned text).
struct located_block {
  location at;
  std::shared_ptr<const void> kept;
};

location stored_location(const void* block, const std::string*, const char*, std::string_view) {
  return static_cast<const located_block*>(block)->at;
}

}  // namespace

value value::located(location at) const {
  value copy = *this;
  auto block = std::make_shared<const located_block>(located_block{std::move(at), keeps_});
  copy.origin_ = {&stored_location, block.get()};
  copy.keeps_ = std::move(block);
  return copy;
}

std::optional<location> value::where() const {
  if (origin_.resolve)
    return origin_.resolve(origin_.subject, origin_.place, origin_.place_end,
                           is_string() ? as_string() : std::string_view());
  return std::nullopt;
}

bool equal(const value& a, const value& b) {
  if (a.what() != b.what()) return false;
  switch (a.what()) {
    case value::kind::none: return true;
    case value::kind::boolean: return a.as_bool() == b.as_bool();
    case value::kind::integer: return a.as_int() == b.as_int();
    case value::kind::string: return a.as_string() == b.as_string();
    case value::kind::date: return a.as_date() == b.as_date();
    case value::kind::interval: return a.as_interval() == b.as_interval();
    case value::kind::object: return a.as_object() == b.as_object();
    case value::kind::list: break;
  }
  const list& x = a.as_list();
  const list& y = b.as_list();
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!equal(x[i], y[i])) return false;
  return true;
}

}  // namespace planlint::eval
