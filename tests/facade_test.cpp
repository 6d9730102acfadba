// The library façade as an embedder uses it: rule packs and the frameworks they apply to,
// plans from text and from parsed JSON, suppressions, option errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/planlint.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

const char* owner_rule = R"(rule no-owner {
  severity error
  category rows
  title vi "Không có người chủ trì" en "No owner"
  for row in plan.rows
  when blank(row.owners)
  report at row vi "Tiêu chí {row}: chưa có người chủ trì" en "Criterion {row}: no owner"
})";

const char* primary_plan = R"({"school": {"level": "tieu-hoc"}, "document": {"date": "ngày 05 tháng 9 năm 2024"},
  "rows": [{"criterion": "1.1", "owners": ""}]})";

fs::path write_pack(const std::string& name, const std::string& frameworks) {
  fs::path dir = fs::temp_directory_path() / ("planlint-facade-" + name);
  fs::create_directories(dir);
  std::ofstream(dir / "pack.json") << R"({"name": ")" << name << R"(", "version": "1", "frameworks": )" << frameworks << "}";
  std::ofstream(dir / "owner.rules") << owner_rule;
  return dir;
}

std::vector<std::string> rule_ids(const check_result& r) {
  std::vector<std::string> ids;
  for (const finding& f : r.findings) ids.push_back(f.rule_id);
  return ids;
}

check_result check_text(const rule_set& rules, const std::string& text, check_options options = {}) {
  plan_result plan = load_plan_text(text, "t.json");
  EXPECT_TRUE(plan.value) << (plan.errors.empty() ? "" : plan.errors.front().render());
  options.as_of = "2024-10-01";
  return check_plan(rules, *plan.value, options);
}

TEST(facade, a_pack_runs_only_on_the_frameworks_its_manifest_names) {
  rule_sources for_primary{false, {write_pack("tt17", R"(["TT17/2018"])").string()}, {}, {}};
  rule_sources for_secondary{false, {write_pack("tt18", R"(["TT18/2018"])").string()}, {}, {}};
  rule_sources for_any{false, {write_pack("any", "[]").string()}, {}, {}};
  auto primary = load_rules(for_primary), secondary = load_rules(for_secondary), any = load_rules(for_any);
  ASSERT_TRUE(primary.rules && secondary.rules && any.rules);
  EXPECT_EQ(rule_ids(check_text(*primary.rules, primary_plan)), std::vector<std::string>{"no-owner"});
  EXPECT_TRUE(check_text(*secondary.rules, primary_plan).findings.empty());
  EXPECT_EQ(rule_ids(check_text(*any.rules, primary_plan)), std::vector<std::string>{"no-owner"});
}

TEST(facade, a_suppression_in_the_plan_moves_the_finding_to_suppressed) {
  rules_result rules = load_rules({false, {}, {}, {{"owner.rules", owner_rule}}});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  std::string plan = R"({"rows": [{"criterion": "1.1", "owners": ""}],
    "planlint": {"ignore": [{"rule": "no-owner", "at": "/rows/0", "reason": "Chờ phân công sau họp hội đồng"}]}})";
  check_result r = check_text(*rules.rules, plan);
  EXPECT_TRUE(r.findings.empty());
  ASSERT_EQ(r.suppressed.size(), 1u);
  EXPECT_EQ(r.suppressed[0].what.rule_id, "no-owner");
  EXPECT_EQ(r.suppressed[0].reason, "Chờ phân công sau họp hội đồng");
}

// An info rule `id` that reports wherever `body` (its steps and `report at X`) points: the
// tests below look only at a finding's place, so every other part of the rule is the same.
std::string place_probe(const std::string& id, const std::string& body) {
  return "rule " + id + " {\n  severity info\n  category t\n  title vi \"p\" en \"p\"\n" + body +
         " vi \"p\" en \"p\"\n}\n";
}

// A date read by the analysis keeps its place as a pointer into the analysis (a row's cell
// place, a passage's label, a citation's place) and a literal: each must still name its own
// cell when a finding points at the date, the second row and the second citation included.
TEST(facade, a_date_found_by_the_analysis_names_where_a_reviewer_finds_it) {
  const std::string date_rules =
      place_probe("document-date", "when exists(plan.document.date_reading)\n"
                                   "report at plan.document.date_reading") +
      place_probe("row-start", "for row in plan.rows\nwhen exists(row.start.first)\nreport at row.start") +
      place_probe("citation-date", "for c in plan.citations\nwhen exists(c.date.first)\nreport at c.date") +
      place_probe("passage-date", "for p in plan.passages\nfor d in p.dates\nreport at d");
  rules_result rules = load_rules({false, {}, {}, {{"dates.rules", date_rules}}});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  const std::string plan = R"({"document": {"date": "ngày 05 tháng 9 năm 2024"},
    "legal_basis": ["Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT",
                    "Thông tư số 22/2024/TT-BGDĐT ngày 31/12/2024 của Bộ GD&ĐT"],
    "rows": [{"no": "1", "criterion": "1.1", "timeline": "Tháng 9/2024"},
             {"no": "2", "criterion": "1.2", "timeline": "Tháng 10/2024", "notes": "Rà soát trong tháng 11/2024"}]})";
  std::vector<std::string> places;
  for (const finding& f : check_text(*rules.rules, plan).findings) places.push_back(f.rule_id + ": " + f.place);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, (std::vector<std::string>{
                        "citation-date: phần căn cứ, mục 1",
                        "citation-date: phần căn cứ, mục 2",
                        "document-date: đầu văn bản, dòng địa danh và ngày tháng",
                        "passage-date: dòng TT 2",
                        "row-start: bảng kế hoạch, dòng TT 1, cột Thời gian",
                        "row-start: bảng kế hoạch, dòng TT 2, cột Thời gian",
                    }));
}

// plan.dated_passages: the passages of plan.passages that name a date, in the same order,
// each the same passage (its place), and no other.
TEST(facade, dated_passages_are_the_passages_that_name_a_date) {
  const std::string rules_text =
      place_probe("every", "for p in plan.passages\nreport at p") +
      place_probe("dated", "for p in plan.dated_passages\nreport at p") +
      place_probe("undated", "for p in plan.dated_passages where count(p.dates) == 0\nreport at p");
  rules_result rules = load_rules({false, {}, {}, {{"passages.rules", rules_text}}});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  const std::string plan = R"({"rows": [
      {"no": "1", "criterion": "1.1", "target": "Đạt Mức 2", "actions": ["Rà soát hồ sơ", "Họp tổ trong tháng 11/2024"]},
      {"no": "2", "criterion": "1.2", "target": "Hoàn thành trước 31/5/2025", "notes": "Không"}]})";
  std::vector<std::string> every, dated;
  for (const finding& f : check_text(*rules.rules, plan).findings) {
    ASSERT_NE(f.rule_id, "undated") << f.place;
    (f.rule_id == "every" ? every : dated).push_back(f.place + " " + f.pointer);
  }
  EXPECT_EQ(every.size(), 5u);
  EXPECT_EQ(dated, (std::vector<std::string>{"dòng TT 1 /rows/0/actions/1", "dòng TT 2 /rows/1/target"}));
}

// A citation's text and number borrow the analysis's text and its place: a finding at either
// quotes it and names the item of the legal basis it was read from.
TEST(facade, a_citations_text_and_number_point_at_their_item) {
  const std::string citation_rules =
      place_probe("citation-number", "for c in plan.citations\nreport at c.number_symbol") +
      place_probe("citation-text", "for c in plan.citations\nreport at c.text");
  rules_result rules = load_rules({false, {}, {}, {{"citations.rules", citation_rules}}});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  const std::string plan = R"({"legal_basis": ["Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT",
                    "Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018"], "rows": []})";
  std::vector<std::string> seen;
  for (const finding& f : check_text(*rules.rules, plan).findings)
    seen.push_back(f.rule_id + ": " + f.place + ": " + f.quoted + " " + f.pointer);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "citation-number: phần căn cứ, mục 1: 18/2018/TT-BGDĐT /legal_basis/0",
                      "citation-number: phần căn cứ, mục 2: 5932/BGDĐT-QLCL /legal_basis/1",
                      "citation-text: phần căn cứ, mục 1: Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của "
                      "Bộ GD&ĐT /legal_basis/0",
                      "citation-text: phần căn cứ, mục 2: Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 "
                      "/legal_basis/1",
                  }));
}

TEST(facade, a_suppression_without_a_reason_makes_the_plan_unreadable) {
  plan_result plan = load_plan_text(R"({"rows": [], "planlint": {"ignore": [{"rule": "x"}]}})", "t.json");
  EXPECT_FALSE(plan.value);
  ASSERT_FALSE(plan.errors.empty());
}

TEST(facade, plans_load_from_parsed_json_without_positions) {
  rules_result rules = load_rules({false, {}, {}, {{"owner.rules", owner_rule}}});
  plan_result plan = load_plan_json(nlohmann::json::parse(primary_plan), "parsed");
  ASSERT_TRUE(plan.value);
  check_result r = check_plan(*rules.rules, *plan.value, {});
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].pointer, "/rows/0");
  EXPECT_FALSE(r.findings[0].where.known());
}

TEST(facade, an_unreadable_as_of_date_is_an_option_error) {
  rules_result rules = load_rules({false, {}, {}, {{"owner.rules", owner_rule}}});
  plan_result plan = load_plan_text(primary_plan, "t.json");
  check_options options;
  options.as_of = "2024-13-01";
  check_result r = check_plan(*rules.rules, *plan.value, options);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "--as-of: \"2024-13-01\" is not a date written YYYY-MM-DD");
}

TEST(facade, rule_file_errors_are_values_rendered_with_a_caret) {
  rules_result rules = load_rules({false, {}, {}, {{"broken.rules", "rule x {\n  severity fatal\n}\n"}}});
  EXPECT_FALSE(rules.rules);
  std::string rendered = render_diagnostics(rules);
  EXPECT_NE(rendered.find("broken.rules:2:"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("^"), std::string::npos) << rendered;
}

}  // namespace
}  // namespace planlint

namespace planlint {
namespace {

TEST(facade, citations_lists_the_numbers_cited_in_any_text) {
  const char* rule = R"(rule cites {
  severity info
  title vi "Trích dẫn" en "Citations"
  for row in plan.rows
  let cited = citations(row.notes)
  let shown = join(cited, "; ")
  when count(cited) > 0
  report at row vi "{shown}" en "{shown}"
})";
  rules_result rules = load_rules({false, {}, {}, {{"cites.rules", rule}}});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  std::string plan = R"({"rows": [{"criterion": "1.1", "notes": "Theo Thông tư số 18/2018/TT-BGDĐT và Công văn 5932/BGDĐT-QLCL ngày 28/12/2018."},
                                   {"criterion": "1.2", "notes": "Không trích dẫn gì."}]})";
  check_result r = check_text(*rules.rules, plan);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "18/2018/TT-BGDĐT; 5932/BGDĐT-QLCL");
}

}  // namespace
}  // namespace planlint

namespace planlint {
namespace {

// Three rules: `a` and `c` on by default, `b` off. The switches choose by id; rules_run keeps
// the rule-set order whatever order the switches name them in.
const char* switch_rules = R"(rule a {
  severity error
  title vi "A" en "A"
  report vi "a" en "a"
}
rule b {
  severity error
  disabled
  title vi "B" en "B"
  report vi "b" en "b"
}
rule c {
  severity error
  title vi "C" en "C"
  report vi "c" en "c"
})";

check_result check_with(const check_options& options) {
  rules_result rules = load_rules({false, {}, {}, {{"switches.rules", switch_rules}}});
  EXPECT_TRUE(rules.rules) << render_diagnostics(rules);
  return check_text(*rules.rules, primary_plan, options);
}

TEST(facade, rule_switches_choose_the_rules_run_in_rule_set_order) {
  using ids = std::vector<std::string>;
  EXPECT_EQ(check_with({}).rules_run, (ids{"a", "c"}));
  check_options on;
  on.enabled_rules = {"b", "unknown"};
  EXPECT_EQ(check_with(on).rules_run, (ids{"a", "b", "c"}));
  check_options off = on;
  off.disabled_rules = {"a", "b"};
  EXPECT_EQ(check_with(off).rules_run, (ids{"c"}));
  EXPECT_EQ(rule_ids(check_with(off)), (ids{"c"}));
  check_options only;
  only.only_rules = ids{"c", "b", "unknown"};
  only.disabled_rules = {"c"};  // only_rules names exactly the rules run
  EXPECT_EQ(check_with(only).rules_run, (ids{"b", "c"}));
  EXPECT_EQ(rule_ids(check_with(only)), (ids{"b", "c"}));
}

TEST(facade, rules_of_a_pack_for_another_framework_are_not_run) {
  rule_sources for_secondary{false, {write_pack("tt18-run", R"(["TT18/2018"])").string()}, {}, {}};
  rules_result secondary = load_rules(for_secondary);
  ASSERT_TRUE(secondary.rules);
  check_options only;
  only.only_rules = std::vector<std::string>{"no-owner"};
  EXPECT_TRUE(check_text(*secondary.rules, primary_plan, only).rules_run.empty());
  EXPECT_EQ(check_text(*secondary.rules, R"({"rows": []})").rules_run, std::vector<std::string>{"no-owner"});
}

// The school year's calendar fields as a rule reads them: a year the calendar data covers
// (its decision), the same year with a province shift (start and end move, the rest stays),
// and a year it does not cover (derived from the default, no decision).
const char* calendar_rule = R"(rule calendar-facts {
  severity info
  title vi "Lịch năm học" en "School-year calendar"
  report vi "{school_year.first} {school_year.opening} {school_year.semester1_end} {school_year.last} {school_year.administration_end} {school_year.admissions_end} {school_year.derived_calendar} [{school_year.decision}]" en "-"
})";

std::string calendar_message(const std::string& school_year, int shift) {
  rules_result rules = load_rules({false, {}, {}, {{"calendar.rules", calendar_rule}}});
  EXPECT_TRUE(rules.rules) << render_diagnostics(rules);
  check_options options;
  options.province_shift_days = shift;
  check_result r = check_text(*rules.rules, R"({"document": {"school_year": ")" + school_year + R"("}, "rows": []})", options);
  return r.findings.size() == 1 ? r.findings[0].message : "(" + std::to_string(r.findings.size()) + " findings)";
}

TEST(facade, school_year_calendar_fields_come_from_the_calendar_data_or_its_default) {
  EXPECT_EQ(calendar_message("2024 - 2025", 0),
            "2024-08-22 2024-09-05 2025-01-18 2025-05-31 2025-06-30 2025-07-31 sai [2045/QĐ-BGDĐT]");
  EXPECT_EQ(calendar_message("2024 - 2025", 10),
            "2024-09-01 2024-09-05 2025-01-18 2025-06-10 2025-06-30 2025-07-31 sai [2045/QĐ-BGDĐT]");
  EXPECT_EQ(calendar_message("2031 - 2032", -5),
            "2031-08-17 2031-09-05 2032-01-18 2032-05-26 2032-06-30 2032-07-31 đúng [(không có)]");
}

}  // namespace
}  // namespace planlint
