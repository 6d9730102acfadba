// The text report, for a reviewer at a terminal: readable at 80 columns, Vietnamese by
// default.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "engine/report/counts.hpp"
#include "engine/report/spill.hpp"
#include "engine/report/utf8_columns.hpp"
#include "engine/report/writer.hpp"

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

// What the closing table needs of each plan, instead of the plan: its name and three
// counts. They wait in a spill until the table is written: kept in memory, every plan's row
// would be a small block left among the blocks of the plans being checked, and the heap
// grows around them; read back at the end, they reuse memory the checking has freed.
class summary_rows {
 public:
  void add(const plan_outcome& plan) {
    std::string name = display_name(plan);
    counts c = count(plan);
    record r{plan.readable(), narrow(c.errors), narrow(c.warnings), narrow(c.infos), narrow(name.size())};
    spill_.stream().write(reinterpret_cast<const char*>(&r), sizeof r);
    spill_.stream() << name;
    ++size_;
  }

  std::size_t size() const { return size_; }

  void render(const render_options& o, std::ostream& out) {
    const std::string text = spill_.contents();
    std::vector<row> rows = read_rows(text);
    if (rows.size() != size_) out.setstate(std::ios::badbit);  // the spill failed
    const words& w = words_for(o.lang);
    std::stable_sort(rows.begin(), rows.end(), [](const row& x, const row& y) {
      if (x.found.readable != y.found.readable) return !x.found.readable;
      if (x.found.errors != y.found.errors) return x.found.errors > y.found.errors;
      return x.found.warnings > y.found.warnings;
    });
    out << paint(table_line(w.summary, w.errors, w.warnings, w.infos), "\033[1m", o.color);
    std::size_t errors = 0, warnings = 0, infos = 0;
    for (const row& r : rows) {
      errors += r.found.errors;
      warnings += r.found.warnings;
      infos += r.found.infos;
      if (!r.found.readable) {
        out << fit(r.name, 44) << pad_left(w.unreadable, 33) << "\n";
        continue;
      }
      out << table_line(std::string(r.name), std::to_string(r.found.errors),
                        std::to_string(r.found.warnings), std::to_string(r.found.infos));
    }
    out << table_line(std::string(w.total) + " (" + std::to_string(size_) + " " + w.plans + ")",
                      std::to_string(errors), std::to_string(warnings), std::to_string(infos));
  }

 private:
  // A plan's findings and its name are held in memory at once, so their sizes fit 32 bits.
  static std::uint32_t narrow(std::size_t n) { return static_cast<std::uint32_t>(n); }

  // Written as bytes, then the name's bytes; all 32-bit fields, so no padding.
  struct record {
    std::uint32_t readable, errors, warnings, infos, name_size;
  };
  struct row {
    record found;
    std::string_view name;  // into the text read back
  };

  static std::vector<row> read_rows(const std::string& text) {
    std::vector<row> rows;
    for (std::size_t at = 0; text.size() - at >= sizeof(record);) {
      row r;
      std::memcpy(&r.found, text.data() + at, sizeof(record));
      at += sizeof(record);
      if (text.size() - at < r.found.name_size) break;
      r.name = std::string_view(text).substr(at, r.found.name_size);
      at += r.found.name_size;
      rows.push_back(r);
    }
    return rows;
  }

  spill spill_;
  std::size_t size_ = 0;
};

class text_report : public report_writer {
 public:
  text_report(const render_options& options, std::ostream& out) : options_(options), out_(out) {}

  void begin(const batch_header&) override {}

  void plan(const plan_outcome& outcome) override {
    render_plan(outcome, options_, out_);
    summary_.add(outcome);
  }

  // A single plan has no closing table.
  void finish() override {
    if (summary_.size() > 1) summary_.render(options_, out_);
  }

 private:
  render_options options_;
  std::ostream& out_;
  summary_rows summary_;
};

}  // namespace

std::unique_ptr<report_writer> text_writer(const render_options& options, std::ostream& out) {
  return std::make_unique<text_report>(options, out);
}

}  // namespace planlint::report
