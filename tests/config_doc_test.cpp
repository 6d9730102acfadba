// docs/configuration.md says what planlint does: its example configuration must load, and
// the error messages it shows must be exactly what planlint prints for those mistakes.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/config/config.hpp"
#include "engine/config/effective.hpp"
#include "tests/support/golden.hpp"

namespace planlint::config {
namespace {

const std::string doc = testing::read_file(testing::source_path("docs/configuration.md"));
// The example names "./district-rules"; this folder has one.
const std::string base = testing::source_path("tests/data/config/full");

// The first fenced block after `heading`.
std::string block_after(const std::string& heading) {
  std::size_t at = doc.find(heading);
  if (at == std::string::npos) return {};
  std::size_t open = doc.find("```", at);
  std::size_t body = doc.find('\n', open) + 1;
  return doc.substr(body, doc.find("```", body) - body);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string first_error(const std::string& text, const std::vector<std::string>& known = {}) {
  config_result r = load_config_text(text, ".planlint.json", base);
  if (!r.ok()) return r.errors.empty() ? "" : render_headline(r.errors.front());
  if (!known.empty()) {
    auto unknown = check_rule_ids(*r.value, known);
    if (!unknown.empty()) return render_headline(unknown.front());
  }
  auto resolved = resolve(*r.value, std::string("reveiw"));
  return resolved.errors.empty() ? "" : render_headline(resolved.errors.front());
}

TEST(ConfigDoc, ExampleLoadsWithEveryProfile) {
  std::string example = block_after("### Example");
  ASSERT_FALSE(example.empty());
  config_result r = load_config_text(example, ".planlint.json", base);
  ASSERT_TRUE(r.ok()) << render_errors(r.errors, r.source);
  EXPECT_EQ(r.value->province_shift_days, 7);
  EXPECT_EQ(r.value->profiles.size(), 2u);
  for (const auto& [name, p] : r.value->profiles) EXPECT_TRUE(resolve(*r.value, name).ok()) << name;
}

TEST(ConfigDoc, ErrorMessagesAreWhatPlanlintPrints) {
  std::string example = block_after("### Example");
  std::vector<std::string> shown;
  std::istringstream lines(block_after("one mistake at a time:"));
  for (std::string line; std::getline(lines, line);) shown.push_back(line);
  std::vector<std::string> known = {"owner-placeholder", "deadline-open-ended", "stale-period",
                                    "monitoring-missing", "coverage-not-checkable",
                                    "row-for-criterion-at-target"};
  std::vector<std::string> printed = {
      first_error(replaced(example, "\"rules\": {", "\"rulez\": {")),
      first_error(replaced(example, "\"province_shift_days\": 7", "\"province_shift_days\": 30")),
      first_error(replaced(example, "\"owner-placeholder\": \"off\"", "\"owner-placeholder\": \"fatal\"")),
      first_error(example),
      first_error(replaced(example, "\"owner-placeholder\": \"off\"", "\"owner-placehodler\": \"off\""), known),
  };
  EXPECT_EQ(printed, shown);
}

}  // namespace
}  // namespace planlint::config
