#include "engine/cli/test_command.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/cli/exit_status.hpp"
#include "engine/cli/inputs.hpp"
#include "engine/planlint.hpp"

namespace planlint::cli {

namespace {

using expectation = std::pair<std::string, std::string>;  // rule id, JSON pointer

struct test_case {
  std::string file;
  std::optional<std::string> as_of;
  std::vector<std::string> rules;
  std::vector<expectation> expected;
  std::string error;
};

test_case read_case(const std::string& path) {
  test_case c;
  c.file = path;
  std::ifstream in(path, std::ios::binary);
  nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    c.error = "not a JSON object";
    return c;
  }
  auto annotation = document.find("planlint_test");
  if (annotation == document.end() || !annotation->is_object()) {
    c.error = "no \"planlint_test\" annotation";
    return c;
  }
  try {
    if (annotation->contains("as_of")) c.as_of = annotation->at("as_of").get<std::string>();
    for (const auto& e : annotation->value("expect", nlohmann::json::array()))
      c.expected.emplace_back(e.at("rule").get<std::string>(), e.value("at", std::string()));
    if (annotation->contains("rules"))
      c.rules = annotation->at("rules").get<std::vector<std::string>>();
    else
      for (const auto& [rule, at] : c.expected) c.rules.push_back(rule);
  } catch (const nlohmann::json::exception& e) {
    c.error = std::string("bad \"planlint_test\" annotation: ") + e.what();
  }
  if (c.rules.empty() && c.error.empty()) c.error = "the annotation names no rule under test";
  return c;
}

std::string describe(const std::vector<expectation>& items) {
  std::string out;
  for (const auto& [rule, at] : items) out += "\n      " + rule + " at \"" + at + "\"";
  return out;
}

// The failure text of one case, or "" when it passed.
std::string run_case(const rule_set& rules, const test_case& c) {
  if (!c.error.empty()) return c.error;
  plan_result loaded = load_plan_file(c.file);
  if (!loaded.value) return "cannot be read: " + loaded.errors.front().render();
  check_options options;
  options.as_of = c.as_of;
  options.only_rules = c.rules;
  check_result result = check_plan(rules, *loaded.value, options);
  if (!result.errors.empty()) return result.errors.front();
  std::vector<expectation> actual;
  for (const finding& f : result.findings) actual.emplace_back(f.rule_id, f.pointer);
  std::vector<expectation> expected = c.expected;
  std::sort(actual.begin(), actual.end());
  std::sort(expected.begin(), expected.end());
  std::vector<expectation> missing, unexpected;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                      std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                      std::back_inserter(unexpected));
  std::string failure;
  if (!missing.empty()) failure += "\n    missing:" + describe(missing);
  if (!unexpected.empty()) {
    failure += "\n    unexpected:";
    for (const finding& f : result.findings)
      if (std::find(unexpected.begin(), unexpected.end(), expectation{f.rule_id, f.pointer}) != unexpected.end())
        failure += "\n      " + f.rule_id + " at \"" + f.pointer + "\": " + f.message;
  }
  return failure;
}

}  // namespace

int run_test(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  rule_sources sources;
  std::vector<std::string> directories;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "--help" || words[i] == "-h") {
      out << "usage: planlint test [--rules DIR] [--no-default-rules] CASES...\n"
             "Runs rule test cases: plan files annotated with \"planlint_test\" (see docs/rule-language.md).\n";
      return exit_status::success;
    }
    if (words[i] == "--rules" && i + 1 < words.size()) sources.directories.push_back(words[++i]);
    else if (words[i] == "--no-default-rules") sources.default_pack = false;
    else directories.push_back(words[i]);
  }
  if (directories.empty()) {
    err << "planlint test: no test cases given (see planlint test --help)\n";
    return exit_status::usage_error;
  }
  rules_result rules = load_rules(sources);
  if (!rules.rules) {
    err << render_diagnostics(rules);
    return exit_status::usage_error;
  }
  expanded_inputs cases = expand_inputs(directories);
  std::size_t passed = 0, failed = 0;
  for (const std::string& path : cases.plans) {
    std::string failure = run_case(*rules.rules, read_case(path));
    if (failure.empty()) {
      ++passed;
      out << "PASS " << path << "\n";
    } else {
      ++failed;
      out << "FAIL " << path << ": " << failure << "\n";
    }
  }
  for (const std::string& e : cases.errors) {
    ++failed;
    out << "FAIL " << e << "\n";
  }
  out << passed << " passed, " << failed << " failed\n";
  return failed ? exit_status::findings_failed : exit_status::success;
}

}  // namespace planlint::cli
