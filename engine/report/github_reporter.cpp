// GitHub Actions workflow commands. GitHub shows at most 10 annotations of each kind per
// step, so more would be silently lost: we stop at the limit, say how many were left out,
// and print the full text report after the annotations.
#include <array>

#include "engine/report/artifact_uri.hpp"
#include "engine/report/spill.hpp"
#include "engine/report/writer.hpp"

namespace planlint::report {

namespace {

constexpr std::size_t annotations_per_kind = 10;

std::string escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(const std::string& text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

const char* command_for(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "notice";
  }
  return "error";
}

std::string annotation(severity level, const std::string& path, position start, position end,
                       const std::string& title, const std::string& message) {
  std::string line = std::string("::") + command_for(level) + " file=" + escape_property(path);
  if (start.known()) {
    line += ",line=" + std::to_string(start.line) + ",col=" + std::to_string(start.column);
    if (end.known() && end.line != start.line) line += ",endLine=" + std::to_string(end.line);
    if (end.known() && end.line == start.line)
      line += ",endColumn=" + std::to_string(end.column);
  }
  line += ",title=" + escape_property(title) + "::" + escape_data(message) + "\n";
  return line;
}

// Annotations go out as they come (up to the limits); the text report, which follows them
// and the count of those left out, goes to a spill until the batch is complete.
class github_report : public report_writer {
 public:
  github_report(const render_options& options, std::ostream& out)
      : options_(options), out_(out), text_(text_writer(options, text_spill_.stream())) {}

  void begin(const batch_header& header) override { text_->begin(header); }

  void plan(const plan_outcome& plan) override {
    std::string path = relative_path(plan.file, options_.working_directory);
    for (const input_problem& p : plan.problems)
      emit(severity::error, annotation(severity::error, path, p.where, {}, "planlint: input-error",
                                       p.message));
    for (const finding& f : plan.findings)
      emit(f.level, annotation(f.level, path, f.where, f.end, "planlint: " + f.rule_id, f.message));
    text_->plan(plan);
  }

  void finish() override {
    if (left_out_)
      out_ << "planlint: " << left_out_
           << (options_.lang == language::vi
                   ? " chú thích không hiển thị (GitHub chỉ hiện tối đa 10 chú thích mỗi loại trong một bước); xem báo cáo đầy đủ bên dưới.\n"
                   : " annotations left out (GitHub shows at most 10 of each kind per step); see the full report below.\n");
    text_->finish();
    text_spill_.copy_to(out_);
  }

 private:
  void emit(severity level, const std::string& line) {
    std::size_t& n = shown_[static_cast<std::size_t>(level)];
    if (n >= annotations_per_kind) {
      ++left_out_;
      return;
    }
    ++n;
    out_ << line;
  }

  render_options options_;
  std::ostream& out_;
  spill text_spill_;
  std::unique_ptr<report_writer> text_;
  std::array<std::size_t, 3> shown_{};
  std::size_t left_out_ = 0;
};

}  // namespace

std::unique_ptr<report_writer> github_writer(const render_options& options, std::ostream& out) {
  return std::make_unique<github_report>(options, out);
}

}  // namespace planlint::report
