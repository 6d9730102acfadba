// Plans under one configuration share one setup object: a batch of 10,000 plans in one
// directory holds one effective configuration, not 10,000 copies.
#include <gtest/gtest.h>

#include "engine/cli/plan_setup.hpp"
#include "tests/support/golden.hpp"

namespace planlint::cli {
namespace {

TEST(cli_plan_setup, plans_under_one_configuration_share_one_setup) {
  std::vector<std::string> paths = {
      testing::source_path("fixtures/plans/seed-000-thcs-ly-thuong-kiet.json"),
      testing::source_path("tests/data/cli/configured/seed-with-suppressions.json"),
      testing::source_path("fixtures/plans/seed-002-thpt-nha-be.json"),
      testing::source_path("fixtures/bad/not-there.json"),
      testing::source_path("tests/data/cli/configured/another.json"),
  };
  check_arguments a;
  a.as_of = "2024-10-01";
  batch_setup setup = set_up_batch(paths, a);
  ASSERT_EQ(setup.errors, "");
  ASSERT_EQ(setup.plans.size(), paths.size());
  for (const auto& s : setup.plans) {
    ASSERT_NE(s, nullptr);
    ASSERT_NE(s->rules, nullptr);
    EXPECT_EQ(s->options.as_of, std::optional<std::string>("2024-10-01"));
  }
  // No configuration file above fixtures/: the default setup, once.
  EXPECT_EQ(setup.plans[0], setup.plans[2]);
  EXPECT_EQ(setup.plans[0], setup.plans[3]);
  EXPECT_EQ(setup.plans[0]->effective.file, "");
  // tests/data/cli/configured/.planlint.json: its own setup, once.
  EXPECT_EQ(setup.plans[1], setup.plans[4]);
  EXPECT_NE(setup.plans[1], setup.plans[0]);
  EXPECT_NE(setup.plans[1]->effective.file, "");
  EXPECT_FALSE(setup.plans[1]->effective.default_rules);
  EXPECT_NE(setup.plans[1]->rules, setup.plans[0]->rules);
}

// A broken configuration is reported once, however many plans it covers.
TEST(cli_plan_setup, a_broken_configuration_is_reported_once) {
  std::string one = set_up_batch({testing::source_path("tests/data/cli/broken-config/a.json")},
                                 check_arguments{}).errors;
  batch_setup two = set_up_batch({testing::source_path("tests/data/cli/broken-config/a.json"),
                                  testing::source_path("tests/data/cli/broken-config/b.json")},
                                 check_arguments{});
  EXPECT_NE(one.find("unknown key \"colour\""), std::string::npos) << one;
  EXPECT_EQ(two.errors, one);
  ASSERT_EQ(two.plans.size(), 2u);
  EXPECT_EQ(two.plans[0], two.plans[1]);
  EXPECT_EQ(two.plans[0]->rules, nullptr);
}

}  // namespace
}  // namespace planlint::cli
