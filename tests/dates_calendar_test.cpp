// School-year calendars: the Ministry's years from the embedded data, the derived default,
// the province shift and its limit, and loading errors as values.
#include <gtest/gtest.h>

#include "engine/dates/calendar.hpp"

namespace planlint::dates {
namespace {

TEST(dates_calendar, embedded_data_loads_without_errors) {
  const calendar_set& set = default_calendars();
  EXPECT_TRUE(set.ok()) << (set.errors().empty() ? "" : set.errors().front());
  EXPECT_EQ(set.years().size(), 4u);
}

struct known_year {
  int first_year;
  const char* decision;
  const char* window;
  const char* semester1;
  const char* semester2;
  const char* general_return;
};

TEST(dates_calendar, each_known_year_has_its_window) {
  const known_year years[] = {
      {2022, "2159/QĐ-BGDĐT", "2022-08-22..2023-05-31", "2022-08-22..2023-01-15", "2023-01-16..2023-05-31", "2022-08-29"},
      {2023, "2171/QĐ-BGDĐT", "2023-08-22..2024-05-31", "2023-08-22..2024-01-15", "2024-01-16..2024-05-31", "2023-08-29"},
      {2024, "2045/QĐ-BGDĐT", "2024-08-22..2025-05-31", "2024-08-22..2025-01-18", "2025-01-19..2025-05-31", "2024-08-29"},
      {2025, "2269/QĐ-BGDĐT", "2025-08-22..2026-05-31", "2025-08-22..2026-01-18", "2026-01-19..2026-05-31", "2025-08-29"},
  };
  for (const auto& y : years) {
    calendar_lookup found = default_calendars().for_year(y.first_year);
    ASSERT_TRUE(found.value) << found.error;
    const school_year_calendar& c = *found.value;
    EXPECT_FALSE(c.derived);
    EXPECT_EQ(c.decision, y.decision);
    EXPECT_EQ(school_year_window(c).to_iso(), y.window);
    EXPECT_EQ(semester_window(c, 1).to_iso(), y.semester1);
    EXPECT_EQ(semester_window(c, 2).to_iso(), y.semester2);
    EXPECT_EQ(c.general_return.date.to_iso(), y.general_return);
    EXPECT_EQ(c.opening.date, (civil_date{y.first_year, 9, 5}));
    const std::string next = std::to_string(y.first_year + 1);
    EXPECT_EQ(administration_window(c).to_iso(), next + "-06-01.." + next + "-06-30");
    EXPECT_EQ(admissions_window(c).to_iso(), next + "-06-01.." + next + "-07-31");
    EXPECT_FALSE(c.year_end.source.empty());
    EXPECT_EQ(c.year_end.confidence, "cao");
  }
}

TEST(dates_calendar, the_2025_signing_date_is_provisional) {
  auto c = default_calendars().for_year(2025).value;
  ASSERT_TRUE(c && c->issued);
  EXPECT_TRUE(c->issued->provisional);
  EXPECT_EQ(c->issued->date.to_iso(), "2025-08-11");
  auto earlier = default_calendars().for_year(2024).value;
  ASSERT_TRUE(earlier && earlier->issued);
  EXPECT_FALSE(earlier->issued->provisional);
}

TEST(dates_calendar, a_year_without_data_is_derived_and_flagged) {
  calendar_lookup found = default_calendars().for_year(2027);
  ASSERT_TRUE(found.value);
  EXPECT_TRUE(found.value->derived);
  EXPECT_TRUE(found.value->decision.empty());
  EXPECT_EQ(school_year_window(*found.value).to_iso(), "2027-08-22..2028-05-31");
  EXPECT_EQ(semester_window(*found.value, 1).to_iso(), "2027-08-22..2028-01-18");
  EXPECT_EQ(found.value->admissions_end.date.to_iso(), "2028-07-31");
  EXPECT_EQ(found.value->year_end.confidence, "suy ra");
}

TEST(dates_calendar, a_province_shift_moves_start_and_end) {
  auto later = default_calendars().for_year(2024, 10).value;
  ASSERT_TRUE(later);
  EXPECT_EQ(school_year_window(*later).to_iso(), "2024-09-01..2025-06-10");
  EXPECT_EQ(later->shift_days, 10);
  auto earlier = default_calendars().for_year(2024, -15).value;
  ASSERT_TRUE(earlier);
  EXPECT_EQ(school_year_window(*earlier).to_iso(), "2024-08-07..2025-05-16");
}

TEST(dates_calendar, a_shift_beyond_fifteen_days_is_an_error_value) {
  for (int shift : {16, -16, 100}) {
    calendar_lookup found = default_calendars().for_year(2024, shift);
    EXPECT_FALSE(found.value) << shift;
    EXPECT_EQ(found.error, "độ lệch khung thời gian của địa phương " + std::to_string(shift) +
                               " ngày vượt quá 15 ngày cho phép");
  }
}

TEST(dates_calendar, loading_errors_are_values) {
  EXPECT_EQ(load_calendars("not json", "x.json").errors(), std::vector<std::string>{"x.json: not a JSON object"});
  calendar_set bad = load_calendars(R"({"format": "planlint.calendars/1",
      "default": {"earliest_return": "Y-08-22", "general_return": "Y-08-29", "opening": "Y-09-05",
                  "semester1_end": "Y+1-01-18", "year_end": "Y+1-05-31", "administration_end": "Y+1-06-30",
                  "admissions_end": "Y+1-07-31", "source": "test"},
      "years": [{"school_year": "2024-2026"}, {"school_year": "2024-2025", "year_end": {"date": "2025-02-30"}}]})",
                                    "bad.json");
  std::vector<std::string> expected = {
      "bad.json: years[0].school_year: expected \"Y-(Y+1)\", e.g. \"2024-2025\"",
      "bad.json: years[1]: missing \"earliest_return\"",
      "bad.json: years[1]: missing \"general_return\"",
      "bad.json: years[1]: missing \"opening\"",
      "bad.json: years[1]: missing \"semester1_end\"",
      "bad.json: years[1].year_end.date: expected an existing day written YYYY-MM-DD",
      "bad.json: years[1]: missing \"administration_end\"",
      "bad.json: years[1]: missing \"admissions_end\"",
  };
  EXPECT_EQ(bad.errors(), expected);
  EXPECT_TRUE(bad.years().empty());
  // The default still serves every year.
  auto derived = bad.for_year(2024).value;
  ASSERT_TRUE(derived);
  EXPECT_TRUE(derived->derived);
  EXPECT_EQ(load_calendars_file("/nonexistent/calendars.json").errors(),
            std::vector<std::string>{"/nonexistent/calendars.json: cannot open the file"});
}

// days_for_year is what the readers use per reading: the same days as for_year, with no copy.
TEST(dates_calendar, days_for_year_are_the_days_of_for_year) {
  const calendar_set& set = default_calendars();
  for (int year : {2022, 2024, 2025, 2027, 1900, 2100})
    for (int shift : {0, 10, -15, 15}) {
      calendar_lookup full = set.for_year(year, shift);
      days_lookup days = set.days_for_year(year, shift);
      ASSERT_TRUE(full.value && days.value) << year << " " << shift;
      EXPECT_EQ(*days.value, days_of(*full.value)) << year << " " << shift;
      EXPECT_EQ(school_year_window(*days.value), school_year_window(*full.value));
      EXPECT_EQ(semester_window(*days.value, 2), semester_window(*full.value, 2));
    }
  days_lookup known = set.days_for_year(2024, 10);
  ASSERT_TRUE(known.value);
  EXPECT_FALSE(known.value->derived);
  EXPECT_EQ(known.value->earliest_return.to_iso(), "2024-09-01");
  EXPECT_EQ(known.value->general_return.to_iso(), "2024-09-08");
  EXPECT_EQ(known.value->opening.to_iso(), "2024-09-05");  // not shifted
  EXPECT_EQ(known.value->semester1_end.to_iso(), "2025-01-18");
  EXPECT_EQ(known.value->year_end.to_iso(), "2025-06-10");
  EXPECT_EQ(known.value->administration_end.to_iso(), "2025-06-30");
  EXPECT_EQ(known.value->admissions_end.to_iso(), "2025-07-31");
  days_lookup derived = set.days_for_year(2027);
  ASSERT_TRUE(derived.value);
  EXPECT_TRUE(derived.value->derived);
  EXPECT_EQ(semester_window(*derived.value, 1).to_iso(), "2027-08-22..2028-01-18");
  EXPECT_EQ(semester_window(*derived.value, 2).to_iso(), "2028-01-19..2028-05-31");
}

TEST(dates_calendar, days_for_year_has_the_errors_of_for_year) {
  const calendar_set& set = default_calendars();
  for (auto [year, shift] : {std::pair{2024, 16}, {2024, -16}, {1899, 0}, {2101, 0}, {1899, 20}}) {
    days_lookup days = set.days_for_year(year, shift);
    EXPECT_FALSE(days.value);
    EXPECT_EQ(days.error, set.for_year(year, shift).error);
  }
  EXPECT_EQ(set.days_for_year(1899).error, "năm học 1899 nằm ngoài khoảng 1900–2100");
}

// A default without a fact leaves that day unset, in the days as in the calendar.
TEST(dates_calendar, derived_days_without_a_default_stay_unset) {
  calendar_set partial = load_calendars(R"({"format": "planlint.calendars/1",
      "default": {"earliest_return": "Y-08-20", "year_end": "Y+1-05-25", "source": "test"}, "years": []})",
                                        "partial.json");
  EXPECT_FALSE(partial.ok());
  days_lookup days = partial.days_for_year(2030, 5);
  ASSERT_TRUE(days.value);
  EXPECT_EQ(days.value->earliest_return.to_iso(), "2030-08-25");
  EXPECT_EQ(days.value->year_end.to_iso(), "2031-05-30");
  EXPECT_EQ(days.value->opening, civil_date{});
  EXPECT_EQ(days.value->general_return, civil_date{});  // an unset day is not shifted
  calendar_lookup full = partial.for_year(2030, 5);
  ASSERT_TRUE(full.value);
  EXPECT_EQ(days_of(*full.value), *days.value);
  EXPECT_EQ(full.value->opening.source, "test");
  EXPECT_EQ(full.value->opening.confidence, "suy ra");
}

TEST(dates_calendar, the_embedded_file_read_from_disk_matches) {
  calendar_set from_disk = load_calendars_file(std::string(PLANLINT_SOURCE_DIR) + "/rules/data/calendars.json");
  EXPECT_TRUE(from_disk.ok());
  EXPECT_EQ(from_disk.years().size(), default_calendars().years().size());
}

}  // namespace
}  // namespace planlint::dates
