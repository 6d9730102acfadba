#include "engine/eval/value.hpp"

#include <cstdio>

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

value value::located(location at) const {
  value copy = *this;
  copy.at_ = std::make_shared<const location>(std::move(at));
  copy.origin_ = {};
  return copy;
}

std::optional<location> value::where() const {
  if (at_) return *at_;
  if (origin_.resolve)
    return origin_.resolve(origin_.subject, origin_.place, origin_.place_end,
                           is_string() ? as_string() : std::string_view());
  return std::nullopt;
}

bool equal(const value& a, const value& b) {
  if (a.data().index() != b.data().index()) return false;
  if (a.is_list()) {
    const list& x = a.as_list();
    const list& y = b.as_list();
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
      if (!equal(x[i], y[i])) return false;
    return true;
  }
  return a.data() == b.data();
}

}  // namespace planlint::eval
