#include "engine/cli/check_command.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "engine/cli/batch.hpp"
#include "engine/cli/check_arguments.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/cli/inputs.hpp"
#include "engine/cli/plan_setup.hpp"
#include "engine/dates/date.hpp"
#include "engine/report/writer.hpp"

namespace planlint::cli {

namespace {

std::unique_ptr<report::report_writer> writer_for(output_format format,
                                                  const report::render_options& o, std::ostream& out) {
  switch (format) {
    case output_format::text: return report::text_writer(o, out);
    case output_format::json: return report::json_writer(o, out);
    case output_format::sarif: return report::sarif_writer(o, out);
    case output_format::junit: return report::junit_writer(o, out);
    case output_format::github: return report::github_writer(o, out);
  }
  return report::text_writer(o, out);
}

// What the exit status needs of the plans, taken as they stream past.
class exit_tally {
 public:
  explicit exit_tally(const report::render_options& o) : options_(o) {}
  void add(const report::plan_outcome& p) {
    unreadable_ = unreadable_ || !p.readable();
    for (const finding& f : p.findings) failing_ = failing_ || report::fails(f.level, options_);
  }
  int status() const {
    if (unreadable_) return exit_status::unreadable_plan;
    return failing_ ? exit_status::findings_failed : exit_status::success;
  }

 private:
  const report::render_options& options_;
  bool unreadable_ = false, failing_ = false;
};

int cannot_write(std::ostream& err, const std::string& path) {
  err << "planlint check: cannot write " << path << "\n";
  return exit_status::usage_error;
}

// Progress on a terminal, only once the batch has taken a second: plans done / total.
class progress_line {
 public:
  progress_line(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
  void operator()(std::size_t done, std::size_t total, std::string_view file) {
    if (!enabled_ || std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
    shown_ = true;
    err_ << "\r\033[K[" << done << "/" << total << "] " << file << std::flush;
  }
  ~progress_line() {
    if (shown_) err_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

batch_settings settings_for(const check_arguments& a) {
  batch_settings settings;
  settings.jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (a.max_file_bytes) settings.limits.max_file_bytes = *a.max_file_bytes;
  if (a.max_depth) settings.limits.max_depth = *a.max_depth;
  settings.max_findings = a.max_findings.value_or(0);
  return settings;
}

// The report's language and threshold: the command line's, else the first plan's
// configuration's (`first`, null without plans), else Vietnamese and "error".
report::render_options render_options_for(const check_arguments& a,
                                          const config::effective_config* first,
                                          const terminal& term) {
  report::render_options o;
  o.lang = a.lang ? (*a.lang == "en" ? language::en : language::vi)
                  : first && first->lang ? *first->lang : language::vi;
  if (a.fail_on) o.fail_on = *a.fail_on;
  else if (first && first->fail_on) o.fail_on = *first->fail_on;
  o.as_of = a.as_of.value_or(dates::today().to_iso());
  std::error_code ignored;
  o.working_directory = std::filesystem::current_path(ignored).string();
  bool to_terminal = a.output.empty() && term.stdout_is_terminal;
  o.color = a.color == color_mode::always ||
            (a.color == color_mode::automatic && to_terminal && !term.no_color);
  if (a.format != output_format::text && a.format != output_format::github) o.color = false;
  return o;
}

// Checks the plans and writes the report as they come; returns the exit status.
int check_and_report(const path_list& paths, const batch_setup& setup, const std::string& stdin_text,
                     const check_arguments& a, const report::render_options& options,
                     std::ostream& target, std::ostream& err, const terminal& term) {
  std::unique_ptr<report::report_writer> writer = writer_for(a.format, options, target);
  report::batch_header header;
  if (!setup.plans.empty()) header.rules = describe_rules(*setup.plans.front()->rules);
  writer->begin(header);
  // The report streams as plans are checked: on a terminal it is the progress itself, and
  // a progress line on the same terminal would be written into the middle of it.
  bool report_on_terminal = a.output.empty() && term.stdout_is_terminal;
  progress_line progress(err, term.stderr_is_terminal && !a.quiet && !report_on_terminal);
  exit_tally tally(options);
  check_batch(paths, setup.plans, stdin_text, settings_for(a),
              [&](std::size_t done, std::size_t total, std::string_view path) {
                progress(done, total, path);
              },
              [&](report::plan_outcome&& outcome) {
                tally.add(outcome);
                writer->plan(outcome);
              });
  writer->finish();
  target.flush();
  return tally.status();
}

}  // namespace

int run_check(const std::vector<std::string>& words, std::istream& in, std::ostream& out,
              std::ostream& err, const terminal& term) {
  parsed_check_arguments parsed = parse_check_arguments(words);
  if (parsed.help) {
    out << check_help();
    return exit_status::success;
  }
  if (!parsed.error.empty()) {
    err << "planlint check: " << parsed.error << "\n";
    return exit_status::usage_error;
  }
  const check_arguments& a = parsed.value;

  expanded_inputs inputs = expand_inputs(a.inputs);
  if (!inputs.errors.empty()) {
    for (const std::string& e : inputs.errors) err << "planlint check: " << e << "\n";
    return exit_status::usage_error;
  }
  batch_setup setup = set_up_batch(inputs.plans, a);
  if (!setup.errors.empty()) {
    err << setup.errors;
    return exit_status::usage_error;
  }
  std::string stdin_text;
  if (std::find(inputs.plans.begin(), inputs.plans.end(), "-") != inputs.plans.end()) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    stdin_text = buffer.str();
  }
  report::render_options options =
      render_options_for(a, setup.plans.empty() ? nullptr : &setup.plans.front()->effective, term);
  // The paths stay for the whole run: compact, and the strings gone before checking starts.
  path_list paths(inputs.plans);
  inputs = {};

  if (a.output.empty()) return check_and_report(paths, setup, stdin_text, a, options, out, err, term);
  std::ofstream file(a.output, std::ios::binary);
  if (!file) return cannot_write(err, a.output);
  int status = check_and_report(paths, setup, stdin_text, a, options, file, err, term);
  if (!file) return cannot_write(err, a.output);
  return status;
}

}  // namespace planlint::cli
