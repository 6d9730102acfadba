// Evaluation of every construct and built-in over the fake host model.
#include <gtest/gtest.h>

#include <thread>

#include "engine/eval/load.hpp"
#include "tests/dsl_fake_host.hpp"

namespace planlint {
namespace {

using testing::fake_plan;
using testing::fake_root;

std::shared_ptr<const eval::rule_set> compiled(const std::string& text) {
  auto loaded = eval::load_rules({source_text("t.rules", text)}, testing::fake_registry());
  EXPECT_TRUE(loaded.ok()) << eval::render_diagnostics(loaded);
  return loaded.rules;
}

std::vector<finding> run(const std::string& text, const fake_plan& plan = testing::sample_plan(),
                         eval::evaluation_options options = {}) {
  auto rules = compiled(text);
  if (!rules) return {};
  fake_root root;
  root.plan = &plan;
  return eval::evaluate(*rules, &root, options);
}

std::string rule(const std::string& body, const std::string& vi = "m", const std::string& en = "m") {
  return "rule r {\n  severity warning\n  category test\n  cite \"TT18\"\n  title vi \"T\" en \"T\"\n" + body +
         "  report\n    vi \"" + vi + "\"\n    en \"" + en + "\"\n}\n";
}

// The value of an expression as interpolation shows it in English.
std::string value_of(const std::string& expression) {
  eval::evaluation_options options;
  options.lang = eval::language::en;
  auto findings = run(rule("  let v = " + expression + "\n", "{v}", "{v}"), testing::sample_plan(), options);
  return findings.size() == 1 ? findings[0].message : "<" + std::to_string(findings.size()) + " findings>";
}

std::vector<std::string> messages(const std::vector<finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.message);
  return out;
}

struct expression_case {
  const char* expression;
  const char* expected;
};

class dsl_eval_expression : public ::testing::TestWithParam<expression_case> {};

TEST_P(dsl_eval_expression, shows) { EXPECT_EQ(value_of(GetParam().expression), GetParam().expected); }

const expression_case expression_cases[] = {
    // literals, arithmetic, logic, comparison
    {"42", "42"}, {"\"chuỗi\"", "chuỗi"}, {"true", "true"}, {"none", "(none)"},
    {"[1, 2, 3]", "1, 2, 3"}, {"1 + 2 * 3", "7"}, {"(1 + 2) * 3", "9"}, {"7 / 2", "3"},
    {"7 % 4", "3"}, {"-3 + 1", "-2"}, {"1 < 2 and 2 <= 2", "true"}, {"\"a\" < \"b\"", "true"},
    {"not true or false", "false"}, {"not 1 == 2", "true"}, {"1 != 1", "false"},
    {"\"x\" in [\"…\", \"x\", \"TBD\"]", "true"}, {"\"q\" not in [\"x\"]", "true"},
    {"\"ầu\" in \"Hiệu trưởng đầu\"", "true"},
    // lists of literals (built once by the checker), nested, with absent items, and lists that are not
    {"[[1, 2], [], [3, none]]", "1, 2, , 3, (none)"}, {"[1, 2] in [[1], [1, 2]]", "true"},
    {"[] in [[]]", "true"}, {"[as_of, as_of]", "2025-01-15, 2025-01-15"}, {"[1, 1 + 1]", "1, 2"},
    {"first(split(first(split(\"a|b\", \"|\")), \"a\"))", ""},
    // absent values
    {"nothing", "(none)"}, {"nothing == none", "true"}, {"nothing != \"a\"", "true"},
    {"nothing < \"a\"", "false"}, {"nothing >= \"a\"", "false"}, {"length(nothing)", "(none)"},
    {"exists(nothing)", "false"}, {"exists(plan)", "true"}, {"default(nothing, \"d\")", "d"},
    {"not exists(nothing)", "true"}, {"exists(nothing) or exists(plan.title)", "true"},
    {"nothing in [\"a\"]", "false"}, {"count(none)", "0"}, {"any r in none: true", "false"},
    {"all r in none: false", "true"}, {"not nothing == \"a\"", "true"},
    // host fields
    {"plan.title", "Kế hoạch cải tiến chất lượng năm học 2024-2025"},
    {"first(plan.rows).criterion", "Tiêu chí 1.1"}, {"first(plan.rows)", "TT 1"},
    {"first(plan.rows).timeline", "2024-09-15..2025-05-15"},
    {"first(plan.rows).timeline.last.month", "5"}, {"school_year.first.year", "2024"},
    // quantifiers
    {"any r in plan.rows: r.tt == 2", "true"}, {"all r in plan.rows: r.tt > 0", "true"},
    {"none r in plan.rows: r.tt > 2", "false"}, {"count r in plan.rows: r.tt >= 2", "2"},
    {"count r in plan.rows: exists(r.owner)", "2"},
    // text functions
    {"same_text(\"Tiêu chí 2.1\", \"TIEU CHI 2.1\")", "true"}, {"contains(\"năm học\", \"học\")", "true"},
    {"starts_with(\"Tiêu chí\", \"Tiêu\")", "true"}, {"ends_with(\"Tiêu chí\", \"chí\")", "true"},
    {"lower(\"TIÊU CHÍ\")", "tiêu chí"}, {"length(\"Tiêu\")", "4"}, {"split(\"a; b;c\", \";\")", "a,  b, c"},
    {"join([\"a\", \"b\"], \"+\")", "a+b"}, {"matches(plan.title, \"20[0-9]{2}-20[0-9]{2}$\")", "true"},
    {"matches(\"abc\", \"^b\")", "false"}, {"find_all(\"TC 1.2, TC 3.4\", \"([0-9]+\\\\.[0-9]+)\")", "1.2, 3.4"},
    {"find_all(\"ab\", \"x*\")", ", , "}, {"similarity(\"Kế hoạch năm học\", \"ke hoach nam\")", "75"},
    {"similarity(\"a b\", \"c d\")", "0"}, {"format(3)", "3"},
    // list functions
    {"count([1, none, 2])", "2"}, {"length([1, none, 2])", "3"}, {"any([false, true])", "true"},
    {"distinct([1, 2, 1, 3, 2])", "1, 2, 3"}, {"first([])", "(none)"}, {"contains([1, 2], 2)", "true"},
    // date functions
    {"date(2025, 5, 31)", "2025-05-31"}, {"interval(date(2024, 9, 5), date(2025, 5, 31))", "2024-09-05..2025-05-31"},
    {"before(date(2024, 1, 1), school_year)", "true"}, {"after(as_of, school_year)", "false"},
    {"contains(school_year, as_of)", "true"}, {"contains(school_year, interval(as_of, date(2025, 6, 1)))", "false"},
    {"overlaps(school_year, interval(date(2025, 5, 31), date(2025, 7, 1)))", "true"},
    {"days_between(date(2024, 2, 28), date(2024, 3, 1))", "2"}, {"as_of < school_year.last", "true"},
};

INSTANTIATE_TEST_SUITE_P(table, dsl_eval_expression, ::testing::ValuesIn(expression_cases));

TEST(dsl_eval, iterates_filters_and_interpolates_in_both_languages) {
  std::string text = rule("  for row in plan.rows where row.tt >= 2\n  let due = row.timeline\n"
                          "  when not exists(due) or due.last > school_year.last\n",
                          "Dòng {row.tt}: hạn {due}", "Row {row.tt}: due {due}");
  EXPECT_EQ(messages(run(text)), (std::vector<std::string>{"Dòng 2: hạn 2024-10-01..2025-08-30",
                                                            "Dòng 3: hạn (không có)"}));
  eval::evaluation_options en;
  en.lang = eval::language::en;
  EXPECT_EQ(messages(run(text, testing::sample_plan(), en)),
            (std::vector<std::string>{"Row 2: due 2024-10-01..2025-08-30", "Row 3: due (none)"}));
}

TEST(dsl_eval, nested_for_runs_in_iteration_order) {
  auto findings = run(rule("  for row in plan.rows\n  for tag in row.tags\n", "{row.tt}:{tag}", "x"));
  EXPECT_EQ(messages(findings), (std::vector<std::string>{"1:tbd", "3:x", "3:y"}));
}

TEST(dsl_eval, weak_criteria_without_a_row_is_one_rule) {
  auto findings = run(rule("  for r in plan.results where r.level < target_level()\n"
                           "  when none row in plan.rows: row.criterion_id == r.criterion_id\n",
                           "Tiêu chí {r.criterion_id} mức {r.level} chưa có dòng", "x"));
  EXPECT_EQ(messages(findings), (std::vector<std::string>{"Tiêu chí 3.1 mức 1 chưa có dòng"}));
}

TEST(dsl_eval, finding_carries_metadata_location_and_evidence) {
  std::string text =
      "rule r {\n  severity warning\n  category timeline\n  cite \"TT18\"\n  title vi \"T\" en \"T\"\n"
      "  for row in plan.rows where row.tt == 2\n  let due = row.timeline.last\n"
      "  evidence \"năm học\" school_year\n  report at row.timeline\n    vi \"{row.criterion} hạn {due}\"\n"
      "    en \"x\"\n}\n";
  auto findings = run(text);
  ASSERT_EQ(findings.size(), 1u);
  const finding& f = findings[0];
  EXPECT_EQ(f.rule_id, "r");
  EXPECT_EQ(f.level, severity::warning);
  EXPECT_EQ(f.category, "timeline");
  EXPECT_EQ(f.reference, "TT18");
  EXPECT_EQ(f.message, "Tiêu chí 1.2 hạn 2025-08-30");
  EXPECT_EQ(f.pointer, "/rows/1/timeline");
  EXPECT_EQ(f.place, "bảng kế hoạch, dòng TT 2, cột timeline");
  EXPECT_EQ(f.where, (position{11, 5}));
  EXPECT_EQ(f.evidence, (std::vector<evidence_item>{{"due", "2025-08-30"},
                                                    {"năm học", "2024-09-05..2025-05-31"},
                                                    {"row.criterion", "Tiêu chí 1.2"}}));
}

TEST(dsl_eval, report_without_at_points_at_the_innermost_row) {
  auto findings = run(rule("  for row in plan.rows where row.tt == 3\n"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/rows/2");
  EXPECT_EQ(findings[0].place, "bảng kế hoạch, dòng TT 3");
}

TEST(dsl_eval, report_at_a_located_text) {
  std::string text = "rule r {\n severity error\n title vi \"T\" en \"T\"\n for row in plan.rows where row.tt == 1\n"
                     " report at row.owner\n vi \"m\"\n en \"m\"\n}";
  auto findings = run(text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/rows/0/owner");
  // An absent value has no place: the finding is about the whole plan.
  findings = run("rule r {\n severity error\n title vi \"T\" en \"T\"\n report at nothing\n vi \"m\"\n en \"m\"\n}");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "");
  // Inside a `for`, a place-less X falls back to the innermost item.
  findings = run("rule r {\n severity error\n title vi \"T\" en \"T\"\n for row in plan.rows where row.tt == 1\n"
                 " report at nothing\n vi \"m\"\n en \"m\"\n}");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/rows/0");
}

TEST(dsl_eval, runtime_failure_is_an_internal_error_and_other_rules_run) {
  std::string text = rule("  for row in plan.rows\n  when 6 / (row.tt - 2) < 0\n", "chia {row.tt}", "x") +
                     "rule s {\n severity info\n title vi \"T\" en \"T\"\n report vi \"vẫn chạy\" en \"x\"\n}\n";
  auto findings = run(text);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].message, "chia 1");  // row 1: 6 / -1 < 0; row 2 divides by zero
  EXPECT_EQ(findings[1].rule_id, "internal-error");
  EXPECT_EQ(findings[1].message, "Quy tắc 'r' lỗi khi chạy tại bảng kế hoạch, dòng TT 2: division by zero");
  EXPECT_EQ(findings[1].pointer, "/rows/1");
  EXPECT_EQ(findings[2].message, "vẫn chạy");
}

TEST(dsl_eval, a_failing_getter_is_an_internal_error) {
  auto findings = run(rule("  for row in plan.rows\n  when row.broken == \"x\"\n"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "internal-error");
  EXPECT_EQ(findings[0].evidence, (std::vector<evidence_item>{{"rule", "r"}, {"error", "the cell is unreadable"}}));
}

TEST(dsl_eval, integer_overflow_is_an_internal_error) {
  auto findings = run(rule("  let big = 9223372036854775807 + 1\n"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "Quy tắc 'r' lỗi khi chạy: integer overflow");
}

TEST(dsl_eval, findings_per_rule_are_capped) {
  fake_plan plan = testing::sample_plan();
  for (std::size_t i = 3; i < 10; ++i) plan.rows.push_back({static_cast<int>(i + 1), "9.9", "x", "", {}, {}, i});
  eval::evaluation_options options;
  options.max_findings_per_rule = 4;
  auto findings = run(rule("  for row in plan.rows\n", "{row.tt}", "x"), plan, options);
  EXPECT_EQ(messages(findings),
            (std::vector<std::string>{"1", "2", "3", "4",
                                      "Còn 6 phát hiện khác của quy tắc này không được liệt kê (giới hạn 4)"}));
  EXPECT_EQ(findings.back().level, severity::info);
}

TEST(dsl_eval, options_select_rules_and_override_severity) {
  std::string text = rule("") + "rule off {\n severity error\n disabled\n title vi \"T\" en \"T\"\n"
                                "report vi \"off\" en \"off\"\n}\nrule off2 {\n severity error\n enabled false\n"
                                " title vi \"T\" en \"T\"\n report vi \"off2\" en \"off2\"\n}\n";
  EXPECT_EQ(messages(run(text)), (std::vector<std::string>{"m"}));
  eval::evaluation_options options;
  options.only_rules = std::set<std::string>{"off"};
  options.severity_overrides["off"] = severity::info;
  auto findings = run(text, testing::sample_plan(), options);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "off");
  EXPECT_EQ(findings[0].level, severity::info);
}

TEST(dsl_eval, rule_set_describes_its_rules) {
  auto rules = compiled("rule a-b {\n severity info\n category c\n cite \"TT\"\n title vi \"Tv\" en \"Te\"\n"
                        " explain vi \"Ev\" en \"Ee\"\n disabled\n report vi \"m\" en \"m\"\n}\n");
  ASSERT_TRUE(rules);
  const eval::rule_info* info = rules->find("a-b");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->level, severity::info);
  EXPECT_EQ(info->category, "c");
  EXPECT_EQ(info->title_en, "Te");
  EXPECT_EQ(info->explain_vi, "Ev");
  EXPECT_FALSE(info->enabled);
  EXPECT_EQ(info->where, (position{1, 6}));
}

TEST(dsl_eval, evaluation_is_deterministic_and_thread_safe) {
  std::string text = rule("  for row in plan.rows\n  for r in plan.results where same_text(r.criterion_id, row.criterion_id)\n"
                          "  let s = similarity(row.criterion, plan.title)\n  when matches(row.criterion, \"[0-9]\")\n",
                          "{row.tt} {r.level} {s}", "x");
  auto rules = compiled(text);
  ASSERT_TRUE(rules);
  fake_plan plan = testing::sample_plan();
  fake_root root;
  root.plan = &plan;
  auto once = eval::evaluate(*rules, &root);
  EXPECT_EQ(once.size(), 3u);
  EXPECT_EQ(once, eval::evaluate(*rules, &root));
  std::vector<finding> a, b;
  std::thread first([&] { for (int i = 0; i < 50; ++i) a = eval::evaluate(*rules, &root); });
  std::thread second([&] { for (int i = 0; i < 50; ++i) b = eval::evaluate(*rules, &root); });
  first.join();
  second.join();
  EXPECT_EQ(a, once);
  EXPECT_EQ(b, once);
}

TEST(dsl_eval, pack_from_directory_with_manifest) {
  auto loaded = eval::load_pack(std::filesystem::path(PLANLINT_SOURCE_DIR) / "fixtures" / "rules-pack",
                                testing::fake_registry());
  ASSERT_TRUE(loaded.ok()) << eval::render_diagnostics(loaded);
  EXPECT_EQ(loaded.rules->manifest().name, "sample");
  EXPECT_EQ(loaded.rules->manifest().version, "1.0.0");
  EXPECT_EQ(loaded.rules->manifest().frameworks, (std::vector<std::string>{"TT17", "TT18"}));
  std::vector<std::string> ids;
  for (const auto& r : loaded.rules->rules()) ids.push_back(r.id);
  // Files load in name order: coverage.rules, then timeline.rules.
  EXPECT_EQ(ids, (std::vector<std::string>{"weak-criterion-without-row", "deadline-after-school-year"}));
  fake_plan plan = testing::sample_plan();
  fake_root root;
  root.plan = &plan;
  EXPECT_EQ(messages(eval::evaluate(*loaded.rules, &root)),
            (std::vector<std::string>{
                "Tiêu chí 3.1 được tự đánh giá mức 1 nhưng kế hoạch không có dòng nào cho nó",
                "Tiêu chí Tiêu chí 1.2: hạn hoàn thành 2024-10-01..2025-08-30 (2025-08-30) sau khi năm học "
                "2024-09-05..2025-05-31 kết thúc (2025-05-31)"}));
}

TEST(dsl_eval, duplicate_ids_across_pack_files_and_bad_manifest) {
  auto registry = testing::fake_registry();
  std::string one = rule("");
  auto loaded = eval::load_pack(source_text("pack.json", "{\"name\": 1}"),
                                {source_text("a.rules", one), source_text("b.rules", one)}, registry);
  EXPECT_FALSE(loaded.ok());
  EXPECT_EQ(eval::render_diagnostics(loaded),
            "b.rules:1:6: error: duplicate rule id 'r' (first defined at a.rules:1:6)\n"
            "rule r {\n     ^\n"
            "pack.json:1:1: error: the manifest needs \"name\" as a string\n{\"name\": 1}\n^\n"
            "pack.json:1:1: error: the manifest needs \"version\" as a string\n{\"name\": 1}\n^\n");
}

}  // namespace
}  // namespace planlint
