// The text report, for a reviewer at a terminal: readable at 80 columns, Vietnamese by
// default.
#include <algorithm>

#include "engine/report/counts.hpp"
#include "engine/report/render.hpp"
#include "engine/report/utf8_columns.hpp"

namespace planlint::report {

namespace {

struct words {
  const char* errors;
  const char* warnings;
  const char* infos;
  const char* suppressed;
  const char* not_checked;
  const char* no_findings;
  const char* summary;
  const char* total;
  const char* plans;
  const char* unreadable;
  const char* reason;
  const char* left_out;
};

const words vietnamese{"lỗi", "cảnh báo", "thông tin", "đã bỏ qua",
                       "Không đọc được kế hoạch nên chưa kiểm tra.", "Không có phát hiện nào.",
                       "Tổng hợp theo trường", "Tổng", "kế hoạch", "không đọc được", "lý do",
                       "phát hiện không hiển thị (--max-findings)"};
const words english{"errors", "warnings", "infos", "suppressed",
                    "The plan could not be read, so it was not checked.", "No findings.",
                    "Summary by school", "Total", "plans", "unreadable", "reason",
                    "findings not shown (--max-findings)"};

const words& words_for(language lang) { return lang == language::vi ? vietnamese : english; }

const char* color_of(severity s) {
  switch (s) {
    case severity::error: return "\033[1;31m";
    case severity::warning: return "\033[1;33m";
    case severity::info: return "\033[1;36m";
  }
  return "";
}

std::string paint(const std::string& text, const char* color, bool enabled) {
  return enabled ? color + text + "\033[0m" : text;
}

std::string location_prefix(const std::string& file, position where) {
  std::string out = file;
  if (where.known()) out += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  return out;
}

void render_finding(const std::string& file, const finding& f, const render_options& o,
                    std::ostream& out) {
  out << location_prefix(file, f.where) << ": "
      << paint(severity_label(f.level, o.lang), color_of(f.level), o.color) << ": " << one_line(f.message, 2000)
      << " [" << f.rule_id << "]\n";
  if (!f.quoted.empty()) out << "    \"" << one_line(f.quoted, 100) << "\"\n";
}

std::string counts_line(const counts& c, const words& w) {
  std::string line = std::to_string(c.errors) + " " + w.errors + ", " +
                     std::to_string(c.warnings) + " " + w.warnings + ", " +
                     std::to_string(c.infos) + " " + w.infos;
  if (c.suppressed) line += " (" + std::to_string(c.suppressed) + " " + w.suppressed + ")";
  return line;
}

void render_plan(const plan_outcome& plan, const render_options& o, std::ostream& out) {
  const words& w = words_for(o.lang);
  std::string header = plan.school.empty() ? plan.file : plan.school + " (" + plan.file + ")";
  out << paint("== " + header, "\033[1m", o.color) << "\n";
  if (!plan.readable()) {
    for (const input_problem& p : plan.problems)
      out << location_prefix(plan.file, p.where) << ": "
          << paint(severity_label(severity::error, o.lang), color_of(severity::error), o.color)
          << ": " << p.message << "\n";
    out << "  " << w.not_checked << "\n\n";
    return;
  }
  for (const finding& f : plan.findings) render_finding(plan.file, f, o, out);
  for (const suppressed_finding& s : plan.suppressed)
    out << location_prefix(plan.file, s.what.where) << ": " << w.suppressed << ": "
        << s.what.message << " [" << s.what.rule_id << "] (" << w.reason << ": " << s.reason
        << ")\n";
  if (plan.findings_left_out)
    out << "  … " << plan.findings_left_out << " " << w.left_out << "\n";
  counts c = count(plan);
  out << "  " << (c.total() || c.suppressed ? counts_line(c, w) : w.no_findings) << "\n\n";
}

// One line of the closing table: a name padded or cut to fit, then three counts.
std::string table_line(const std::string& name, const std::string& a, const std::string& b,
                       const std::string& c) {
  constexpr std::size_t name_width = 44, number_width = 11;
  std::string line = fit(name, name_width) + pad_left(a, number_width) +
                     pad_left(b, number_width) + pad_left(c, number_width);
  line.erase(line.find_last_not_of(' ') + 1);
  return line + "\n";
}

void render_summary(const batch& b, const render_options& o, std::ostream& out) {
  const words& w = words_for(o.lang);
  std::vector<std::pair<const plan_outcome*, counts>> rows;
  for (const plan_outcome& plan : b.plans) rows.emplace_back(&plan, count(plan));
  std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    if (x.first->readable() != y.first->readable()) return !x.first->readable();
    if (x.second.errors != y.second.errors) return x.second.errors > y.second.errors;
    return x.second.warnings > y.second.warnings;
  });
  out << paint(table_line(w.summary, w.errors, w.warnings, w.infos), "\033[1m", o.color);
  counts total;
  for (const auto& [plan, c] : rows) {
    total += c;
    if (!plan->readable()) {
      out << fit(display_name(*plan), 44) << pad_left(w.unreadable, 33) << "\n";
      continue;
    }
    out << table_line(display_name(*plan), std::to_string(c.errors), std::to_string(c.warnings),
                      std::to_string(c.infos));
  }
  out << table_line(std::string(w.total) + " (" + std::to_string(b.plans.size()) + " " + w.plans +
                        ")",
                    std::to_string(total.errors), std::to_string(total.warnings),
                    std::to_string(total.infos));
}

}  // namespace

void render_text(const batch& b, const render_options& options, std::ostream& out) {
  for (const plan_outcome& plan : b.plans) render_plan(plan, options, out);
  if (b.plans.size() > 1) render_summary(b, options, out);
}

}  // namespace planlint::report
