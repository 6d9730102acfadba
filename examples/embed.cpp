// Embedding planlint: check one plan file with the default rules, print the findings.
// usage: embed PLAN.json
#include <iostream>

#include <engine/planlint.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return std::cerr << "usage: embed PLAN.json\n", 2;
  planlint::rules_result rules = planlint::load_rules({});
  if (!rules.rules) return std::cerr << planlint::render_diagnostics(rules), 2;
  planlint::plan_result plan = planlint::load_plan_file(argv[1]);
  if (!plan.value) return std::cerr << plan.errors.front().render() << "\n", 3;
  planlint::check_options options;
  options.lang = planlint::language::en;
  planlint::check_result result = planlint::check_plan(*rules.rules, *plan.value, options);
  for (const planlint::finding& f : result.findings)
    std::cout << argv[1] << ":" << f.where.line << ":" << f.where.column << ": "
              << planlint::severity_name(f.level) << ": " << f.message << " [" << f.rule_id << "]\n";
  return result.findings.empty() ? 0 : 1;
}
