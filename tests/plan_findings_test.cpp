// Every plan in fixtures/plans/ checked with the default pack, its findings compared with
// fixtures/plans/expected/<plan>.txt: a first line "as-of: YYYY-MM-DD" (the date the plan is
// checked for), then one finding per line as the text report prints it, with its JSON
// pointer. These files are the reviewed expectations for the real seed plans; the model
// plan's file is empty of findings. UPDATE_GOLDENS=1 rewrites them (keeping the as-of line).
#include <filesystem>
#include <sstream>

#include "engine/planlint.hpp"
#include "tests/support/golden.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> plan_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::source_path("fixtures/plans")))
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string as_of_for(const std::string& expected_path) {
  std::string text = testing::read_file(testing::source_path(expected_path));
  const std::string prefix = "as-of: ";
  if (text.rfind(prefix, 0) == 0) return text.substr(prefix.size(), 10);
  return "2024-10-01";
}

std::string findings_of(const rule_set& rules, const std::string& name, const std::string& as_of) {
  std::string path = "fixtures/plans/" + name + ".json";
  plan_result plan = load_plan_file(testing::source_path(path));
  if (!plan.value) return "unreadable: " + plan.errors.front().render() + "\n";
  check_options options;
  options.as_of = as_of;
  check_result result = check_plan(rules, *plan.value, options);
  std::ostringstream out;
  out << "as-of: " << as_of << "\n";
  for (const finding& f : result.findings)
    out << path << ":" << f.where.line << ":" << f.where.column << ": " << severity_name(f.level) << ": "
        << f.message << " [" << f.rule_id << "] at " << (f.pointer.empty() ? "/" : f.pointer) << "\n";
  return out.str();
}

class plan_findings : public ::testing::TestWithParam<std::string> {};

TEST_P(plan_findings, match_the_reviewed_expectations) {
  static const rules_result rules = load_rules({});
  ASSERT_TRUE(rules.rules) << render_diagnostics(rules);
  std::string expected = "fixtures/plans/expected/" + GetParam() + ".txt";
  testing::expect_golden(findings_of(*rules.rules, GetParam(), as_of_for(expected)), expected);
}

INSTANTIATE_TEST_SUITE_P(fixtures, plan_findings, ::testing::ValuesIn(plan_names()),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

}  // namespace
}  // namespace planlint
