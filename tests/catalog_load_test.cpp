// Loader errors: every broken entry is reported with its file and entry, JSON syntax errors
// with line and column; overrides replace entries by id.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/catalog/load.hpp"

namespace planlint::catalog {
namespace {

// A small valid catalog file; tests break one part of it at a time.
const std::string document = R"({"number_symbol": "1/2020/TT-X", "type": "Thông tư",
  "issuer": "Bộ X", "issued": "2020-01-02", "effective": null, "subject": "s",
  "provisional": false, "source": "test", "confidence": "cao"})";

std::string framework_json(const std::string& id, const std::string& criteria,
                           const std::string& from = "\"2020-02-01\"") {
  return R"({"id": ")" + id + R"(", "document": "1/2020/TT-X", "title": "t",
    "school_levels": ["thcs"], "effective_from": )" + from + R"(, "effective_until": null,
    "provisional": false, "highest_criterion_level": 3, "top_level": 4, "source": "test",
    "confidence": "cao",
    "standards": [{"number": 1, "name": "S1", "source": "test", "confidence": "cao"}],
    "criteria": [)" + criteria + "]}";
}

std::string criterion_json(const std::string& id, int level = 3) {
  return R"({"id": ")" + id + R"(", "name": "C", "highest_level": )" + std::to_string(level) +
         R"(, "source": "test", "confidence": "cao"})";
}

std::string file_json(const std::string& frameworks, const std::string& documents = document) {
  return R"({"frameworks": [)" + frameworks + R"(], "legal_documents": [)" + documents + "]}";
}

std::vector<std::string> headlines(const catalog_load_result& r) {
  std::vector<std::string> out;
  for (const auto& d : r.errors) out.push_back(render_headline(d));
  return out;
}

TEST(catalog_load, a_valid_small_file_loads) {
  auto r = load_catalog({{"ok.json", file_json(framework_json("T/1", criterion_json("1.1")))}});
  EXPECT_EQ(headlines(r), std::vector<std::string>{});
  ASSERT_EQ(r.value.frameworks.size(), 1u);
  EXPECT_EQ(r.value.frameworks[0].criteria[0].id, "1.1");
  EXPECT_EQ(r.value.frameworks[0].family, "T/1");  // defaults to the id
}

// Notepad saves UTF-8 with a byte-order mark; plans accept one, and so do catalog files.
TEST(catalog_load, a_file_with_a_byte_order_mark_loads) {
  auto r = load_catalog({{"bom.json", "\xEF\xBB\xBF" + file_json(framework_json("T/1", criterion_json("1.1")))}});
  EXPECT_EQ(headlines(r), std::vector<std::string>{});
  ASSERT_EQ(r.value.frameworks.size(), 1u);
}

TEST(catalog_load, malformed_json_has_file_line_and_column) {
  const std::string text = "{\n  \"frameworks\": [\n    {\"id\": \"T\",, }\n  ]\n}\n";
  auto r = load_catalog({{"broken.json", text}});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(render_headline(r.errors[0]),
            "broken.json:3:16: error: malformed JSON: syntax error while parsing object key - "
            "unexpected ','; expected string literal");
  EXPECT_EQ(render(r.errors[0], nullptr).substr(0, 16), "broken.json:3:16");
}

TEST(catalog_load, malformed_override_file_read_from_disk) {
  const std::string dir = std::string(PLANLINT_SOURCE_DIR) + "/tests/data/catalog/";
  auto r = load_catalog_with_overrides({dir + "malformed.json", dir + "missing.json"});
  EXPECT_EQ(headlines(r),
            (std::vector<std::string>{
                dir + "malformed.json:3:24: error: malformed JSON: syntax error while parsing "
                      "object key - unexpected ','; expected string literal",
                dir + "missing.json: error: cannot read the file"}));
}

TEST(catalog_load, override_file_from_disk_dates_tt57) {
  const std::string dir = std::string(PLANLINT_SOURCE_DIR) + "/tests/data/catalog/";
  auto r = load_catalog_with_overrides({dir + "tt57-effective.json"});
  EXPECT_EQ(headlines(r), std::vector<std::string>{});
  const legal_document* tt57 = r.value.registry.find("57/2026/TT-BGDĐT");
  ASSERT_NE(tt57, nullptr);
  EXPECT_EQ(tt57->effective, (civil_date{2026, 9, 1}));
  EXPECT_FALSE(tt57->provisional);
  EXPECT_EQ(r.value.registry.find("18/2018/TT-BGDĐT")->replaced_by,
            (std::vector<document_relation>{{"57/2026/TT-BGDĐT", false}}));
}

struct error_case {
  const char* label;
  std::string text;
  std::vector<std::string> expected;
};

TEST(catalog_load, entry_errors_name_file_and_entry) {
  const std::string no_name = R"({"id": "1.2", "highest_level": 2, "source": "s", "confidence": "cao"})";
  const std::string no_source = R"({"id": "1.2", "name": "C", "highest_level": 2, "confidence": "cao"})";
  const error_case cases[] = {
      {"missing field", file_json(framework_json("T/1", criterion_json("1.1") + "," + no_name)),
       {"f.json: error: framework \"T/1\", criterion \"1.2\": missing field \"name\""}},
      {"missing source", file_json(framework_json("T/1", no_source)),
       {"f.json: error: framework \"T/1\", criterion \"1.2\": missing field \"source\""}},
      {"duplicate criterion",
       file_json(framework_json("T/1", criterion_json("1.1") + "," + criterion_json("1.1"))),
       {"f.json: error: framework \"T/1\": duplicate criterion id \"1.1\""}},
      {"criterion id past three digits (no plan's criterion reads so)",
       file_json(framework_json("T/1", criterion_json("12345678901.1"))),
       {"f.json: error: framework \"T/1\", criterion \"12345678901.1\": the id must read "
        "<standard>.<number>, like 1.10"}},
      {"criterion id with a leading zero (a plan's \"1.1\" would find it by its numbers)",
       file_json(framework_json("T/1", criterion_json("1.01"))),
       {"f.json: error: framework \"T/1\", criterion \"1.01\": the id must read "
        "<standard>.<number>, like 1.10"}},
      {"bad date (no such day)",
       file_json(framework_json("T/1", criterion_json("1.1"), "\"2025-02-30\"")),
       {"f.json: error: framework \"T/1\": field \"effective_from\" must be a date YYYY-MM-DD or "
        "null, not \"2025-02-30\""}},
      {"bad date (Vietnamese order)",
       file_json(framework_json("T/1", criterion_json("1.1"), "\"25/01/2025\"")),
       {"f.json: error: framework \"T/1\": field \"effective_from\" must be a date YYYY-MM-DD or "
        "null, not \"25/01/2025\""}},
      {"level above the framework's", file_json(framework_json("T/1", criterion_json("1.1", 4))),
       {"f.json: error: framework \"T/1\", criterion \"1.1\": field \"highest_level\" must be an "
        "integer from 1 to 3"}},
      {"criterion of no standard", file_json(framework_json("T/1", criterion_json("2.1"))),
       {"f.json: error: framework \"T/1\": criterion \"2.1\" belongs to no listed standard"}},
      {"malformed criterion id", file_json(framework_json("T/1", criterion_json("1-1"))),
       {"f.json: error: framework \"T/1\", criterion \"1-1\": the id must read "
        "<standard>.<number>, like 1.10"}},
      {"duplicate framework", file_json(framework_json("T/1", criterion_json("1.1")) + "," +
                                        framework_json("T/1", criterion_json("1.1"))),
       {"f.json: error: duplicate framework id \"T/1\" (also in f.json)"}},
      {"unknown field (a misspelt date)",
       R"({"legal_documents": [{"number_symbol": "1/2020/TT-X", "type": "Thông tư",
          "issuer": "Bộ X", "issued": null, "efective": "2020-01-01", "subject": "",
          "provisional": false, "source": "s", "confidence": "cao"}]})",
       {"f.json: error: document \"1/2020/TT-X\": missing field \"effective\"",
        "f.json: error: document \"1/2020/TT-X\": unknown field \"efective\""}},
      {"unknown confidence and type",
       R"({"legal_documents": [{"number_symbol": "1/2020/TT-X", "type": "Sắc lệnh",
          "issuer": "Bộ X", "issued": null, "effective": null, "subject": "",
          "provisional": false, "source": "s", "confidence": "high"}]})",
       {"f.json: error: document \"1/2020/TT-X\": field \"confidence\" has the unknown value "
        "\"high\"",
        "f.json: error: document \"1/2020/TT-X\": field \"type\" has the unknown value "
        "\"Sắc lệnh\""}},
      {"unknown replaced document",
       R"({"legal_documents": [{"number_symbol": "1/2020/TT-X", "type": "Thông tư",
          "issuer": "Bộ X", "issued": null, "effective": null, "subject": "",
          "replaces": ["9/2019/TT-X"], "provisional": false, "source": "s",
          "confidence": "cao"}]})",
       {"f.json: error: document \"1/2020/TT-X\": replaces \"9/2019/TT-X\" is not in the "
        "registry"}},
      {"two spellings of one number", file_json("", document + "," + R"({"number_symbol":
          "01/2020/TT - X", "type": "Thông tư", "issuer": "Bộ X", "issued": null,
          "effective": null, "subject": "", "provisional": false, "source": "s",
          "confidence": "cao"})"),
       {"f.json: error: duplicate document \"01/2020/TT - X\" (also in f.json)"}},
      {"framework document missing from the registry",
       file_json(framework_json("T/1", criterion_json("1.1")), ""),
       {"f.json: error: framework \"T/1\": document \"1/2020/TT-X\" is not in the registry (as "
        "officially written)"}},
      {"criteria_from naming nothing",
       file_json(R"({"id": "T/2", "document": "1/2020/TT-X", "title": "t",
          "school_levels": ["thcs"], "effective_from": null, "effective_until": null,
          "provisional": true, "highest_criterion_level": 3, "top_level": 4, "source": "s",
          "confidence": "cao", "criteria_from": "T/9"})"),
       {"f.json: error: framework \"T/2\": criteria_from \"T/9\" names no framework"}},
      {"unknown school level and dates in the wrong order",
       file_json(R"({"id": "T/2", "document": "1/2020/TT-X", "title": "t",
          "school_levels": ["dai-hoc"], "effective_from": "2020-01-01",
          "effective_until": "2019-01-01", "provisional": true, "highest_criterion_level": 3,
          "top_level": 4, "source": "s", "confidence": "cao", "criteria_from": "T/9"})"),
       {"f.json: error: framework \"T/2\": effective_until 2019-01-01 is before effective_from "
        "2020-01-01",
        "f.json: error: framework \"T/2\": unknown school level \"dai-hoc\""}},
      {"neither key", R"({"format": "planlint.frameworks/1"})",
       {"f.json: error: the file: holds neither \"frameworks\" nor \"legal_documents\""}},
      {"not an object", R"([1, 2])", {"f.json: error: the file: is not a JSON object"}},
      {"a field written twice (only one could be read)",
       R"({"legal_documents": [{"number_symbol": "1/2020/TT-X", "type": "Thông tư",
          "issuer": "Bộ X", "issued": null, "effective": null, "subject": "",
          "provisional": false, "source": "s", "confidence": "cao", "issued": "2020-01-01"}]})",
       {"f.json: error: document \"1/2020/TT-X\": field \"issued\" appears twice"}},
      {"a number out of a double's range",
       R"({"legal_documents": [{"number_symbol": 1e400}]})",
       {"f.json: error: malformed JSON: Problem while parsing a number"}},
      {"valid JSON nested too deep to read",
       R"({"frameworks": )" + std::string(2000, '[') + std::string(2000, ']') + "}",
       {"f.json: error: malformed JSON: The JSON document was too deep (too many nested "
        "objects and arrays)"}},
  };
  for (const auto& c : cases) {
    auto r = load_catalog({{"f.json", c.text}});
    EXPECT_EQ(headlines(r), c.expected) << c.label;
    EXPECT_FALSE(r.ok()) << c.label;
  }
}

TEST(catalog_load, defaults_may_not_repeat_but_overrides_replace) {
  const std::string a = file_json(framework_json("T/1", criterion_json("1.1")));
  const std::string b = file_json(framework_json("T/1", criterion_json("1.1") + "," +
                                                 criterion_json("1.2")));
  auto repeated = load_catalog({{"a.json", a}, {"b.json", b}});
  EXPECT_EQ(headlines(repeated),
            (std::vector<std::string>{
                "b.json: error: duplicate document \"1/2020/TT-X\" (also in a.json)",
                "b.json: error: duplicate framework id \"T/1\" (also in a.json)"}));
  auto replaced = load_catalog({{"a.json", a}}, {{"b.json", b}});
  EXPECT_EQ(headlines(replaced), std::vector<std::string>{});
  ASSERT_EQ(replaced.value.frameworks.size(), 1u);
  EXPECT_EQ(replaced.value.frameworks[0].criteria.size(), 2u);
}

TEST(catalog_load, a_misspelling_may_not_read_as_a_listed_document) {
  const std::string text = file_json("", document + "," + R"({"number_symbol": "2/2020/TT-X",
      "type": "Thông tư", "issuer": "Bộ X", "issued": null, "effective": null, "subject": "",
      "known_misspellings": ["1/2020/TT X"], "provisional": false, "source": "s",
      "confidence": "cao"})");
  EXPECT_EQ(headlines(load_catalog({{"f.json", text}})),
            std::vector<std::string>{"f.json: error: document \"2/2020/TT-X\": known misspelling "
                                     "\"1/2020/TT X\" reads as a listed document"});
}

TEST(catalog_load, iso_dates) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), (civil_date{2024, 2, 29}));
  EXPECT_EQ(parse_iso_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(parse_iso_date("1900-02-29"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2000-02-29"), (civil_date{2000, 2, 29}));
  EXPECT_EQ(parse_iso_date("2025-13-01"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-1-25"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-01-+5"), std::nullopt);
  EXPECT_EQ(parse_iso_date(""), std::nullopt);
  EXPECT_EQ((civil_date{2025, 1, 25}).to_iso(), "2025-01-25");
}

}  // namespace
}  // namespace planlint::catalog
