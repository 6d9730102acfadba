#include "engine/plan/model_dump.hpp"

#include <nlohmann/json.hpp>

namespace planlint::plan {

namespace {

class dumper {
 public:
  std::string take() { return std::move(out_); }

  void line(int depth, const std::string& s) { out_ += std::string(2 * depth, ' ') + s + "\n"; }

  static std::string quoted(const std::string& s) { return nlohmann::json(s).dump(); }
  static std::string where(const location& at) {
    std::string pointer = at.pointer();
    std::string s = " @" + (pointer.empty() ? std::string("/") : pointer);
    if (const position where = at.where(); where.known())
      s += " " + std::to_string(where.line) + ":" + std::to_string(where.column);
    return s;
  }

  void item(int depth, const std::string& label, const text_item& i) {
    std::string s = label + quoted(std::string(i.normalized));
    if (i.raw != i.normalized) s += " raw " + quoted(std::string(i.raw));
    line(depth, s + where(i.at));
  }

  void field(int depth, const std::string& name, const text& t) {
    if (!t.present) return;
    if (!t.is_list) return item(depth, name + ": ", t.items.front());
    line(depth, name + ": [" + std::to_string(t.items.size()) + "]" + where(t.at));
    for (const auto& i : t.items) item(depth + 1, "- ", i);
  }

  void field(int depth, const std::string& name, const level_value& v) {
    if (!v.present) return;
    std::string written = std::holds_alternative<int>(v.written) ? std::to_string(std::get<int>(v.written))
                                                                 : quoted(std::get<std::string>(v.written));
    line(depth, name + ": level " + written + where(v.at));
  }

  void field(int depth, const std::string& name, const timeline_field& t) {
    if (!t.present) return;
    if (!t.structured) return field(depth, name, t.whole);
    line(depth, name + ": {start, end}" + where(t.at));
    field(depth + 1, "start", t.start);
    field(depth + 1, "end", t.end);
  }

  bool header(int depth, const std::string& name, bool present, const location& at) {
    if (present) line(depth, name + ":" + where(at));
    return present;
  }

  void plan_fields(const plan& p) {
    field(0, "format", p.format);
    field(0, "framework", p.framework);
    if (header(0, "school", p.school.present, p.school.at)) {
      field(1, "name", p.school.name);
      field(1, "level", p.school.level);
      field(1, "authority", p.school.authority);
      field(1, "province", p.school.province);
    }
    if (header(0, "document", p.document.present, p.document.at)) {
      const auto& d = p.document;
      field(1, "number", d.number);
      field(1, "place", d.place);
      field(1, "date", d.date);
      field(1, "title", d.title);
      field(1, "school_year", d.school_year);
      if (header(1, "signer", d.signer.present, d.signer.at)) {
        field(2, "title", d.signer.title);
        field(2, "name", d.signer.name);
      }
      field(1, "recipients", d.recipients);
    }
    if (header(0, "sections [" + std::to_string(p.sections.size()) + "]", p.sections_present, p.sections_at))
      for (const auto& s : p.sections) {
        line(1, "section" + where(s.at));
        field(2, "number", s.number);
        field(2, "title", s.title);
        field(2, "text", s.body);
      }
    field(0, "legal_basis", p.legal_basis);
    self_assessment_fields(p.self_assessment);
    line(0, "rows [" + std::to_string(p.rows.size()) + "]" + where(p.rows_at));
    for (const auto& r : p.rows) row_fields(r);
    if (header(0, "monitoring [" + std::to_string(p.monitoring.size()) + "]", p.monitoring_present, p.monitoring_at))
      for (const auto& m : p.monitoring) {
        line(1, "entry" + where(m.at));
        field(2, "when", m.when);
        field(2, "content", m.content);
        field(2, "result", m.result);
        field(2, "adjustment", m.adjustment);
        field(2, "assessor", m.assessor);
      }
  }

  void self_assessment_fields(const self_assessment& a) {
    if (!header(0, "self_assessment", a.present, a.at)) return;
    field(1, "period", a.period);
    field(1, "target_level", a.target_level);
    if (!header(1, "results [" + std::to_string(a.results.size()) + "]", a.results_present, a.results_at)) return;
    for (const auto& r : a.results) {
      line(2, "result" + where(r.at));
      field(3, "criterion", r.criterion);
      field(3, "level", r.level);
      field(3, "weaknesses", r.weaknesses);
    }
  }

  void row_fields(const row& r) {
    line(1, "row " + std::to_string(r.index) + where(r.at));
    field(2, "no", r.no);
    field(2, "standard", r.standard);
    field(2, "criterion", r.criterion);
    field(2, "criterion_title", r.criterion_title);
    field(2, "target", r.target);
    field(2, "target_level", r.target_level);
    field(2, "actions", r.actions);
    field(2, "owners", r.owners);
    field(2, "timeline", r.timeline);
    field(2, "budget", r.budget);
    field(2, "support", r.support);
    field(2, "notes", r.notes);
    field(2, "problem", r.problem);
    field(2, "indicators", r.indicators);
    field(2, "evidence", r.evidence);
  }

 private:
  std::string out_;
};

}  // namespace

std::string dump(const plan& p) {
  dumper d;
  d.plan_fields(p);
  return d.take();
}

}  // namespace planlint::plan
