#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/cli/check_arguments.hpp"
#include "engine/cli/inputs.hpp"

namespace planlint::cli {
namespace {

TEST(cli_arguments, reads_every_option_in_both_spellings) {
  auto parsed = parse_check_arguments({"--format", "sarif", "--output=out.sarif", "--lang", "en",
                                       "--fail-on=warning", "--as-of", "2024-10-01", "--rules", "a",
                                       "--rules=b", "--no-default-rules", "--config", "c.json",
                                       "--profile", "review", "--jobs", "4", "--max-findings", "7",
                                       "--color=never", "-q", "x.json", "-", "dir"});
  ASSERT_EQ(parsed.error, "");
  const check_arguments& a = parsed.value;
  EXPECT_EQ(a.format, output_format::sarif);
  EXPECT_EQ(a.output, "out.sarif");
  EXPECT_EQ(a.lang, "en");
  ASSERT_TRUE(a.fail_on.has_value());
  EXPECT_EQ(*a.fail_on, std::optional<severity>(severity::warning));
  EXPECT_EQ(a.as_of, "2024-10-01");
  EXPECT_EQ(a.rule_dirs, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(a.no_default_rules);
  EXPECT_EQ(a.config, "c.json");
  EXPECT_EQ(a.profile, "review");
  EXPECT_EQ(a.jobs, 4u);
  EXPECT_EQ(a.max_findings, 7u);
  EXPECT_EQ(a.color, color_mode::never);
  EXPECT_TRUE(a.quiet);
  EXPECT_EQ(a.inputs, (std::vector<std::string>{"x.json", "-", "dir"}));
}

TEST(cli_arguments, fail_on_never_means_no_threshold) {
  auto parsed = parse_check_arguments({"--fail-on", "never", "p.json"});
  ASSERT_TRUE(parsed.value.fail_on.has_value());
  EXPECT_FALSE(parsed.value.fail_on->has_value());
}

TEST(cli_arguments, usage_errors_say_what_is_wrong) {
  struct row { std::vector<std::string> words; const char* error; };
  const row rows[] = {
      {{"--format", "pdf", "p.json"}, "--format takes text, json, sarif, junit or github"},
      {{"--lang", "fr", "p.json"}, "--lang takes vi or en"},
      {{"--fail-on", "fatal", "p.json"}, "--fail-on takes error, warning, info or never"},
      {{"--jobs", "0", "p.json"}, "--jobs takes a number from 1 to 256"},
      {{"--jobs", "many", "p.json"}, "--jobs takes a number from 1 to 256"},
      {{"--max-findings", "-1", "p.json"}, "--max-findings takes a whole number"},
      {{"--color", "red", "p.json"}, "--color takes auto, always or never"},
      {{"--bogus", "p.json"}, "unknown option --bogus (see planlint check --help)"},
      {{"p.json", "--output"}, "--output needs a value"},
      {{}, "no plan given (see planlint check --help)"},
  };
  for (const row& r : rows) EXPECT_EQ(parse_check_arguments(r.words).error, r.error);
}

TEST(cli_inputs, directories_are_searched_recursively_in_sorted_order) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "planlint-inputs-test";
  fs::remove_all(root);
  fs::create_directories(root / "b" / "c");
  for (const char* name : {"b/c/z.json", "b/a.json", "a.json", "notes.txt", "a.ignore.json",
                           "x.expected.json"})
    std::ofstream(root / name) << "{}";
  expanded_inputs found = expand_inputs({(root).string(), "-", (root / "*.json").string()});
  std::vector<std::string> expected{(root / "a.json").string(), (root / "b/a.json").string(),
                                    (root / "b/c/z.json").string(), "-",
                                    (root / "a.ignore.json").string(), (root / "a.json").string(),
                                    (root / "x.expected.json").string()};
  EXPECT_EQ(found.plans, expected);
  EXPECT_TRUE(found.errors.empty());
  expanded_inputs none = expand_inputs({(root / "*.nothing").string()});
  EXPECT_TRUE(none.plans.empty());
  ASSERT_EQ(none.errors.size(), 1u);
  fs::remove_all(root);
}

TEST(cli_inputs, a_folder_without_plans_is_an_error_not_an_empty_batch) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "planlint-inputs-empty";
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  std::ofstream(root / "sub" / "a.ignore.json") << "{}";  // a sidecar is not a plan
  expanded_inputs found = expand_inputs({root.string()});
  EXPECT_TRUE(found.plans.empty());
  EXPECT_EQ(found.errors, std::vector<std::string>{root.string() + ": no plan file (*.json) in this folder"});
  fs::remove_all(root);
}

TEST(cli_inputs, a_folder_that_cannot_be_read_is_named_in_an_error) {
  namespace fs = std::filesystem;
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every folder";
  fs::path root = fs::temp_directory_path() / "planlint-inputs-closed";
  fs::remove_all(root);
  fs::create_directories(root / "closed");
  std::ofstream(root / "a.json") << "{}";
  fs::permissions(root / "closed", fs::perms::none);
  expanded_inputs found = expand_inputs({root.string()});
  EXPECT_EQ(found.plans, std::vector<std::string>{(root / "a.json").string()});
  EXPECT_EQ(found.errors,
            std::vector<std::string>{(root / "closed").string() + ": cannot be read: Permission denied"});
  fs::permissions(root / "closed", fs::perms::owner_all);
  fs::remove_all(root);
}

}  // namespace
}  // namespace planlint::cli
