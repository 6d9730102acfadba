#include "engine/dates/date.hpp"

#include <chrono>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

namespace planlint::dates {

namespace greg = boost::gregorian;

namespace {

civil_date from_boost(const greg::date& d) {
  auto ymd = d.year_month_day();
  return {static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

}  // namespace

std::string civil_date::to_iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string interval::to_iso() const { return first.to_iso() + ".." + last.to_iso(); }

bool is_valid_date(int year, int month, int day) {
  // Boost's checked construction is the single source of truth for which days exist;
  // its exceptions (bad_year, bad_month, bad_day_of_month) stay here.
  try {
    greg::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                 static_cast<unsigned short>(day));
    return !d.is_special();
  } catch (const std::out_of_range&) {
    return false;
  }
}

int last_day_of_month(int year, int month) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12) return 0;
  return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                    static_cast<unsigned short>(month));
}

civil_date add_days(civil_date day, int days) {
  try {
    greg::date d(static_cast<unsigned short>(day.year), static_cast<unsigned short>(day.month),
                 static_cast<unsigned short>(day.day));
    return from_boost(d + greg::days(days));
  } catch (const std::out_of_range&) {
    return day;  // only reachable with an invalid input day, which callers never pass
  }
}

interval month_interval(int year, int month) {
  return {{year, month, 1}, {year, month, last_day_of_month(year, month)}};
}

interval year_interval(int year) { return {{year, 1, 1}, {year, 12, 31}}; }

std::string to_string(kind k) {
  switch (k) {
    case kind::day: return "day";
    case kind::month: return "month";
    case kind::months: return "months";
    case kind::quarter: return "quarter";
    case kind::semester: return "semester";
    case kind::school_year: return "school_year";
    case kind::calendar_year: return "calendar_year";
    case kind::span: return "span";
    case kind::open_ended: return "open_ended";
    case kind::recurring: return "recurring";
    case kind::school_year_part: return "school_year_part";
  }
  return "?";
}

civil_date today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace planlint::dates
