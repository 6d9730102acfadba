#pragma once
// School-year calendars: the Ministry's framework decision for each school year Y–(Y+1)
// (domain.md §5), loaded from rules/data/calendars.json, with a documented default for a year
// the data does not cover. "Within the school year" is defined once, here:
// school_year_window(). Immutable once loaded; safe to share across threads.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/dates/date.hpp"

namespace planlint::dates {

// One dated fact of a calendar, with where it comes from.
struct calendar_fact {
  civil_date date;
  std::string source;      // as recorded in the data ("QĐ 2045/QĐ-BGDĐT; th389.vn")
  std::string confidence;  // "cao", "trung bình", "thấp", or "suy ra" for derived values
  bool provisional = false;  // marked CHƯA XÁC MINH in the research
};

struct school_year_calendar {
  int first_year = 0;               // Y of Y–(Y+1)
  std::string decision;             // "2045/QĐ-BGDĐT"; empty for a derived calendar
  std::optional<calendar_fact> issued;
  calendar_fact earliest_return;    // tựu trường sớm nhất (lớp 1, 2 tuần trước khai giảng)
  calendar_fact general_return;     // tựu trường (1 tuần trước khai giảng)
  calendar_fact opening;            // khai giảng
  calendar_fact semester1_end;      // kết thúc học kỳ I
  calendar_fact year_end;           // kết thúc năm học
  calendar_fact administration_end; // xét tốt nghiệp, tổng kết, báo cáo (30/6)
  calendar_fact admissions_end;     // tuyển sinh đầu cấp (31/7)
  bool derived = false;             // no entry for this year: the default was used
  int shift_days = 0;               // province shift applied to the start and the end
};

// The days of a calendar without where they come from: what a date reading needs. Looked up
// once per school year a reading names, so it holds no string (a school_year_calendar copy
// allocated for each of its facts' sources).
struct school_year_days {
  civil_date earliest_return;
  civil_date general_return;
  civil_date opening;
  civil_date semester1_end;
  civil_date year_end;
  civil_date administration_end;
  civil_date admissions_end;
  bool derived = false;  // no entry for this year: the default was used
  friend bool operator==(const school_year_days&, const school_year_days&) = default;
};
school_year_days days_of(const school_year_calendar& calendar);

// From the earliest return (tựu trường) to the end of the school year, shift included.
interval school_year_window(const school_year_days& days);
interval school_year_window(const school_year_calendar& calendar);
// Semester I: earliest return to semester-I end; semester II: the day after to year end.
interval semester_window(const school_year_days& days, int semester);
interval semester_window(const school_year_calendar& calendar, int semester);
// The soft windows after the school year: from the day after its end to 30/6 (year-end
// administration: graduation review, reports) and to 31/7 (admissions).
interval administration_window(const school_year_calendar& calendar);
interval admissions_window(const school_year_calendar& calendar);

// A province may start earlier or end later than the Ministry's frame by at most this.
inline constexpr int max_province_shift_days = 15;

struct calendar_lookup {
  std::optional<school_year_calendar> value;
  std::string error;  // set when value is empty
};

struct days_lookup {
  std::optional<school_year_days> value;
  std::string error;  // set when value is empty
};

class calendar_set {
 public:
  // The calendar of school year Y–(Y+1), with `shift_days` (|shift| ≤ 15) added to its start
  // (both return dates) and its end (year end). A year with no entry gets the default,
  // marked derived. A shift beyond ±15 days is an error value.
  calendar_lookup for_year(int first_year, int shift_days = 0) const;
  // The days of for_year(first_year, shift_days) (the same days, derived flag and errors),
  // without copying the calendar: no allocation unless there is an error to say.
  days_lookup days_for_year(int first_year, int shift_days = 0) const;

  const std::map<int, school_year_calendar>& years() const { return years_; }
  const std::vector<std::string>& errors() const { return errors_; }  // from loading
  const std::string& source_name() const { return source_name_; }
  bool ok() const { return errors_.empty(); }

 private:
  friend calendar_set load_calendars(std::string_view json, std::string source_name);
  friend calendar_set load_calendars_file(const std::string& path);
  // Why school year Y with this shift has no calendar, or empty when it has one.
  std::string lookup_error(int first_year, int shift_days) const;
  school_year_days derive_days(int first_year) const;
  // The default as month/day with a year offset from Y, read from the file's "default",
  // one per fact in the order of school_year_days (a fact missing from the file: none).
  struct default_day { int year_offset = 0; int month = 1; int day = 1; };
  std::array<std::optional<default_day>, 7> default_days_;
  std::string default_source_;
  std::map<int, school_year_calendar> years_;
  std::vector<std::string> errors_;
  std::string source_name_;
};

// Reads a calendars file (the format of rules/data/calendars.json). Problems are returned
// in errors(), each "source_name: where: what"; entries that read are kept.
calendar_set load_calendars(std::string_view json, std::string source_name);
// The same from a file on disk (an override of the embedded data); a missing file is an error.
calendar_set load_calendars_file(const std::string& path);
// The embedded rules/data/calendars.json, loaded once.
const calendar_set& default_calendars();

}  // namespace planlint::dates
