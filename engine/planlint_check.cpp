// check_plan(): analyse the plan against the reference data, evaluate the rules over it,
// and order the findings so that the output never depends on evaluation order.
#include <algorithm>
#include <set>
#include <tuple>

#include "engine/bind/root.hpp"
#include "engine/catalog/civil_date.hpp"
#include "engine/planlint.hpp"
#include "engine/planlint_internal.hpp"
#include "engine/suppress/apply.hpp"

namespace planlint {

namespace {


std::optional<eval::date> as_of_date(const check_options& o, std::vector<std::string>& errors) {
  if (!o.as_of) {
    dates::civil_date d = dates::today();
    return eval::date{d.year, d.month, d.day};
  }
  auto parsed = catalog::parse_iso_date(*o.as_of);
  if (!parsed) {
    errors.push_back("--as-of: \"" + *o.as_of + "\" is not a date written YYYY-MM-DD");
    return std::nullopt;
  }
  return eval::date{parsed->year, parsed->month, parsed->day};
}

// The rules to run: those enabled by default, plus the ones turned on, less the ones
// turned off; or exactly the ones named.
std::set<std::string> rules_to_run(const eval::rule_set& rules, const check_options& o) {
  std::set<std::string> run;
  if (o.only_rules) {
    run.insert(o.only_rules->begin(), o.only_rules->end());
    return run;
  }
  for (const eval::rule_info& r : rules.rules())
    if (r.enabled) run.insert(r.id);
  run.insert(o.enabled_rules.begin(), o.enabled_rules.end());
  for (const std::string& id : o.disabled_rules) run.erase(id);
  return run;
}


// Notes about suppressions obey the same switches as rules: off, or another severity.
void add_notes(std::vector<finding>& findings, std::vector<finding> notes, const check_options& o) {
  for (finding& note : notes) {
    if (std::find(o.disabled_rules.begin(), o.disabled_rules.end(), note.rule_id) != o.disabled_rules.end())
      continue;
    if (o.only_rules && std::find(o.only_rules->begin(), o.only_rules->end(), note.rule_id) == o.only_rules->end())
      continue;
    if (auto it = o.severity_overrides.find(note.rule_id); it != o.severity_overrides.end())
      note.level = it->second;
    findings.push_back(std::move(note));
  }
}

// A pack says which frameworks its rules apply to; a plan checked against another framework
// (TT57/2026, say) does not run them. A plan whose framework is unknown runs every rule.
void keep_rules_for_framework(const rule_set& rules, const model::plan_view& view,
                              std::set<std::string>& run) {
  const catalog::framework* f = view.framework.chosen;
  if (!f) return;
  for (auto it = run.begin(); it != run.end();) {
    auto listed = rules.frameworks_of_rule.find(*it);
    bool applies = listed == rules.frameworks_of_rule.end() || listed->second.empty() ||
                   std::find(listed->second.begin(), listed->second.end(), f->family) != listed->second.end();
    it = applies ? std::next(it) : run.erase(it);
  }
}

void sort_findings(std::vector<finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const finding& a, const finding& b) {
    return std::tie(a.where, a.rule_id, a.pointer) < std::tie(b.where, b.rule_id, b.pointer);
  });
}

}  // namespace

check_result check_plan(const rule_set& rules, const loaded_plan& p, const check_options& o) {
  check_result out;
  std::optional<eval::date> as_of = as_of_date(o, out.errors);
  if (o.province_shift_days < -dates::max_province_shift_days ||
      o.province_shift_days > dates::max_province_shift_days)
    out.errors.push_back("the province calendar shift must be between -15 and 15 days");
  if (!out.errors.empty()) return out;

  model::analysis_context context{rules.reference, rules.calendars, o.province_shift_days,
                                  o.target_level};
  model::plan_view view = model::analyze(*p.document, context);
  bind::check_root root;
  root.view = &view;
  root.as_of = *as_of;
  root.document_date_window_months = o.document_date_window_months;
  bind::prepare(root);

  eval::evaluation_options options;
  options.lang = o.lang;
  options.max_findings_per_rule = o.max_findings_per_rule;
  options.only_rules = rules_to_run(*rules.rules, o);
  keep_rules_for_framework(rules, view, *options.only_rules);
  options.severity_overrides = o.severity_overrides;
  std::vector<finding> findings = eval::evaluate(*rules.rules, &root, options);
  suppress::applied_suppressions applied =
      suppress::apply_suppressions(std::move(findings), p.suppressions,
                                   dates::civil_date{as_of->year, as_of->month, as_of->day}.to_iso(), o.lang);
  out.findings = std::move(applied.active);
  out.suppressed = std::move(applied.suppressed);
  add_notes(out.findings, std::move(applied.notes), o);
  sort_findings(out.findings);
  for (const eval::rule_info& r : rules.rules->rules())
    if (options.only_rules->count(r.id)) out.rules_run.push_back(r.id);
  return out;
}

}  // namespace planlint
