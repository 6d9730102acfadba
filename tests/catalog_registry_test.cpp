// The legal registry: exact and tolerant lookups, known misspellings, and the chains of
// replacement and amendment the loader derives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/catalog/load.hpp"

namespace planlint::catalog {
namespace {

const legal_registry& registry() {
  EXPECT_TRUE(embedded_catalog().ok());
  return embedded_catalog().value.registry;
}

struct lookup_case {
  const char* written;
  const char* found;  // nullptr: nothing
  match_kind kind;
};

const lookup_case cases[] = {
    {"18/2018/TT-BGDĐT", "18/2018/TT-BGDĐT", match_kind::exact},
    {"  18/2018/TT-BGDĐT ", "18/2018/TT-BGDĐT", match_kind::exact},
    {"18/2018/TT-BGDÐT", "18/2018/TT-BGDĐT", match_kind::variant},  // Icelandic Eth for Đ
    {"18/2018/TT-BGD ĐT", "18/2018/TT-BGDĐT", match_kind::variant},
    {"18/2018/TT-BGDDT", "18/2018/TT-BGDĐT", match_kind::variant},
    {"18/2018/tt-bgdđt", "18/2018/TT-BGDĐT", match_kind::variant},
    {"18 / 2018 / TT - BGDĐT", "18/2018/TT-BGDĐT", match_kind::variant},
    {"18/2018/TT-BGD&ĐT", "18/2018/TT-BGDĐT", match_kind::variant},
    {"8/2025/TT-BGDĐT", "08/2025/TT-BGDĐT", match_kind::variant},
    {"9/2010/NĐ-CP", "09/2010/NĐ-CP", match_kind::variant},
    {"30/2020/ND-CP", "30/2020/NĐ-CP", match_kind::variant},
    {"5932/BGDĐT-QLCL", "5932/BGDĐT-QLCL", match_kind::exact},
    {"5932/BGDĐT-QCL", "5932/BGDĐT-QLCL", match_kind::misspelling},
    {"5932/BGD ĐT-QCL", "5932/BGDĐT-QLCL", match_kind::misspelling},
    {"2269/QĐ-BGDĐT", "2269/QĐ-BGDĐT", match_kind::exact},
    {"43/2019/QH14", "43/2019/QH14", match_kind::exact},
    {"18/2019/TT-BGDĐT", nullptr, match_kind::none},
    {"5942/BGDĐT-QCL", nullptr, match_kind::none},  // no such misspelling is on record
    {"", nullptr, match_kind::none},
};

TEST(catalog_registry, lookup_table) {
  for (const auto& c : cases) {
    document_match m = registry().lookup(c.written);
    EXPECT_EQ(m.kind, c.kind) << c.written;
    if (c.found) {
      ASSERT_TRUE(m) << c.written;
      EXPECT_EQ(m.document->number_symbol, c.found) << c.written;
      EXPECT_EQ(registry().find(c.written), m.document) << c.written;
    } else {
      EXPECT_FALSE(m) << c.written;
      EXPECT_EQ(registry().find(c.written), nullptr) << c.written;
    }
    bool exact = c.kind == match_kind::exact;
    EXPECT_EQ(registry().find_exact(c.written) != nullptr, exact) << c.written;
  }
}

TEST(catalog_registry, keys) {
  EXPECT_EQ(number_symbol_key("18/2018/TT-BGD ĐT"), "18/2018/ttbgddt");
  EXPECT_EQ(number_symbol_key("08/2025/TT-BGDĐT"), "8/2025/ttbgddt");
  EXPECT_EQ(number_symbol_key("0/2025"), "0/2025");
  EXPECT_EQ(number_symbol_key("5932/BGDĐT-QLCL"), "5932/bgddtqlcl");
}

TEST(catalog_registry, document_fields) {
  const legal_document* tt18 = registry().find("18/2018/TT-BGDĐT");
  ASSERT_NE(tt18, nullptr);
  EXPECT_EQ(tt18->type, "Thông tư");
  EXPECT_EQ(tt18->issuer, "Bộ Giáo dục và Đào tạo");
  EXPECT_EQ(tt18->issued, (civil_date{2018, 8, 22}));
  EXPECT_EQ(tt18->effective, (civil_date{2018, 10, 10}));
  EXPECT_FALSE(tt18->provisional);

  const legal_document* nd30 = registry().find("30/2020/NĐ-CP");
  EXPECT_EQ(nd30->type, "Nghị định");
  EXPECT_EQ(nd30->issuer, "Chính phủ");
  EXPECT_EQ(nd30->issued, (civil_date{2020, 3, 5}));
  EXPECT_EQ(nd30->effective, (civil_date{2020, 3, 5}));

  const legal_document* law = registry().find("43/2019/QH14");
  EXPECT_EQ(law->type, "Luật");
  EXPECT_EQ(law->issuer, "Quốc hội");
  EXPECT_EQ(law->effective, (civil_date{2020, 7, 1}));

  const legal_document* tt57 = registry().find("57/2026/TT-BGDĐT");
  EXPECT_TRUE(tt57->provisional);
  EXPECT_FALSE(tt57->effective.has_value());
  EXPECT_TRUE(registry().find("2269/QĐ-BGDĐT")->issued_provisional);
  EXPECT_EQ(registry().find("5932/BGDĐT-QLCL")->known_misspellings,
            std::vector<std::string>{"5932/BGDĐT-QCL"});

  std::vector<std::string> numbers;
  for (const auto& d : registry().documents()) numbers.push_back(d.number_symbol);
  for (const char* expected :
       {"17/2018/TT-BGDĐT", "19/2018/TT-BGDĐT", "22/2024/TT-BGDĐT", "5942/BGDĐT-QLCL",
        "2159/QĐ-BGDĐT", "2171/QĐ-BGDĐT", "2045/QĐ-BGDĐT", "32/2018/TT-BGDĐT",
        "22/2021/TT-BGDĐT", "15/2026/TT-BGDĐT", "08/2025/TT-BGDĐT"})
    EXPECT_NE(std::find(numbers.begin(), numbers.end(), expected), numbers.end()) << expected;
}

TEST(catalog_registry, replacement_and_amendment_chains) {
  const legal_document* tt18 = registry().find("18/2018/TT-BGDĐT");
  EXPECT_EQ(tt18->amended_by, (std::vector<document_relation>{{"22/2024/TT-BGDĐT", false}}));
  EXPECT_EQ(tt18->replaced_by, (std::vector<document_relation>{{"57/2026/TT-BGDĐT", true}}));
  const legal_document* tt22 = registry().find("22/2024/TT-BGDĐT");
  EXPECT_EQ(tt22->amends, (std::vector<std::string>{"17/2018/TT-BGDĐT", "18/2018/TT-BGDĐT",
                                                    "19/2018/TT-BGDĐT"}));
  EXPECT_EQ(tt22->replaced_by, (std::vector<document_relation>{{"57/2026/TT-BGDĐT", true}}));
  const legal_document* old_decree = registry().find("110/2004/NĐ-CP");
  EXPECT_EQ(old_decree->replaced_by, (std::vector<document_relation>{{"30/2020/NĐ-CP", false}}));
  // Follow a chain to its end: 110/2004 → 30/2020, which nothing replaces.
  const legal_document* last = old_decree;
  while (!last->replaced_by.empty()) last = registry().find(last->replaced_by.front().number_symbol);
  EXPECT_EQ(last->number_symbol, "30/2020/NĐ-CP");
  EXPECT_TRUE(registry().find("57/2026/TT-BGDĐT")->replaced_by.empty());
}

}  // namespace
}  // namespace planlint::catalog
