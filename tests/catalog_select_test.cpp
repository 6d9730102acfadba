// Choosing the framework a plan is checked against, and the framework a citation names.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/catalog/load.hpp"
#include "engine/catalog/select.hpp"

namespace planlint::catalog {
namespace {

const catalog& data() {
  EXPECT_TRUE(embedded_catalog().ok());
  return embedded_catalog().value;
}

std::optional<civil_date> day(const char* iso) { return parse_iso_date(iso); }

struct choice_case {
  const char* level;
  const char* date;  // nullptr: the plan has no date
  const char* explicit_framework;
  const char* expected;  // nullptr: none
  choice_status status;
};

const choice_case cases[] = {
    // By level and date, either side of TT22/2024's 25/01/2025.
    {"thcs", "2024-05-17", "", "TT18/2018", choice_status::by_level_and_date},
    {"thcs", "2025-01-24", "", "TT18/2018", choice_status::by_level_and_date},
    {"thcs", "2025-01-25", "", "TT18/2018+TT22/2024", choice_status::by_level_and_date},
    {"thcs", "2025-03-01", "", "TT18/2018+TT22/2024", choice_status::by_level_and_date},
    {"thpt", "2019-09-05", "", "TT18/2018", choice_status::by_level_and_date},
    {"thpt", "2025-09-05", "", "TT18/2018+TT22/2024", choice_status::by_level_and_date},
    {"nhieu-cap", "2024-05-17", "", "TT18/2018", choice_status::by_level_and_date},
    {"nhieu-cap", "2025-03-01", "", "TT18/2018+TT22/2024", choice_status::by_level_and_date},
    {"tieu-hoc", "2024-05-17", "", "TT17/2018", choice_status::by_level_and_date},
    {"tieu-hoc", "2025-03-01", "", "TT17/2018+TT22/2024", choice_status::by_level_and_date},
    {"mam-non", "2024-05-17", "", "TT19/2018", choice_status::by_level_and_date},
    {"mam-non", "2025-03-01", "", "TT19/2018+TT22/2024", choice_status::by_level_and_date},
    // TT57/2026 has no known effective date in the embedded data: never chosen by date.
    {"thcs", "2026-12-01", "", "TT18/2018+TT22/2024", choice_status::by_level_and_date},
    // Before TT18/2018 took effect, nothing applies.
    {"thcs", "2018-10-09", "", nullptr, choice_status::none_in_force},
    {"thcs", nullptr, "", "TT18/2018+TT22/2024", choice_status::latest_for_level},
    {"dai-hoc", "2024-05-17", "", nullptr, choice_status::unknown_school_level},
    {"", "2024-05-17", "", nullptr, choice_status::unknown_school_level},
    // The plan's explicit framework.
    {"thcs", "2024-05-17", "TT18/2018", "TT18/2018", choice_status::explicit_framework},
    {"thcs", "2025-03-01", "TT18/2018", "TT18/2018+TT22/2024", choice_status::explicit_framework},
    {"thcs", "2025-03-01", "18/2018/TT-BGDĐT", "TT18/2018+TT22/2024",
     choice_status::explicit_framework},
    {"thcs", "2025-03-01", "tt 18/2018", "TT18/2018+TT22/2024", choice_status::explicit_framework},
    {"thcs", "2024-05-17", "TT18/2018+TT22/2024", "TT18/2018+TT22/2024",
     choice_status::explicit_not_in_force},
    {"thcs", "2026-12-01", "TT57/2026", "TT57/2026", choice_status::explicit_not_in_force},
    {"mam-non", "2026-12-01", "TT57/2026", "TT57/2026/mam-non",
     choice_status::explicit_not_in_force},
    {"tieu-hoc", "2024-05-17", "TT18/2018", "TT18/2018", choice_status::explicit_framework},
    {"dai-hoc", "2024-05-17", "TT18/2018", "TT18/2018", choice_status::explicit_framework},
    {"thcs", "2024-05-17", "TT99/2030", "TT18/2018", choice_status::unknown_explicit_framework},
    {"dai-hoc", "2024-05-17", "TT99/2030", nullptr, choice_status::unknown_explicit_framework},
};

TEST(catalog_select, table) {
  for (const auto& c : cases) {
    std::optional<civil_date> date = c.date ? day(c.date) : std::nullopt;
    framework_choice got = select_framework(data(), c.level, date, c.explicit_framework);
    std::string label = std::string(c.level) + " " + (c.date ? c.date : "-") + " " +
                        c.explicit_framework;
    EXPECT_EQ(got.status, c.status) << label << ": " << got.reason;
    if (c.expected) {
      ASSERT_NE(got.chosen, nullptr) << label << ": " << got.reason;
      EXPECT_EQ(got.chosen->id, c.expected) << label;
    } else {
      EXPECT_EQ(got.chosen, nullptr) << label << ": " << got.chosen->id;
    }
    EXPECT_FALSE(got.reason.empty()) << label;
  }
}

TEST(catalog_select, reasons_name_the_choice) {
  EXPECT_EQ(select_framework(data(), "thcs", day("2024-05-17"), "").reason,
            "TT18/2018 applies to thcs on 2024-05-17");
  EXPECT_EQ(select_framework(data(), "thcs", day("2018-01-01"), "").reason,
            "no framework for thcs is in force on 2018-01-01");
  EXPECT_EQ(select_framework(data(), "dai-hoc", day("2024-05-17"), "").reason,
            "unknown school level \"dai-hoc\"");
}

TEST(catalog_select, an_override_giving_tt57_a_date_makes_it_chosen_from_that_date) {
  const std::string override_text = R"({
    "frameworks": [{
      "id": "TT57/2026", "family": "TT57/2026", "document": "57/2026/TT-BGDĐT",
      "title": "t", "school_levels": ["tieu-hoc", "thcs", "thpt", "nhieu-cap"],
      "effective_from": "2026-09-01", "effective_until": null, "provisional": true,
      "highest_criterion_level": 2, "top_level": 2, "source": "test override",
      "confidence": "thấp",
      "standards": [{"number": 1, "name": "S", "source": "s", "confidence": "thấp"}],
      "criteria": [{"id": "1.1", "name": "C", "highest_level": 2, "source": "s",
                    "confidence": "thấp"}]
    }]})";
  catalog_load_result loaded =
      load_catalog(embedded_catalog_files(), {{"tt57-date.json", override_text}});
  for (const auto& e : loaded.errors) ADD_FAILURE() << render_headline(e);
  const catalog& c = loaded.value;
  EXPECT_EQ(select_framework(c, "thcs", day("2026-08-31"), "").chosen->id, "TT18/2018+TT22/2024");
  EXPECT_EQ(select_framework(c, "thcs", day("2026-09-01"), "").chosen->id, "TT57/2026");
  EXPECT_EQ(select_framework(c, "tieu-hoc", day("2026-10-01"), "").chosen->id, "TT57/2026");
  // The override replaced only the phổ thông version; mầm non keeps TT19 as amended.
  EXPECT_EQ(select_framework(c, "mam-non", day("2026-10-01"), "").chosen->id,
            "TT19/2018+TT22/2024");
  EXPECT_EQ(c.find_framework("TT57/2026")->criteria.size(), 1u);
  EXPECT_EQ(c.frameworks.size(), data().frameworks.size());
}

TEST(catalog_select, frameworks_for_a_cited_document) {
  auto ids = [](const std::vector<const framework*>& versions) {
    std::vector<std::string> out;
    for (const framework* f : versions) out.push_back(f->id);
    return out;
  };
  EXPECT_EQ(ids(frameworks_for_document(data(), "18/2018/TT-BGDĐT")),
            (std::vector<std::string>{"TT18/2018", "TT18/2018+TT22/2024"}));
  EXPECT_EQ(ids(frameworks_for_document(data(), "18/2018/TT-BGD ĐT")),
            (std::vector<std::string>{"TT18/2018", "TT18/2018+TT22/2024"}));
  EXPECT_EQ(ids(frameworks_for_document(data(), "22/2024/TT-BGDĐT")),
            (std::vector<std::string>{"TT17/2018+TT22/2024", "TT18/2018+TT22/2024",
                                      "TT19/2018+TT22/2024"}));
  EXPECT_EQ(ids(frameworks_for_document(data(), "57/2026/TT-BGDĐT")),
            (std::vector<std::string>{"TT57/2026", "TT57/2026/mam-non"}));
  EXPECT_TRUE(frameworks_for_document(data(), "5932/BGDĐT-QLCL").empty());
  EXPECT_TRUE(frameworks_for_document(data(), "99/2099/TT-BGDĐT").empty());

  const framework& amended = *data().find_framework("TT18/2018+TT22/2024");
  const framework& original = *data().find_framework("TT18/2018");
  EXPECT_TRUE(cites_framework(data(), amended, "18/2018/TT-BGDĐT"));
  EXPECT_TRUE(cites_framework(data(), amended, "22/2024/TT-BGDĐT"));
  EXPECT_TRUE(cites_framework(data(), original, "18/2018/TT-BGDĐT"));
  EXPECT_FALSE(cites_framework(data(), original, "22/2024/TT-BGDĐT"));
  EXPECT_FALSE(cites_framework(data(), original, "17/2018/TT-BGDĐT"));
}

}  // namespace
}  // namespace planlint::catalog
