// The grammar's limits (engine/dsl/limits.hpp) at their edges: the deepest and longest rule
// that is allowed parses, one level or one operator more is refused at the place it goes
// over, and the rule after a refused one is still read.
#include "engine/dsl/limits.hpp"

#include <gtest/gtest.h>

#include <string>

#include "engine/dsl/parse.hpp"

namespace planlint::dsl {
namespace {

std::string repeat(const std::string& piece, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += piece;
  return out;
}

// A rule whose condition is the given expression.
std::string rule_when(const std::string& expression, const std::string& id = "a") {
  return "rule " + id + " {\n  when " + expression + "\n}\n";
}

parse_result parse_text(const std::string& text) { return parse(source_text("r.rules", text)); }

TEST(dsl_limits, nesting_up_to_the_limit_parses_one_more_is_refused_where_it_goes_over) {
  // The innermost `1` is the last level: max_nesting levels are max_nesting - 1 parentheses.
  const int parentheses = max_nesting - 1;
  EXPECT_TRUE(parse_text(rule_when(repeat("(", parentheses) + "1" + repeat(")", parentheses))).ok());

  const std::string deep = repeat("(", parentheses + 1) + "1" + repeat(")", parentheses + 1);
  const std::string text = rule_when(deep);
  const parse_result refused = parse_text(text);
  ASSERT_EQ(refused.diagnostics.size(), 1u);
  EXPECT_EQ(refused.diagnostics[0].message, "expression nested more than 64 deep");
  EXPECT_EQ(refused.diagnostics[0].bytes.begin, text.find('1'));
}

TEST(dsl_limits, every_kind_of_nesting_counts) {
  const int over = max_nesting;  // levels beyond the outermost
  for (const std::string& expression :
       {repeat("[", over) + "1" + repeat("]", over), repeat("f(", over) + "1" + repeat(")", over),
        repeat("any r in rows: ", over) + "true", repeat("(", over) + "x" + repeat(")", over) + ".y"}) {
    const parse_result refused = parse_text(rule_when(expression));
    ASSERT_EQ(refused.diagnostics.size(), 1u) << expression;
    EXPECT_EQ(refused.diagnostics[0].message, "expression nested more than 64 deep") << expression;
  }
  // Inside a message's hole, and after a string left open on an earlier rule's line.
  const std::string hole = "rule a {\n  report vi \"{" + repeat("(", over) + "1" + repeat(")", over) + "}\"\n}\n";
  EXPECT_EQ(parse_text(hole).diagnostics.size(), 1u);
  const std::string after_open_string = "rule b {\n  title vi \"open\n}\n" + rule_when(repeat("[", 1000));
  const parse_result both = parse_text(after_open_string);
  ASSERT_EQ(both.diagnostics.size(), 2u);
  EXPECT_EQ(both.diagnostics[1].message, "expression nested more than 64 deep");
}

TEST(dsl_limits, operators_up_to_the_limit_parse_one_more_is_refused_at_that_operator) {
  EXPECT_TRUE(parse_text(rule_when("1" + repeat(" + 1", max_operators_per_rule))).ok());
  // Prefix operators count as well: all but one as `+`, and two `not`.
  EXPECT_FALSE(parse_text(rule_when("not not 1" + repeat(" + 1", max_operators_per_rule - 1))).ok());

  const std::string text = rule_when("1" + repeat(" + 1", max_operators_per_rule) + " - 1");
  const parse_result refused = parse_text(text);
  ASSERT_EQ(refused.diagnostics.size(), 1u);
  EXPECT_EQ(refused.diagnostics[0].message, "a rule with more than " + std::to_string(max_operators_per_rule) + " operators");
  EXPECT_EQ(refused.diagnostics[0].bytes.begin, text.find('-'));
}

TEST(dsl_limits, field_accesses_count_as_operators) {
  // `x.a.b.c…` lowers to a tree one level deep per field, as a chain of `+` does.
  EXPECT_TRUE(parse_text(rule_when("x" + repeat(".a", max_operators_per_rule))).ok());
  const std::string text = rule_when("x" + repeat(".a", max_operators_per_rule) + ".b");
  const parse_result refused = parse_text(text);
  ASSERT_EQ(refused.diagnostics.size(), 1u);
  EXPECT_EQ(refused.diagnostics[0].message, "a rule with more than " + std::to_string(max_operators_per_rule) + " operators");
  EXPECT_EQ(refused.diagnostics[0].bytes.begin, text.find(".b"));
}

TEST(dsl_limits, a_limit_reached_at_the_end_of_the_file_points_at_the_end) {
  const std::string text = "rule a {\n  when " + repeat("(", 200);
  const parse_result refused = parse_text(text);
  ASSERT_EQ(refused.diagnostics.size(), 1u);
  EXPECT_LE(refused.diagnostics[0].bytes.end, text.size());
}

TEST(dsl_limits, count_starts_again_at_each_rule_and_the_next_rule_is_still_read) {
  const std::string long_rule = rule_when("1" + repeat(" + 1", max_operators_per_rule), "long");
  const parse_result two = parse_text(long_rule + long_rule);
  EXPECT_TRUE(two.ok());
  EXPECT_EQ(two.file.rules.size(), 2u);

  const std::string refused_then_fine =
      rule_when(repeat("(", 5000), "deep") + rule_when("1 +", "broken") + rule_when("true", "fine");
  const parse_result three = parse_text(refused_then_fine);
  ASSERT_EQ(three.diagnostics.size(), 2u);
  EXPECT_EQ(three.diagnostics[0].message, "expression nested more than 64 deep");
  ASSERT_EQ(three.file.rules.size(), 1u);
}

}  // namespace
}  // namespace planlint::dsl
