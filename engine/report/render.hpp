#pragma once
// The reporters over a whole batch held in memory (the C API's single plan, tests): each
// drives the format's streaming writer (writer.hpp), the one place a format is written.
#include <ostream>

#include "engine/report/report.hpp"

namespace planlint::report {

// Per plan: a header (school, file), `file:line:col: severity: message [rule-id]` with the
// quoted text under it, per-plan counts; for a batch, a closing table by school.
void render_text(const batch& b, const render_options& options, std::ostream& out);

// The versioned JSON report (docs/output.md, "planlint.report/1").
void render_json(const batch& b, const render_options& options, std::ostream& out);

// SARIF 2.1.0 for code scanning.
void render_sarif(const batch& b, const render_options& options, std::ostream& out);

// JUnit XML: a test suite per plan, a test case per rule that ran.
void render_junit(const batch& b, const render_options& options, std::ostream& out);

// GitHub Actions workflow commands, capped at the per-step annotation limits, then the
// full text report.
void render_github(const batch& b, const render_options& options, std::ostream& out);

}  // namespace planlint::report
