// The date grammar as tables: tests/data/dates/readings.tsv (texts that read, with kind,
// interval, flags, school year and byte ranges of the reading and its parts),
// rejected.tsv (texts that must not read, with the bytes and message of the error) and
// timelines.tsv (timeline cells, every one of the seed plans among them). Adding a case is
// adding a line.
#include <gtest/gtest.h>

#include "engine/dates/read.hpp"
#include "tests/support/dates_tables.hpp"

namespace planlint::dates {
namespace {

using testing::covered;
using testing::flags_of;
using testing::interval_of;
using testing::locate;
using testing::table_row;

std::string describe(std::string_view text, const read_result& r) {
  if (!r.value) return "error «" + covered(text, r.error->bytes) + "» " + r.error->message;
  const reading& v = *r.value;
  std::string out = to_string(v.what) + " " + interval_of(v.when) + " " + flags_of(v) + " «" +
                    covered(text, v.bytes) + "»";
  for (const auto& p : v.parts)
    out += " [" + to_string(p.what) + " " + interval_of(p.when) + " «" + covered(text, p.bytes) + "»]";
  return out;
}

std::string name_of(const ::testing::TestParamInfo<table_row>& info) {
  return "line_" + std::to_string(info.param.line);
}

// --- readings.tsv ----------------------------------------------------------------------

class dates_reading_table : public ::testing::TestWithParam<table_row> {};

TEST_P(dates_reading_table, reads_as_expected) {
  const auto& f = GetParam().fields;
  const std::string& text = f[1];
  read_result r = read_date(text, testing::context_of(f[0]));
  ASSERT_TRUE(r.value) << "text: " << text << "\nactual: " << describe(text, r);
  const reading& v = *r.value;
  SCOPED_TRACE("text: " + text + "\nactual: " + describe(text, r));
  EXPECT_EQ(to_string(v.what), f[2]);
  EXPECT_EQ(interval_of(v.when), f[3]);
  EXPECT_EQ(flags_of(v), f[4]);
  std::string school_year = v.school_year ? std::to_string(v.school_year->first_year) + "-" +
                                                std::to_string(v.school_year->second_year)
                                          : "-";
  EXPECT_EQ(school_year, f[5]);
  EXPECT_EQ(v.bytes, locate(text, f[6])) << "covered «" << covered(text, v.bytes) << "»";
  EXPECT_EQ(v.text, f[6]);
  EXPECT_EQ(v.malformed, !v.malformation.empty());
  std::vector<std::string> parts = testing::split(f[7], " | ");
  ASSERT_EQ(v.parts.size(), parts.size());
  std::size_t search_from = v.bytes.begin;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::size_t eq1 = parts[i].find('=');
    std::size_t eq2 = parts[i].find('=', eq1 + 1);
    EXPECT_EQ(to_string(v.parts[i].what), parts[i].substr(0, eq1)) << "part " << i;
    EXPECT_EQ(interval_of(v.parts[i].when), parts[i].substr(eq1 + 1, eq2 - eq1 - 1)) << "part " << i;
    span expected = locate(text, parts[i].substr(eq2 + 1), search_from);
    EXPECT_EQ(v.parts[i].bytes, expected) << "part " << i << " covers «" << covered(text, v.parts[i].bytes) << "»";
    search_from = expected.begin;
  }
}

INSTANTIATE_TEST_SUITE_P(table, dates_reading_table,
                         ::testing::ValuesIn(testing::read_table("tests/data/dates/readings.tsv", 8)),
                         name_of);

// --- rejected.tsv ----------------------------------------------------------------------

class dates_rejected_table : public ::testing::TestWithParam<table_row> {};

TEST_P(dates_rejected_table, is_rejected_at_the_bad_part) {
  const auto& f = GetParam().fields;
  const std::string& text = f[1];
  read_result r = read_date(text, testing::context_of(f[0]));
  ASSERT_FALSE(r.value) << "text: " << text << "\nactual: " << describe(text, r);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->bytes, locate(text, f[2])) << "covers «" << covered(text, r.error->bytes) << "»";
  EXPECT_EQ(r.error->message, f[3]);
}

INSTANTIATE_TEST_SUITE_P(table, dates_rejected_table,
                         ::testing::ValuesIn(testing::read_table("tests/data/dates/rejected.tsv", 4)),
                         name_of);

// --- timelines.tsv ---------------------------------------------------------------------

void expect_slot(std::string_view text, const std::optional<read_result>& actual,
                 const std::string& expected, const char* slot) {
  SCOPED_TRACE(slot);
  if (expected == "-") {
    EXPECT_FALSE(actual) << "unexpected: " << describe(text, *actual);
    return;
  }
  ASSERT_TRUE(actual) << "expected " << expected;
  std::vector<std::string> e = testing::split(expected, "|");
  if (e[0] == "error") {
    ASSERT_EQ(e.size(), 3u);
    ASSERT_TRUE(actual->error) << describe(text, *actual);
    EXPECT_EQ(actual->error->bytes, locate(text, e[1])) << "covers «" << covered(text, actual->error->bytes) << "»";
    EXPECT_EQ(actual->error->message, e[2]);
    return;
  }
  ASSERT_EQ(e.size(), 4u);
  ASSERT_TRUE(actual->value) << describe(text, *actual);
  EXPECT_EQ(to_string(actual->value->what), e[0]);
  EXPECT_EQ(interval_of(actual->value->when), e[1]);
  EXPECT_EQ(flags_of(*actual->value), e[2]);
  EXPECT_EQ(actual->value->bytes, locate(text, e[3])) << "covers «" << covered(text, actual->value->bytes) << "»";
}

class dates_timeline_table : public ::testing::TestWithParam<table_row> {};

TEST_P(dates_timeline_table, splits_and_reads) {
  const auto& f = GetParam().fields;
  const std::string& text = f[1];
  SCOPED_TRACE("text: " + text);
  timeline t = read_timeline(text, testing::context_of(f[0]));
  expect_slot(text, t.start, f[2], "start");
  expect_slot(text, t.end, f[3], "end");
  expect_slot(text, t.whole, f[4], "whole");
}

INSTANTIATE_TEST_SUITE_P(table, dates_timeline_table,
                         ::testing::ValuesIn(testing::read_table("tests/data/dates/timelines.tsv", 5)),
                         name_of);

}  // namespace
}  // namespace planlint::dates
