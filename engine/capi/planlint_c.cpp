// The C API over the façade: JSON in, JSON out, no C++ type crosses the boundary, no
// exception escapes it.
#include <cstring>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/capi/planlint.h"
#include "engine/cli/rule_listing.hpp"
#include "engine/planlint.hpp"
#include "engine/report/render.hpp"
#include "engine/version.hpp"

struct planlint_rules {
  std::shared_ptr<const planlint::rule_set> rules;
};

namespace {

char* copy(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

nlohmann::json parse_options(const char* options_json) {
  if (!options_json) return nlohmann::json::object();
  nlohmann::json options = nlohmann::json::parse(options_json, nullptr, false);
  if (options.is_discarded() || !options.is_object())
    throw std::invalid_argument("the options are not a JSON object");
  return options;
}

std::optional<planlint::severity> severity_named(const std::string& word) {
  if (word == "error") return planlint::severity::error;
  if (word == "warning") return planlint::severity::warning;
  if (word == "info") return planlint::severity::info;
  return std::nullopt;
}

planlint::check_options check_options_from(const nlohmann::json& o) {
  planlint::check_options options;
  if (o.contains("as_of")) options.as_of = o.at("as_of").get<std::string>();
  options.lang = o.value("lang", "vi") == "en" ? planlint::language::en : planlint::language::vi;
  options.disabled_rules = o.value("disabled_rules", std::vector<std::string>{});
  options.enabled_rules = o.value("enabled_rules", std::vector<std::string>{});
  // Named, not iterated as a temporary: items() only refers to the object it is called on.
  const nlohmann::json severities = o.value("severity", nlohmann::json::object());
  for (const auto& [rule, level] : severities.items())
    if (auto s = severity_named(level.get<std::string>())) options.severity_overrides[rule] = *s;
  return options;
}

planlint::report::plan_outcome outcome_of(const planlint_rules& rules, const char* plan_json,
                                          const nlohmann::json& o, const planlint::check_options& options) {
  planlint::report::plan_outcome outcome;
  outcome.file = o.value("name", std::string("-"));
  planlint::plan_result loaded = planlint::load_plan_text(plan_json ? plan_json : "", outcome.file);
  if (!loaded.value) {
    for (const auto& e : loaded.errors) outcome.problems.push_back({e.message, e.pointer, e.where});
    return outcome;
  }
  outcome.school = planlint::school_name(*loaded.value);
  planlint::check_result result = planlint::check_plan(*rules.rules, *loaded.value, options);
  for (const std::string& e : result.errors) outcome.problems.push_back({e, "", {}});
  outcome.findings = std::move(result.findings);
  for (auto& s : result.suppressed) outcome.suppressed.push_back({std::move(s.what), std::move(s.reason), s.in_source});
  outcome.rules_run = std::move(result.rules_run);
  return outcome;
}

}  // namespace

extern "C" {

planlint_rules* planlint_rules_load(const char* options_json, char** errors) {
  try {
    nlohmann::json o = parse_options(options_json);
    planlint::rule_sources sources;
    sources.default_pack = o.value("default_pack", true);
    sources.directories = o.value("directories", std::vector<std::string>{});
    sources.files = o.value("files", std::vector<std::string>{});
    planlint::rules_result loaded = planlint::load_rules(sources);
    if (!loaded.rules) {
      if (errors) *errors = copy(planlint::render_diagnostics(loaded));
      return nullptr;
    }
    return new planlint_rules{loaded.rules};
  } catch (const std::exception& e) {
    if (errors) *errors = copy(std::string("planlint: ") + e.what() + "\n");
    return nullptr;
  }
}

void planlint_rules_free(planlint_rules* rules) { delete rules; }

char* planlint_check(const planlint_rules* rules, const char* plan_json, const char* options_json) {
  planlint::report::batch b;
  planlint::report::render_options render;
  try {
    nlohmann::json o = parse_options(options_json);
    planlint::check_options options = check_options_from(o);
    render.lang = options.lang;
    render.as_of = options.as_of.value_or("");
    if (!rules) throw std::invalid_argument("no rule set");
    b.plans.push_back(outcome_of(*rules, plan_json, o, options));
    b.rules = planlint::describe_rules(*rules->rules);
  } catch (const std::exception& e) {
    planlint::report::plan_outcome failed;
    failed.file = "-";
    failed.problems.push_back({std::string("planlint: ") + e.what(), "", {}});
    b.plans = {failed};
  }
  std::ostringstream out;
  planlint::report::render_json(b, render, out);
  return copy(out.str());
}

char* planlint_rules_describe(const planlint_rules* rules) {
  if (!rules) return copy("[]");
  return copy(planlint::cli::rules_json(planlint::describe_rules(*rules->rules)));
}

void planlint_free(char* text) { std::free(text); }

const char* planlint_version(void) { return planlint::version; }

}  // extern "C"
