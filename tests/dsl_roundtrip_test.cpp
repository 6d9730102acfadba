// The canonical printer: parse(print(parse(x))) is equivalent to parse(x), and printing is
// a fixed point, for every construct of the language.
#include <gtest/gtest.h>

#include "engine/dsl/parse.hpp"
#include "engine/dsl/print.hpp"

namespace planlint {
namespace {

dsl::ast::file parsed(const std::string& text) {
  auto result = dsl::parse(source_text("t.rules", text));
  EXPECT_TRUE(result.ok()) << (result.diagnostics.empty() ? "" : render(result.diagnostics[0], nullptr));
  return result.file;
}

std::string wrap(const std::string& body) {
  return "rule r {\n  severity error\n  title vi \"T\" en \"T\"\n" + body +
         "  report\n    vi \"m\"\n    en \"m\"\n}\n";
}

struct roundtrip_case {
  const char* name;
  std::string source;
};

class dsl_roundtrip : public ::testing::TestWithParam<roundtrip_case> {};

TEST_P(dsl_roundtrip, print_then_parse_is_equivalent) {
  auto first = parsed(GetParam().source);
  std::string printed = dsl::print(first);
  auto second = parsed(printed);
  EXPECT_TRUE(dsl::ast::equivalent(first, second)) << printed;
  EXPECT_EQ(printed, dsl::print(second));
}

const roundtrip_case cases[] = {
    {"metadata", "# a comment\nrule deadline-after-school-year { severity warning category timeline\n"
                 "cite \"Thông tư 18\" title vi \"Hạn\" en \"Deadline\" explain vi \"Sửa: \" \"ghi rõ\" en \"Fix\\n it\"\n"
                 "disabled report vi \"a\" en \"b\" }"},
    {"enabled", wrap("  enabled false\n")},
    {"for_where", wrap("  for row in plan.rows where row.tt > 1\n  for t in row.tags\n")},
    {"let", wrap("  let x = (1 + 2) * 3 - -4 % 2\n")},
    {"evidence", wrap("  evidence \"title\" plan.title\n")},
    {"logic", wrap("  when not (true or false) and not 1 == 2 or none == none\n")},
    {"comparisons", wrap("  when 1 < 2 and 2 <= 3 and 3 > 2 and 3 >= 3 and 1 != 2\n")},
    {"membership", wrap("  when \"a\" in [\"a\", \"x\", \"TBD\"] and \"b\" not in []\n")},
    {"quantifiers", wrap("  for r in plan.results where r.level < target_level()\n"
                         "  when none row in plan.rows: row.criterion_id == r.criterion_id\n"
                         "  when (any x in plan.rows: x.tt > 1) and (all y in plan.rows: true)\n"
                         "  when count z in plan.rows: z.tt > 0 > 1\n")},
    {"calls", wrap("  when matches(plan.title, \"^K\\\\S+\") and same_text(lower(plan.title), \"k\")\n")},
    {"report_at", "rule r {\n severity info\n title vi \"T\" en \"T\"\n for row in plan.rows\n"
                  " report at row.criterion vi \"Tiêu chí {row.criterion}: {{x} {row.tt + 1}\" en \"\\\"{row}\\\"\"\n}"},
    {"nested_fields", wrap("  when (plan).title.x.y == \"a\"\n")},
    {"two_rules", wrap("") + "\n" + wrap("  when true\n")},
    {"unary_minus_binds_tight", wrap("  let x = -(1 + 2) * -3\n")},
    {"not_spans_comparison", wrap("  when not 1 + 1 == 2 and true\n")},
};

INSTANTIATE_TEST_SUITE_P(constructs, dsl_roundtrip, ::testing::ValuesIn(cases),
                         [](const auto& info) { return std::string(info.param.name); });

// Precedence as the printer shows it: the canonical form of a few expressions.
TEST(dsl_print, canonical_expressions) {
  auto expr_of = [](const std::string& text) {
    auto file = parsed(wrap("  when " + text + "\n"));
    return dsl::print(file.rules[0].clauses[2].condition);
  };
  EXPECT_EQ(expr_of("not a == b"), "not a == b");
  EXPECT_EQ(expr_of("(not a) == b"), "(not a) == b");
  EXPECT_EQ(expr_of("a or b and c"), "a or b and c");
  EXPECT_EQ(expr_of("(a or b) and c"), "(a or b) and c");
  EXPECT_EQ(expr_of("1 - (2 - 3)"), "1 - (2 - 3)");
  EXPECT_EQ(expr_of("(1 - 2) - 3"), "1 - 2 - 3");
  EXPECT_EQ(expr_of("a and any x in xs: x and b"), "a and (any x in xs: x and b)");
  EXPECT_EQ(expr_of("f( a ,b )"), "f(a, b)");
}

}  // namespace
}  // namespace planlint
