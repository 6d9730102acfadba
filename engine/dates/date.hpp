#pragma once
// What a date text means once read: a typed reading resolved to a closed interval of days.
// Plain value types, no Boost: the Date_Time arithmetic behind them stays in engine/dates.
#include <compare>
#include <optional>
#include <string>
#include <vector>

#include "engine/source.hpp"

namespace planlint::dates {

// A day of the proleptic Gregorian calendar, as written (no time zone, no time of day).
struct civil_date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const civil_date&, const civil_date&) = default;
  friend bool operator==(const civil_date&, const civil_date&) = default;
  std::string to_iso() const;  // "2024-09-05"
};

// Today's date in UTC: the default "as of" of a check.
civil_date today();

// A closed interval of days: first and last both belong to it.
struct interval {
  civil_date first;
  civil_date last;
  bool contains(civil_date day) const { return first <= day && day <= last; }
  bool contains(const interval& other) const { return first <= other.first && other.last <= last; }
  friend bool operator==(const interval&, const interval&) = default;
  std::string to_iso() const;  // "2024-09-01..2024-09-30"
};

// The date arithmetic the readers and calendars share (Boost.Date_Time inside).
bool is_valid_date(int year, int month, int day);
int last_day_of_month(int year, int month);
civil_date add_days(civil_date day, int days);
interval month_interval(int year, int month);
interval year_interval(int year);

enum class kind {
  day,
  month,
  months,            // "Tháng 9 – 12/2024", "tháng 10, 11/2024"
  quarter,           // "Quý III/2024"
  semester,          // "Học kỳ I", "HK II năm học 2024-2025"
  school_year,       // "Năm học 2024 - 2025"
  calendar_year,     // "năm 2024", "2024"
  span,              // two ends: "Từ tháng 6/2024 đến tháng 5/2025", "2022 – 2025"
  open_ended,        // a start and no end: "Từ tháng 6/2024", "… và những năm tiếp theo", "Lâu dài"
  recurring,         // "Thường xuyên", "Hằng năm", "Hằng tháng"
  school_year_part,  // "Đầu/Cuối/Suốt/Cả năm học", "Cuối học kỳ I"
};
std::string to_string(kind k);  // "day", "month", …, "school_year_part"

// A school year as written: "2024 - 2026" is kept as {2024, 2026} (and flagged malformed).
struct school_year_written {
  int first_year = 0;
  int second_year = 0;
  friend bool operator==(const school_year_written&, const school_year_written&) = default;
};

// One piece of a reading: an end of a span, one month of a list, the base of an open form.
struct reading_part {
  kind what = kind::day;
  std::optional<interval> when;
  span bytes;
};

struct reading {
  kind what = kind::day;
  // The resolved interval where the text has one. For an open-ended reading it is the
  // interval of what was written ("Từ tháng 6/2024": June 2024); `open_ended` says it goes on.
  std::optional<interval> when;
  bool open_ended = false;
  bool recurring = false;
  std::optional<school_year_written> school_year;  // for readings that name a school year
  bool malformed = false;       // read as written but wrong, e.g. "Năm học 2024 - 2026"
  std::string malformation;     // why, in Vietnamese, for a finding to quote
  bool relies_on_default_calendar = false;  // a derived calendar (no Ministry decision) was used
  span bytes;                   // the reading in the original text (connectives "trong", "vào"
                                // and trailing punctuation left out)
  std::vector<reading_part> parts;
  std::string text;             // the original text of `bytes`
};

// A text that is not a date, or names a day that does not exist. `bytes` is as precise as
// the reader can be: the "13" of "tháng 13/2024".
struct reading_error {
  span bytes;
  std::string message;  // Vietnamese, for the reviewer
};

struct read_result {
  std::optional<reading> value;
  std::optional<reading_error> error;
  bool ok() const { return value.has_value(); }
};

}  // namespace planlint::dates
