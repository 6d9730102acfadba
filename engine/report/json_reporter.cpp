// The JSON report: a versioned schema for programs (docs/output.md). Keys keep a fixed
// order (ordered_json) so the output is byte-stable.
#include <nlohmann/json.hpp>

#include "engine/report/counts.hpp"
#include "engine/report/render.hpp"
#include "engine/version.hpp"

namespace planlint::report {

namespace {

using ordered = nlohmann::ordered_json;

ordered finding_json(const finding& f) {
  ordered j;
  j["rule"] = f.rule_id;
  j["severity"] = severity_name(f.level);
  j["category"] = f.category;
  j["message"] = f.message;
  j["pointer"] = f.pointer;
  j["line"] = f.where.line;
  j["column"] = f.where.column;
  j["quoted"] = f.quoted;
  j["place"] = f.place;
  j["reference"] = f.reference;
  ordered evidence = ordered::array();
  for (const auto& e : f.evidence) evidence.push_back({{"name", e.name}, {"value", e.value}});
  j["evidence"] = std::move(evidence);
  return j;
}

ordered counts_json(const counts& c) {
  return {{"error", c.errors}, {"warning", c.warnings}, {"info", c.infos},
          {"suppressed", c.suppressed}};
}

ordered plan_json(const plan_outcome& plan) {
  ordered j;
  j["file"] = plan.file;
  j["school"] = plan.school;
  j["readable"] = plan.readable();
  ordered problems = ordered::array();
  for (const input_problem& p : plan.problems)
    problems.push_back({{"message", p.message},
                        {"pointer", p.pointer},
                        {"line", p.where.line},
                        {"column", p.where.column}});
  j["problems"] = std::move(problems);
  ordered findings = ordered::array();
  for (const finding& f : plan.findings) findings.push_back(finding_json(f));
  j["findings"] = std::move(findings);
  ordered suppressed = ordered::array();
  for (const suppressed_finding& s : plan.suppressed) {
    ordered item = finding_json(s.what);
    item["reason"] = s.reason;
    item["source"] = s.in_source ? "plan" : "sidecar";
    suppressed.push_back(std::move(item));
  }
  j["suppressed"] = std::move(suppressed);
  j["findings_left_out"] = plan.findings_left_out;
  j["counts"] = counts_json(count(plan));
  return j;
}

}  // namespace

void render_json(const batch& b, const render_options& options, std::ostream& out) {
  ordered root;
  root["format"] = "planlint.report/1";
  root["tool"] = {{"name", "planlint"}, {"version", version}};
  root["as_of"] = options.as_of;
  root["language"] = options.lang == language::vi ? "vi" : "en";
  ordered plans = ordered::array();
  counts total;
  std::size_t unreadable = 0;
  for (const plan_outcome& plan : b.plans) {
    plans.push_back(plan_json(plan));
    total += count(plan);
    if (!plan.readable()) ++unreadable;
  }
  root["plans"] = std::move(plans);
  ordered summary = counts_json(total);
  summary["plans"] = b.plans.size();
  summary["unreadable"] = unreadable;
  root["summary"] = std::move(summary);
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace planlint::report
