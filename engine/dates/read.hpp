#pragma once
// Reading the free Vietnamese date texts of a plan: "ngày 17 tháng 5 năm 2024", "Tháng 9/2024",
// "Quý III/2024", "HK II năm học 2024-2025", "Năm học 2024 - 2025 và những năm tiếp theo",
// "Từ tháng 6/2024 đến tháng 5/2025", "Thường xuyên", ISO "2024-05-17" and "2024-09", …
// Case, diacritics, dashes, NBSP and line breaks do not matter. Pure functions; thread-safe.
#include <optional>
#include <string_view>

#include "engine/dates/calendar.hpp"
#include "engine/dates/date.hpp"

namespace planlint::dates {

struct reading_context {
  // The plan's school year Y (for Y–Y+1): what "Học kỳ I", "Cuối năm học", "Tháng 9" refer to.
  std::optional<int> school_year_start;
  const calendar_set* calendars = nullptr;  // nullptr: default_calendars()
  int province_shift_days = 0;              // |shift| ≤ 15, see calendar_set::for_year
};

// One date text, all of it (trailing ".", ";", "," and white space allowed).
read_result read_date(std::string_view text, const reading_context& context);

// A "Thời gian thực hiện và hoàn thành" cell. Labelled parts ("Thời gian thực hiện:",
// "Thời gian bắt đầu:", "Bắt đầu", "Thời gian hoàn thành:", "Hoàn thành", "Kết thúc") go to
// start and end; text before the first end label with no label of its own is the start
// ("Tháng 9/2024. Thời gian hoàn thành: …"); a cell without labels is `whole`. HTML tags
// left by converters ("<p>") are ignored. Byte ranges point into `text`.
struct timeline {
  std::optional<read_result> start;
  std::optional<read_result> end;
  std::optional<read_result> whole;
};
timeline read_timeline(std::string_view text, const reading_context& context);

}  // namespace planlint::dates
