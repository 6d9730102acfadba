// JUnit XML for CI servers, valid against the common (Apache Ant) JUnit schema vendored in
// tests/data/schemas/junit.xsd: a test suite per plan, a test case per rule that ran.
// That schema allows one <failure> per test case, so a failing rule's case carries one
// failure whose text lists every finding at or above --fail-on, one per line.
// Stamps are deterministic (the as-of date, no host name, no timings) so that output is
// byte-identical across runs.
#include "engine/report/writer.hpp"

namespace planlint::report {

namespace {

std::string escape_xml(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      default:
        // Control characters are not allowed in XML 1.0 at all: drop them.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out += c;
    }
  }
  return out;
}

std::string finding_line(const plan_outcome& plan, const finding& f, language lang) {
  std::string at = plan.file;
  if (f.where.known()) at += ":" + std::to_string(f.where.line) + ":" + std::to_string(f.where.column);
  return at + ": " + severity_label(f.level, lang) + ": " + f.message;
}

struct suite {
  std::string xml;
  std::size_t tests = 0, failures = 0, errors = 0;
};

suite suite_for(const plan_outcome& plan, const render_options& o) {
  suite s;
  std::string classname = "planlint." + (plan.file == "-" ? std::string("stdin") : plan.file);
  if (!plan.readable()) {
    std::string text;
    for (const input_problem& p : plan.problems) text += p.message + "\n";
    s.tests = 1;
    s.errors = 1;
    s.xml += "    <testcase name=\"input-error\" classname=\"" + escape_xml(classname) +
             "\" time=\"0\">\n      <error type=\"input-error\" message=\"" +
             escape_xml(plan.problems.front().message) + "\">" + escape_xml(text) +
             "</error>\n    </testcase>\n";
    return s;
  }
  for (const std::string& rule : plan.rules_run) {
    std::string failures;
    std::size_t failing = 0;
    for (const finding& f : plan.findings) {
      if (f.rule_id != rule || !fails(f.level, o)) continue;
      ++failing;
      failures += finding_line(plan, f, o.lang) + "\n";
    }
    ++s.tests;
    s.xml += "    <testcase name=\"" + escape_xml(rule) + "\" classname=\"" + escape_xml(classname) +
             "\" time=\"0\"";
    if (!failing) {
      s.xml += "/>\n";
      continue;
    }
    ++s.failures;
    s.xml += ">\n      <failure type=\"" + escape_xml(rule) + "\" message=\"" +
             std::to_string(failing) + (o.lang == language::vi ? " phát hiện" : " findings") +
             "\">" + escape_xml(failures) + "</failure>\n    </testcase>\n";
  }
  return s;
}

// <testsuites> carries no totals, so every suite is written as its plan comes.
class junit_report : public report_writer {
 public:
  junit_report(const render_options& options, std::ostream& out)
      : options_(options),
        out_(out),
        timestamp_((options.as_of.empty() ? std::string("1970-01-01") : options.as_of) + "T00:00:00") {}

  void begin(const batch_header&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  }

  void plan(const plan_outcome& plan) override {
    suite s = suite_for(plan, options_);
    std::string name = plan.school.empty() ? plan.file : plan.school + " (" + plan.file + ")";
    out_ << "  <testsuite package=\"planlint\" id=\"" << next_id_++ << "\" name=\"" << escape_xml(name)
         << "\" timestamp=\"" << timestamp_ << "\" hostname=\"planlint\" tests=\"" << s.tests
         << "\" failures=\"" << s.failures << "\" errors=\"" << s.errors
         << "\" time=\"0\">\n    <properties/>\n"
         << s.xml << "    <system-out/>\n    <system-err/>\n  </testsuite>\n";
  }

  void finish() override { out_ << "</testsuites>\n"; }

 private:
  render_options options_;
  std::ostream& out_;
  std::string timestamp_;
  std::size_t next_id_ = 0;
};

}  // namespace

std::unique_ptr<report_writer> junit_writer(const render_options& options, std::ostream& out) {
  return std::make_unique<junit_report>(options, out);
}

}  // namespace planlint::report
