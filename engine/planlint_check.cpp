// check_plan(): analyse the plan against the reference data, evaluate the rules over it,
// and order the findings so that the output never depends on evaluation order.
#include <algorithm>
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

// Whether `id` is in `ids` (the switches are short lists).
bool listed(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// A pack says which frameworks its rules apply to; a plan checked against another framework
// (TT57/2026, say) does not run them. A plan whose framework is unknown runs every rule.
bool applies_to_framework(const std::vector<std::string>& frameworks, const catalog::framework* f) {
  return !f || frameworks.empty() || listed(frameworks, f->family);
}

// The rules to run, by index in the rule set: those enabled by default, plus the ones turned
// on, less the ones turned off; or exactly the ones named; less those for another framework.
// Worked out by index rather than as a set of ids: the set cost ~100 allocations a check.
std::vector<bool> rules_to_run(const rule_set& rules, const model::plan_view& view, const check_options& o) {
  const std::vector<eval::rule_info>& infos = rules.rules->rules();
  std::vector<bool> run(infos.size(), false);
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const eval::rule_info& r = infos[i];
    bool chosen = o.only_rules ? listed(*o.only_rules, r.id)
                               : (r.enabled || listed(o.enabled_rules, r.id)) && !listed(o.disabled_rules, r.id);
    run[i] = chosen && applies_to_framework(rules.frameworks_by_index[i], view.framework.chosen);
  }
  return run;
}

// Notes about suppressions obey the same switches as rules: off, or another severity.
void add_notes(std::vector<finding>& findings, std::vector<finding> notes, const check_options& o) {
  for (finding& note : notes) {
    if (listed(o.disabled_rules, note.rule_id)) continue;
    if (o.only_rules && !listed(*o.only_rules, note.rule_id)) continue;
    if (auto it = o.severity_overrides.find(note.rule_id); it != o.severity_overrides.end())
      note.level = it->second;
    findings.push_back(std::move(note));
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
  const std::vector<bool> selected = rules_to_run(rules, view, o);
  options.selected = &selected;
  options.severity_overrides = o.severity_overrides;
  std::vector<finding> findings = eval::evaluate(*rules.rules, &root, options);
  suppress::applied_suppressions applied =
      suppress::apply_suppressions(std::move(findings), p.suppressions,
                                   dates::civil_date{as_of->year, as_of->month, as_of->day}.to_iso(), o.lang);
  out.findings = std::move(applied.active);
  out.suppressed = std::move(applied.suppressed);
  add_notes(out.findings, std::move(applied.notes), o);
  sort_findings(out.findings);
  const std::vector<eval::rule_info>& infos = rules.rules->rules();
  out.rules_run.reserve(static_cast<std::size_t>(std::count(selected.begin(), selected.end(), true)));
  for (std::size_t i = 0; i < infos.size(); ++i)
    if (selected[i]) out.rules_run.push_back(infos[i].id);
  return out;
}

}  // namespace planlint
