// Reference documents generated from the code: they fail when out of date.
#include "engine/bind/describe.hpp"
#include "engine/cli/rule_listing.hpp"
#include "engine/planlint.hpp"
#include "tests/support/golden.hpp"

namespace planlint {
namespace {

TEST(docs, rule_model_reference_is_up_to_date) {
  testing::expect_golden(bind::describe_model(), "docs/rule-model.md");
}

TEST(docs, rules_reference_is_up_to_date) {
  rules_result rules = load_rules({});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  testing::expect_golden(cli::rules_markdown(describe_rules(*rules.rules)), "docs/rules.md");
}

}  // namespace
}  // namespace planlint
