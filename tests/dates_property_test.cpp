// Every day from 2015-01-01 to 2035-12-31, written three ways, reads back as that day.
#include <gtest/gtest.h>

#include "engine/dates/read.hpp"

namespace planlint::dates {
namespace {

std::string pad(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

TEST(dates_property, every_day_2015_to_2035_round_trips_in_three_forms) {
  reading_context context;
  int days = 0;
  for (civil_date d{2015, 1, 1}; d <= civil_date{2035, 12, 31}; d = add_days(d, 1)) {
    const std::string forms[] = {
        pad(d.day) + "/" + pad(d.month) + "/" + std::to_string(d.year),
        std::to_string(d.day) + "/" + std::to_string(d.month) + "/" + std::to_string(d.year),
        "ngày " + std::to_string(d.day) + " tháng " + std::to_string(d.month) + " năm " + std::to_string(d.year),
    };
    for (const auto& text : forms) {
      read_result r = read_date(text, context);
      ASSERT_TRUE(r.value) << text;
      ASSERT_EQ(r.value->what, kind::day) << text;
      ASSERT_EQ(r.value->when, (interval{d, d})) << text;
      ASSERT_EQ(r.value->bytes, (span{0, static_cast<std::uint32_t>(text.size())})) << text;
    }
    ++days;
  }
  EXPECT_EQ(days, 7670);  // 21 years, 5 of them leap (2016, 2020, 2024, 2028, 2032)
}

}  // namespace
}  // namespace planlint::dates
