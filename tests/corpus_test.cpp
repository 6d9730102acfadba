// The benchmark corpus generator (bench/corpus.hpp): deterministic, valid plan format 1,
// realistic (every date form, diacritic-free plans), and honest about its defects: each
// planted defect is visible in the JSON, and a plan recorded clean shows none of them.
#include "bench/corpus.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "engine/catalog/load.hpp"
#include "engine/text/normalize.hpp"
#include "tests/support/golden.hpp"

namespace {

using planlint::bench::corpus_options;
using planlint::bench::defect;
using nlohmann::json;

corpus_options small_plans(std::uint64_t seed = 1, double share = 0.3) {
  corpus_options options;
  options.seed = seed;
  options.min_rows = 10;
  options.max_rows = 20;
  options.defect_share = share;
  return options;
}

// ---------------------------------------------------------------------------------------
// Plan format 1, as plan-format.md states it (no schema file exists in the tree yet).

bool is_text(const json& v) {
  if (v.is_string()) return true;
  if (!v.is_array()) return false;
  for (const auto& item : v)
    if (!item.is_string()) return false;
  return true;
}

void check_strings(const json& object, std::initializer_list<const char*> keys, const std::string& where,
                   std::vector<std::string>& errors) {
  for (const char* key : keys)
    if (object.contains(key) && !object[key].is_string()) errors.push_back(where + "/" + key + " is not a string");
}

void check_texts(const json& object, std::initializer_list<const char*> keys, const std::string& where,
                 std::vector<std::string>& errors) {
  for (const char* key : keys)
    if (object.contains(key) && !is_text(object[key])) errors.push_back(where + "/" + key + " is not text");
}

bool is_level(const json& v) {
  return (v.is_number_integer() && v.get<int>() >= 0 && v.get<int>() <= 4) || v.is_string();
}

void check_row(const json& row, const std::string& where, std::vector<std::string>& errors) {
  if (!row.is_object()) return errors.push_back(where + " is not an object");
  check_strings(row, {"no", "standard", "criterion", "criterion_title"}, where, errors);
  check_texts(row, {"target", "actions", "owners", "budget", "support", "notes"}, where, errors);
  if (row.contains("target_level") && !row["target_level"].is_number_integer())
    errors.push_back(where + "/target_level is not an integer");
  if (!row.contains("timeline")) return;
  const json& t = row["timeline"];
  if (t.is_object()) {
    if (!t.contains("start") && !t.contains("end")) errors.push_back(where + "/timeline has no end");
    check_strings(t, {"start", "end"}, where + "/timeline", errors);
  } else if (!t.is_string()) {
    errors.push_back(where + "/timeline is neither text nor {start, end}");
  }
}

std::vector<std::string> format_errors(const json& plan) {
  std::vector<std::string> errors;
  if (!plan.is_object() || !plan.contains("rows") || !plan["rows"].is_array())
    return {"not an object with rows as an array"};
  if (plan.contains("format") && plan["format"] != "planlint.plan/1") errors.push_back("/format");
  if (plan.contains("school")) {
    const json& s = plan["school"];
    check_strings(s, {"name", "authority", "province", "level"}, "/school", errors);
    static const std::set<std::string> levels{"mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap"};
    if (!levels.count(s.value("level", ""))) errors.push_back("/school/level");
  }
  if (plan.contains("document")) {
    const json& d = plan["document"];
    check_strings(d, {"number", "place", "date", "title", "school_year"}, "/document", errors);
    if (d.contains("signer")) check_strings(d["signer"], {"title", "name"}, "/document/signer", errors);
    check_texts(d, {"recipients"}, "/document", errors);
  }
  check_strings(plan, {"framework"}, "", errors);
  for (const auto& section : plan.value("sections", json::array())) {
    check_strings(section, {"number", "title"}, "/sections", errors);
    check_texts(section, {"text"}, "/sections", errors);
  }
  check_texts(plan, {"legal_basis"}, "", errors);
  if (plan.contains("self_assessment")) {
    const json& a = plan["self_assessment"];
    if (a.contains("target_level") && !a["target_level"].is_number_integer()) errors.push_back("/self_assessment/target_level");
    for (const auto& result : a.value("results", json::array())) {
      if (!result.contains("criterion") || !result["criterion"].is_string()) errors.push_back("/self_assessment criterion");
      if (!result.contains("level") || !is_level(result["level"])) errors.push_back("/self_assessment level");
      check_texts(result, {"weaknesses"}, "/self_assessment/results", errors);
    }
  }
  for (std::size_t i = 0; i < plan["rows"].size(); ++i) check_row(plan["rows"][i], "/rows/" + std::to_string(i), errors);
  return errors;
}

// ---------------------------------------------------------------------------------------
// Reading a generated plan back, to see which defects it shows.

std::string folded(const json& v) { return v.is_string() ? planlint::text::fold(v.get<std::string>()) : std::string(); }

const planlint::catalog::framework& framework_of(const json& plan) {
  const std::string level = plan["school"]["level"];
  const char* id = level == "tieu-hoc" ? "TT17/2018" : level == "mam-non" ? "TT19/2018" : "TT18/2018";
  return *planlint::catalog::embedded_catalog().value.find_framework(id);
}

// Every "YYYY - YYYY" range in a text, as (first, second).
std::vector<std::pair<int, int>> year_ranges(const std::string& text) {
  static const std::regex range(R"((\d{4}) ?- ?(\d{4}))");
  std::vector<std::pair<int, int>> out;
  for (std::sregex_iterator it(text.begin(), text.end(), range), end; it != end; ++it)
    out.emplace_back(std::stoi((*it)[1]), std::stoi((*it)[2]));
  return out;
}

int roman(const std::string& n) {
  static const std::map<std::string, int> values{{"I", 1}, {"II", 2}, {"III", 3}, {"IV", 4}, {"V", 5}, {"VI", 6}};
  auto it = values.find(n);
  return it == values.end() ? 0 : it->second;
}

const planlint::catalog::criterion* criterion_of(const planlint::catalog::framework& f, const json& row) {
  static const std::regex id(R"((\d+)\. ?(\d+))");
  std::smatch m;
  const std::string text = folded(row.value("criterion", json("")));
  if (!std::regex_search(text, m, id)) return nullptr;
  return f.find(m[1].str() + "." + m[2].str());
}

std::set<defect> visible_defects(const json& plan) {
  std::set<defect> seen;
  const auto& f = framework_of(plan);
  const int year = std::stoi(folded(plan["document"]["school_year"]).substr(0, 4));
  const json& document = plan["document"];
  if (folded(document["number"]).find("/kh ") != std::string::npos) seen.insert(defect::malformed_number);
  if (!document.contains("recipients")) seen.insert(defect::missing_recipients);
  const auto& sections = plan["sections"];
  for (std::size_t i = 1; i < sections.size(); ++i)
    if (roman(sections[i]["number"]) != roman(sections[i - 1]["number"]) + 1) seen.insert(defect::section_jump);
  for (const auto& section : sections)
    for (const auto& paragraph : section.value("text", json::array()))
      for (auto [first, second] : year_ranges(folded(paragraph)))
        if (first != year) seen.insert(defect::other_school_year);
  if (!plan.contains("legal_basis")) seen.insert(defect::missing_legal_basis);
  for (const auto& item : plan.value("legal_basis", json::array()))
    if (folded(item).find("tt-bgd dt") != std::string::npos) seen.insert(defect::citation_typo);
  static const std::regex heading(R"(^tieu chuan (\d+)[:.] (.*)$)");
  for (const auto& row : plan["rows"]) {
    const std::string timeline = folded(row["timeline"]);
    for (auto [first, second] : year_ranges(timeline))
      if (second - first == 2) seen.insert(defect::two_year_deadline);
    if (timeline.find("va nhung nam tiep theo") != std::string::npos || timeline == "thuong xuyen" ||
        timeline == "hang nam")
      seen.insert(defect::open_ended_deadline);
    if (row["timeline"] == "") seen.insert(defect::missing_deadline);
    if (timeline.rfind("tu thang 6/", 0) == 0 || timeline.rfind("quy iii/", 0) == 0) seen.insert(defect::early_start);
    if (row["owners"] == "") seen.insert(defect::missing_owner);
    if (row["owners"] == "\u2026" || row["owners"] == "...") seen.insert(defect::placeholder_owner);
    for (const auto& action : row["actions"])
      if (folded(action).find("giai doan") != std::string::npos) seen.insert(defect::stale_period);
    const auto* k = criterion_of(f, row);
    if (!k) seen.insert(defect::unknown_criterion);
    if (k && row.value("target_level", 0) == 3 && k->highest_level == 2) seen.insert(defect::level_above_criterion);
    std::smatch m;
    const std::string standard = folded(row["standard"]);
    if (std::regex_match(standard, m, heading)) {
      const auto* s = f.find_standard(std::stoi(m[1]));
      if (!s || planlint::text::fold(s->name) != m[2].str()) seen.insert(defect::wrong_standard_name);
    }
  }
  return seen;
}

// ---------------------------------------------------------------------------------------

TEST(corpus, same_seed_and_index_give_the_same_bytes) {
  const corpus_options options;
  EXPECT_EQ(planlint::bench::generate_plan(options, 7), planlint::bench::generate_plan(options, 7));
  EXPECT_NE(planlint::bench::generate_plan(options, 7), planlint::bench::generate_plan(options, 8));
  EXPECT_NE(planlint::bench::generate_plan(options, 7), planlint::bench::generate_plan(small_plans(2), 7));
  EXPECT_EQ(planlint::bench::generate_seed_sized_plan(3, 1), planlint::bench::generate_seed_sized_plan(3, 1));
  EXPECT_NE(planlint::bench::generate_seed_sized_plan(3, 1), planlint::bench::generate_seed_sized_plan(3, 2));
  EXPECT_EQ(planlint::bench::generate_large_plan(3, 1), planlint::bench::generate_large_plan(3, 1));
}

// The bytes are pinned, so a change of platform, compiler or library that changes the output
// is seen (the generator must not depend on any of them).
TEST(corpus, output_is_pinned_by_a_golden_file) {
  corpus_options options = small_plans(1, 1.0);
  options.min_rows = options.max_rows = 10;
  planlint::testing::expect_golden(planlint::bench::generate_plan(options, 1), "tests/data/corpus/seed-1-plan-1.json");
}

TEST(corpus, every_plan_is_plan_format_1_with_rows_in_range) {
  const corpus_options options;  // 10 … 200 rows
  for (std::size_t i = 1; i <= 200; ++i) {
    const auto plan = planlint::bench::generate(options, i);
    const json parsed = json::parse(plan.json, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << "plan " << i;
    EXPECT_EQ(format_errors(parsed), std::vector<std::string>{}) << "plan " << i;
    EXPECT_EQ(parsed["rows"].size(), plan.rows) << "plan " << i;
    EXPECT_GE(plan.rows, options.min_rows);
    EXPECT_LE(plan.rows, options.max_rows);
  }
}

TEST(corpus, row_counts_follow_the_options) {
  corpus_options options = small_plans();
  options.min_rows = options.max_rows = 3;
  for (std::size_t i = 1; i <= 20; ++i) EXPECT_EQ(planlint::bench::generate(options, i).rows, 3u);
  options.min_rows = 40;
  options.max_rows = 45;
  std::set<std::size_t> seen;
  for (std::size_t i = 1; i <= 60; ++i) seen.insert(json::parse(planlint::bench::generate_plan(options, i))["rows"].size());
  EXPECT_EQ(seen, (std::set<std::size_t>{40, 41, 42, 43, 44, 45}));
}

TEST(corpus, seed_sized_plans_are_10_to_25_kb_thcs_plans_of_12_rows) {
  for (std::size_t i = 1; i <= 50; ++i) {
    const std::string text = planlint::bench::generate_seed_sized_plan(1, i);
    EXPECT_GE(text.size(), 10'000u) << "plan " << i;
    EXPECT_LE(text.size(), 25'000u) << "plan " << i;
    const json plan = json::parse(text);
    EXPECT_EQ(plan["rows"].size(), 12u);
    EXPECT_EQ(plan["school"]["level"], "thcs");
  }
}

TEST(corpus, large_plans_have_200_rows) {
  for (std::size_t i = 1; i <= 3; ++i)
    EXPECT_EQ(json::parse(planlint::bench::generate_large_plan(1, i))["rows"].size(), 200u);
}

TEST(corpus, defect_share_over_1000_plans_is_within_5_points) {
  for (double share : {0.3, 0.6}) {
    const corpus_options options = small_plans(1, share);
    std::size_t with_defects = 0;
    for (std::size_t i = 1; i <= 1000; ++i) with_defects += planlint::bench::generate(options, i).defects.empty() ? 0 : 1;
    EXPECT_NEAR(static_cast<double>(with_defects) / 1000.0, share, 0.05);
  }
  for (std::size_t i = 1; i <= 50; ++i) {
    EXPECT_TRUE(planlint::bench::generate(small_plans(1, 0.0), i).defects.empty());
    const auto defects = planlint::bench::generate(small_plans(1, 1.0), i).defects;
    EXPECT_GE(defects.size(), 1u);
    EXPECT_LE(defects.size(), 4u);
  }
}

// What the generator records is what the JSON shows: no planted defect is hidden by another,
// and a clean plan carries none of the defect patterns.
TEST(corpus, recorded_defects_are_exactly_the_visible_ones) {
  const corpus_options options = small_plans(5, 0.5);
  std::set<defect> kinds;
  for (std::size_t i = 1; i <= 500; ++i) {
    const auto plan = planlint::bench::generate(options, i);
    const std::set<defect> recorded(plan.defects.begin(), plan.defects.end());
    std::vector<std::string> names;
    for (defect d : recorded) names.emplace_back(planlint::bench::defect_name(d));
    ASSERT_EQ(visible_defects(json::parse(plan.json)), recorded) << "plan " << i << ": " << ::testing::PrintToString(names);
    kinds.insert(recorded.begin(), recorded.end());
  }
  EXPECT_EQ(kinds.size(), planlint::bench::defect_kind_count);
}

TEST(corpus, every_date_form_appears_in_200_plans) {
  const corpus_options options;
  const std::vector<std::pair<std::string, std::regex>> forms{
      {"Tháng 9/2024. Thời gian hoàn thành: Trong năm học …",
       std::regex(R"(^thang \d+/\d{4}\. thoi gian hoan thanh: trong nam hoc \d{4} ?- ?\d{4}\.$)")},
      {"Thời gian thực hiện: Tháng 09/2024. Thời gian hoàn thành: Năm học 2024 - 2026.",
       std::regex(R"(^thoi gian thuc hien: thang 09/(\d{4})\. thoi gian hoan thanh: nam hoc \1 ?- ?\d{4}\.$)")},
      {"Thời gian bắt đầu: … năm học: 2024 - 2025 và những năm tiếp theo.",
       std::regex(R"(^thoi gian bat dau: thang \d+/\d{4}\. thoi gian hoan thanh: nam hoc: \d{4} ?- ?\d{4} va nhung nam tiep theo\.$)")},
      {"Từ tháng 6/2024 đến tháng 5/2025", std::regex(R"(^tu thang 6/\d{4} den thang 5/\d{4}$)")},
      {"Từ tháng … đến tháng …", std::regex(R"(^tu thang ([7-9]|1[0-2])/\d{4} den thang \d+/\d{4}$)")},
      {"Quý III/2024", std::regex(R"(^quy iii/\d{4}$)")},
      {"Quý IV/2024, Quý I/2025", std::regex(R"(^quy (i|iv)/\d{4}$)")},
      {"HK II năm học 2024-2025", std::regex(R"(^hk (i|ii) nam hoc \d{4}-\d{4}$)")},
      {"Cuối năm học", std::regex(R"(^cuoi nam hoc$)")},
      {"Thường xuyên", std::regex(R"(^thuong xuyen$)")},
      {"Hằng năm", std::regex(R"(^hang nam$)")},
      {"ngày 17 tháng 5 năm 2024", std::regex(R"(^ngay \d+ thang \d+ nam \d{4}$)")},
      {"17/5/2024", std::regex(R"(^\d{1,2}/\d{1,2}/\d{4}$)")},
      {"T9/2024", std::regex(R"(^t\d{1,2}/\d{4}$)")},
      {"Tháng 9 – 12/2024", std::regex(R"(^thang \d+ - \d+/\d{4}$)")},
      {"tháng 10, 11/2024", std::regex(R"(^thang \d+, \d+/\d{4}$)")},
  };
  std::vector<std::size_t> counts(forms.size(), 0);
  std::size_t objects = 0, two_year = 0;
  for (std::size_t i = 1; i <= 200; ++i) {
    const json plan = json::parse(planlint::bench::generate_plan(options, i));
    for (const auto& row : plan["rows"]) {
      if (row["timeline"].is_object()) ++objects;
      const std::string timeline = folded(row["timeline"]);
      for (std::size_t f = 0; f < forms.size(); ++f) counts[f] += std::regex_match(timeline, forms[f].second) ? 1 : 0;
      for (auto [first, second] : year_ranges(timeline)) two_year += second - first == 2 ? 1 : 0;
    }
  }
  for (std::size_t f = 0; f < forms.size(); ++f) EXPECT_GT(counts[f], 0u) << forms[f].first;
  EXPECT_GT(objects, 0u) << "{start, end}";
  EXPECT_GT(two_year, 0u) << "Năm học 2024 - 2026";
}

bool ascii_except_punctuation(std::string text) {
  for (const char* allowed : {"\u00A0", "\u2013", "\u2026"})
    for (auto at = text.find(allowed); at != std::string::npos; at = text.find(allowed)) text.erase(at, std::string(allowed).size());
  for (unsigned char ch : text)
    if (ch >= 0x80) return false;
  return true;
}

TEST(corpus, some_plans_are_written_without_diacritics_or_decomposed) {
  const corpus_options options = small_plans();
  std::size_t plain = 0, decomposed = 0, tieu_chi = 0, thang = 0, nbsp = 0, en_dash = 0;
  for (std::size_t i = 1; i <= 200; ++i) {
    const auto plan = planlint::bench::generate(options, i);
    if (plan.style == planlint::bench::writing::no_diacritics) {
      EXPECT_TRUE(ascii_except_punctuation(plan.json)) << "plan " << i;
      ++plain;
      tieu_chi += plan.json.find("\"Tieu chi ") != std::string::npos;
      thang += plan.json.find("Thang ") != std::string::npos;
    }
    if (plan.style == planlint::bench::writing::decomposed) {
      EXPECT_NE(planlint::text::compose(plan.json), plan.json) << "plan " << i;
      ++decomposed;
    }
    if (plan.style == planlint::bench::writing::composed) EXPECT_EQ(planlint::text::compose(plan.json), plan.json);
    nbsp += plan.json.find("\u00A0") != std::string::npos;
    en_dash += plan.json.find("\u2013") != std::string::npos;
  }
  EXPECT_GT(plain, 10u);
  EXPECT_GT(decomposed, 5u);
  EXPECT_GT(tieu_chi, 0u);
  EXPECT_GT(thang, 0u);
  EXPECT_GT(nbsp, 10u);
  EXPECT_GT(en_dash, 100u);
}

TEST(corpus, plans_use_the_frameworks_real_names_and_every_level) {
  std::set<std::string> levels;
  for (std::size_t i = 1; i <= 100; ++i) {
    const json plan = json::parse(planlint::bench::generate_plan(small_plans(1, 0.0), i));
    levels.insert(plan["school"]["level"].get<std::string>());
    const auto& f = framework_of(plan);
    for (const auto& row : plan["rows"]) {
      const auto* k = criterion_of(f, row);
      ASSERT_NE(k, nullptr) << "plan " << i;
      if (row.contains("criterion_title"))
        EXPECT_EQ(planlint::text::fold(row["criterion_title"].get<std::string>()), planlint::text::fold(k->name));
    }
  }
  EXPECT_EQ(levels, (std::set<std::string>{"mam-non", "thcs", "thpt", "tieu-hoc"}));
}

TEST(corpus, write_corpus_writes_numbered_files_and_a_manifest) {
  const auto directory = std::filesystem::temp_directory_path() / "planlint-corpus-test";
  std::filesystem::remove_all(directory);
  const corpus_options options = small_plans();
  const auto result = planlint::bench::write_corpus(directory, 3, options);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.written, 3u);
  for (std::size_t i = 1; i <= 3; ++i) {
    const auto path = directory / ("plan-00000" + std::to_string(i) + ".json");
    EXPECT_EQ(planlint::testing::read_file(path.string()), planlint::bench::generate_plan(options, i));
  }
  EXPECT_FALSE(std::filesystem::exists(directory / "plan-000004.json"));
  const std::string manifest = planlint::testing::read_file((directory / "MANIFEST.tsv").string());
  EXPECT_EQ(std::count(manifest.begin(), manifest.end(), '\n'), 4);
  EXPECT_EQ(manifest.rfind("file\trows\twriting\tdefects\nplan-000001.json\t", 0), 0u);
  std::filesystem::remove_all(directory);
}

TEST(corpus, write_corpus_reports_an_unwritable_directory) {
  const auto file = std::filesystem::temp_directory_path() / "planlint-corpus-test-file";
  std::ofstream(file) << "x";
  const auto result = planlint::bench::write_corpus(file / "sub", 1, small_plans());
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("planlint-corpus-test-file"), std::string::npos) << result.error;
  std::filesystem::remove(file);
}

}  // namespace
