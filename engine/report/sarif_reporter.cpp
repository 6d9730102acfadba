// SARIF 2.1.0, as GitHub code scanning accepts it: every rule in tool.driver.rules, results
// with a physical location relative to the working directory, fingerprints that survive
// line shifts, suppressed findings as results carrying their justification.
// Results are written plan by plan to a temporary file and copied after the rule list.
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "engine/report/artifact_uri.hpp"
#include "engine/report/json_stream.hpp"
#include "engine/report/spill.hpp"
#include "engine/report/writer.hpp"
#include "engine/version.hpp"

namespace planlint::report {

namespace {

using ordered = nlohmann::ordered_json;

const char* sarif_level(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "note";
  }
  return "error";
}

// The rule an unreadable plan is reported under: it has no rule of its own.
rule_info input_error_rule() {
  return {"input-error", severity::error, "input",
          "Không đọc được kế hoạch", "The plan could not be read",
          "Tệp kế hoạch không phải JSON hợp lệ theo định dạng kế hoạch 1, nên không được kiểm tra.",
          "The plan file is not valid plan format 1 JSON, so it was not checked.",
          "docs/plan-format.md", true};
}

ordered rule_json(const rule_info& rule, language lang) {
  std::string title = rule.title(lang);
  std::string explanation = rule.explanation(lang).empty() ? title : rule.explanation(lang);
  std::string reference = rule.reference.empty() ? "" : "\n\n" + std::string(lang == language::vi
                                                                              ? "Căn cứ: "
                                                                              : "Reference: ") +
                                                            rule.reference;
  ordered j;
  j["id"] = rule.id;
  j["name"] = rule.id;
  j["shortDescription"] = {{"text", title}};
  j["fullDescription"] = {{"text", explanation}};
  j["help"] = {{"text", explanation + reference},
               {"markdown", "**" + title + "**\n\n" + explanation + reference}};
  j["defaultConfiguration"] = {{"level", sarif_level(rule.default_level)},
                               {"enabled", rule.enabled}};
  j["properties"] = {{"category", rule.category}};
  return j;
}

ordered region_json(position start, position end) {
  ordered region;
  region["startLine"] = start.line;
  region["startColumn"] = start.column;
  if (end.known()) {
    region["endLine"] = end.line;
    region["endColumn"] = end.column;
  }
  return region;
}

ordered location_json(const std::string& uri, position start, position end) {
  ordered physical;
  physical["artifactLocation"] = {{"uri", uri}};
  if (start.known()) physical["region"] = region_json(start, end);
  return ordered::array({{{"physicalLocation", physical}}});
}

class result_writer {
 public:
  result_writer(std::vector<rule_info> rules, const render_options& options)
      : rules_(std::move(rules)), options_(options) {
    for (std::size_t i = 0; i < rules_.size(); ++i) index_[rules_[i].id] = i;
  }

  ordered finding_result(const finding& f, const std::string& uri) {
    ordered r;
    r["ruleId"] = f.rule_id;
    r["ruleIndex"] = index_of(f.rule_id, f.level);
    r["level"] = sarif_level(f.level);
    r["message"] = {{"text", f.message}};
    r["locations"] = location_json(uri, f.where, f.end);
    r["partialFingerprints"] = {
        {"planlint/v1", stable_digest(f.rule_id + '\0' + uri + '\0' + f.pointer + '\0' + f.quoted)}};
    return r;
  }

  ordered problem_result(const input_problem& p, const std::string& uri) {
    ordered r;
    r["ruleId"] = "input-error";
    r["ruleIndex"] = index_of("input-error", severity::error);
    r["level"] = "error";
    r["message"] = {{"text", p.message}};
    r["locations"] = location_json(uri, p.where, {});
    r["partialFingerprints"] = {{"planlint/v1", stable_digest(std::string("input-error") + '\0' + uri + '\0' + p.message)}};
    return r;
  }

  ordered rules_json() const {
    ordered all = ordered::array();
    for (const rule_info& rule : rules_) all.push_back(rule_json(rule, options_.lang));
    return all;
  }

 private:
  // Rules the rule set did not declare (input errors, internal errors) are added on first use.
  std::size_t index_of(const std::string& id, severity level) {
    auto it = index_.find(id);
    if (it != index_.end()) return it->second;
    rule_info added = id == "input-error" ? input_error_rule()
                                          : rule_info{id, level, "engine", id, id, "", "", "", true};
    rules_.push_back(added);
    return index_[id] = rules_.size() - 1;
  }

  std::vector<rule_info> rules_;
  const render_options& options_;
  std::map<std::string, std::size_t> index_;
};

// The results go to a spill as they come: the rule list, written before them, grows with
// rules first used by a result (input errors, engine rules).
class sarif_report : public report_writer {
 public:
  sarif_report(const render_options& options, std::ostream& out)
      : options_(options), out_(out), results_(json_stream::elements_of_array(spill_.stream(), results_depth)) {}

  void begin(const batch_header& header) override { writer_.emplace(header.rules, options_); }

  void plan(const plan_outcome& plan) override {
    std::string uri = artifact_uri(plan.file, options_.working_directory);
    for (const input_problem& p : plan.problems) results_.element(writer_->problem_result(p, uri));
    for (const finding& f : plan.findings) results_.element(writer_->finding_result(f, uri));
    for (const suppressed_finding& s : plan.suppressed) {
      ordered r = writer_->finding_result(s.what, uri);
      r["suppressions"] = ordered::array(
          {{{"kind", s.in_source ? "inSource" : "external"}, {"justification", s.reason}}});
      results_.element(r);
    }
  }

  void finish() override {
    ordered driver;
    driver["name"] = "planlint";
    driver["version"] = version;
    driver["semanticVersion"] = version;
    driver["informationUri"] = information_uri;
    driver["rules"] = writer_->rules_json();
    json_stream json(out_);
    json.open_object();
    json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    json.member("version", "2.1.0");
    json.open_array("runs");
    json.open_object();
    json.member("tool", {{"driver", driver}});
    json.member("columnKind", "unicodeCodePoints");
    json.open_array("results");
    json.copy_elements(spill_, results_.elements());
    json.close();
    json.close();
    json.close();
    json.close();
    out_ << "\n";
  }

 private:
  // The results' place in the document: {"runs": [{"results": [here]}]}.
  static constexpr std::size_t results_depth = 4;

  render_options options_;
  std::ostream& out_;
  spill spill_;
  json_stream results_;
  std::optional<result_writer> writer_;
};

}  // namespace

std::unique_ptr<report_writer> sarif_writer(const render_options& options, std::ostream& out) {
  return std::make_unique<sarif_report>(options, out);
}

}  // namespace planlint::report
