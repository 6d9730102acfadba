// The JSON report: a versioned schema for programs (docs/output.md). Keys keep a fixed
// order (ordered_json) so the output is byte-stable; the document is written plan by plan
// (json_stream), never held whole.
#include <nlohmann/json.hpp>

#include "engine/report/counts.hpp"
#include "engine/report/json_stream.hpp"
#include "engine/report/writer.hpp"
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

// A plan as one element of "plans", finding by finding: a plan can have thousands of
// findings, and its whole JSON value would be several times the outcome's size.
void write_plan(json_stream& json, const plan_outcome& plan) {
  json.open_object();
  json.member("file", plan.file);
  json.member("school", plan.school);
  json.member("readable", plan.readable());
  json.open_array("problems");
  for (const input_problem& p : plan.problems)
    json.element({{"message", p.message},
                  {"pointer", p.pointer},
                  {"line", p.where.line},
                  {"column", p.where.column}});
  json.close();
  json.open_array("findings");
  for (const finding& f : plan.findings) json.element(finding_json(f));
  json.close();
  json.open_array("suppressed");
  for (const suppressed_finding& s : plan.suppressed) {
    ordered item = finding_json(s.what);
    item["reason"] = s.reason;
    item["source"] = s.in_source ? "plan" : "sidecar";
    json.element(item);
  }
  json.close();
  json.member("findings_left_out", plan.findings_left_out);
  json.member("counts", counts_json(count(plan)));
  json.close();
}

class json_report : public report_writer {
 public:
  json_report(const render_options& options, std::ostream& out) : options_(options), out_(out), json_(out) {}

  void begin(const batch_header&) override {
    json_.open_object();
    json_.member("format", "planlint.report/1");
    json_.member("tool", {{"name", "planlint"}, {"version", version}});
    json_.member("as_of", options_.as_of);
    json_.member("language", options_.lang == language::vi ? "vi" : "en");
    json_.open_array("plans");
  }

  void plan(const plan_outcome& outcome) override {
    write_plan(json_, outcome);
    total_ += count(outcome);
    ++plans_;
    if (!outcome.readable()) ++unreadable_;
  }

  void finish() override {
    json_.close();
    ordered summary = counts_json(total_);
    summary["plans"] = plans_;
    summary["unreadable"] = unreadable_;
    json_.member("summary", summary);
    json_.close();
    out_ << "\n";
  }

 private:
  render_options options_;
  std::ostream& out_;
  json_stream json_;
  counts total_;
  std::size_t plans_ = 0, unreadable_ = 0;
};

}  // namespace

std::unique_ptr<report_writer> json_writer(const render_options& options, std::ostream& out) {
  return std::make_unique<json_report>(options, out);
}

}  // namespace planlint::report
