#include "engine/cli/commands.hpp"

#include <iostream>

#include <nlohmann/json.hpp>

#include "engine/cli/check_arguments.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/cli/plan_setup.hpp"
#include "engine/config/effective.hpp"
#include "engine/cli/rule_listing.hpp"
#include "engine/cli/test_command.hpp"
#include "engine/embedded.hpp"
#include "engine/planlint.hpp"
#include "engine/version.hpp"

namespace planlint::cli {

namespace {

const char* general_help = R"(planlint checks Vietnamese schools' quality-improvement plans
("Kế hoạch cải tiến chất lượng giáo dục") against a rule pack.

usage: planlint COMMAND [options]

commands:
  check PLAN...        check plans and report findings (planlint check --help)
  rules                list the rules (--format text|md|json, --lang vi|en, --rules DIR)
  explain RULE-ID      what a rule checks, why, an example and the fix (--lang vi|en)
  schema               print the JSON Schema of the plan format
  test DIR...          run rule test cases: plans annotated with the findings they must produce
  config --print [PLAN]  the effective configuration for a plan (--config FILE, --profile NAME)
  help                 this help
  --version            planlint's version

examples:
  planlint check fixtures/plans/seed-000-thcs-ly-thuong-kiet.json
  planlint check --format sarif --output planlint.sarif submitted/
  planlint explain deadline-outside-school-year
  planlint test rules/tests
)";

struct listing_arguments {
  std::string format = "text";
  language lang = language::vi;
  std::vector<std::string> rule_dirs;
  std::vector<std::string> positional;
  std::string error;
  bool help = false;
};

listing_arguments parse_listing(const std::vector<std::string>& words) {
  listing_arguments a;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    auto value = [&](const std::string& name) -> std::string {
      if (w.rfind(name + "=", 0) == 0) return w.substr(name.size() + 1);
      if (i + 1 < words.size()) return words[++i];
      a.error = name + " needs a value";
      return "";
    };
    if (w == "-h" || w == "--help") a.help = true;
    else if (w == "--format" || w.rfind("--format=", 0) == 0) a.format = value("--format");
    else if (w == "--lang" || w.rfind("--lang=", 0) == 0) a.lang = value("--lang") == "en" ? language::en : language::vi;
    else if (w == "--rules" || w.rfind("--rules=", 0) == 0) a.rule_dirs.push_back(value("--rules"));
    else if (w.rfind("-", 0) == 0) a.error = "unknown option " + w;
    else a.positional.push_back(w);
  }
  return a;
}

std::shared_ptr<const rule_set> load_for_listing(const listing_arguments& a, std::ostream& err) {
  rule_sources sources;
  sources.directories = a.rule_dirs;
  rules_result rules = load_rules(sources);
  if (!rules.rules) err << render_diagnostics(rules);
  return rules.rules;
}

int run_rules(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  listing_arguments a = parse_listing(words);
  if (a.help) {
    out << "usage: planlint rules [--format text|md|json] [--lang vi|en] [--rules DIR]\n";
    return exit_status::success;
  }
  if (!a.error.empty() || (a.format != "text" && a.format != "md" && a.format != "json")) {
    err << "planlint rules: " << (a.error.empty() ? "--format takes text, md or json" : a.error) << "\n";
    return exit_status::usage_error;
  }
  auto rules = load_for_listing(a, err);
  if (!rules) return exit_status::usage_error;
  std::vector<rule_info> infos = describe_rules(*rules);
  if (a.format == "json") out << rules_json(infos) << "\n";
  else if (a.format == "md") out << rules_markdown(infos);
  else out << rules_text(infos, a.lang);
  return exit_status::success;
}

int run_explain(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  listing_arguments a = parse_listing(words);
  if (a.help || a.positional.size() != 1) {
    (a.help ? out : err) << "usage: planlint explain RULE-ID [--lang vi|en] [--rules DIR]\n";
    return a.help ? exit_status::success : exit_status::usage_error;
  }
  auto rules = load_for_listing(a, err);
  if (!rules) return exit_status::usage_error;
  for (const rule_info& r : describe_rules(*rules))
    if (r.id == a.positional[0]) {
      out << explain_text(r, a.lang);
      return exit_status::success;
    }
  err << "planlint explain: no rule named " << a.positional[0] << " (see planlint rules)\n";
  return exit_status::usage_error;
}

int run_config(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  std::optional<std::string> file, profile;
  std::string plan = "-";
  bool print = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "--help" || w == "-h") {
      out << "usage: planlint config --print [--config FILE] [--profile NAME] [PLAN]\n"
             "Prints the effective configuration for PLAN (default: the working directory):\n"
             "the nearest .planlint.json, or FILE, with the profile applied.\n";
      return exit_status::success;
    }
    if (w == "--print") print = true;
    else if (w == "--config" && i + 1 < words.size()) file = words[++i];
    else if (w == "--profile" && i + 1 < words.size()) profile = words[++i];
    else if (w.rfind("-", 0) != 0) plan = w;
    else {
      err << "planlint config: unknown option " << w << "\n";
      return exit_status::usage_error;
    }
  }
  if (!print) {
    err << "planlint config: say --print (see planlint config --help)\n";
    return exit_status::usage_error;
  }
  printed_config printed = effective_config_for(plan, file, profile);
  if (!printed.value) {
    err << printed.errors;
    return exit_status::usage_error;
  }
  out << config::to_json(*printed.value).dump(2) << "\n";
  return exit_status::success;
}

}  // namespace

int run_command(const std::string& command, const std::vector<std::string>& words,
                std::ostream& out, std::ostream& err) {
  if (command == "--version" || command == "version") {
    out << "planlint " << version << "\n";
    return exit_status::success;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    out << general_help;
    return exit_status::success;
  }
  if (command == "schema") {
    if (!words.empty() && (words[0] == "--help" || words[0] == "-h")) {
      out << "usage: planlint schema\nPrints the JSON Schema (draft 2020-12) of plan format 1.\n";
      return exit_status::success;
    }
    auto schema = embedded::find("engine/plan/plan.schema.json");
    out << schema.value_or("");
    return exit_status::success;
  }
  if (command == "rules") return run_rules(words, out, err);
  if (command == "explain") return run_explain(words, out, err);
  if (command == "test") return run_test(words, out, err);
  if (command == "config") return run_config(words, out, err);
  err << "planlint: unknown command '" << command << "' (see planlint help)\n";
  return exit_status::usage_error;
}

}  // namespace planlint::cli
