#pragma once
// The reporters, streaming: a writer is told about the batch, then about each plan in input
// order, then that the batch is complete; it writes as it goes and keeps only small
// per-plan counts (for closing tables and totals), never the outcomes, so memory stays flat
// however many plans a batch has. One writer per output format, each in its own file.
#include <memory>
#include <ostream>

#include "engine/report/report.hpp"

namespace planlint::report {

// What is known before the first plan.
struct batch_header {
  std::vector<rule_info> rules;  // every rule of the rule set, in rule-set order
};

class report_writer {
 public:
  virtual ~report_writer() = default;
  virtual void begin(const batch_header& header) = 0;
  virtual void plan(const plan_outcome& outcome) = 0;
  virtual void finish() = 0;
};

// The writers write to `out`, which must outlive them; `options` is copied.
std::unique_ptr<report_writer> text_writer(const render_options& options, std::ostream& out);
std::unique_ptr<report_writer> json_writer(const render_options& options, std::ostream& out);
std::unique_ptr<report_writer> sarif_writer(const render_options& options, std::ostream& out);
std::unique_ptr<report_writer> junit_writer(const render_options& options, std::ostream& out);
std::unique_ptr<report_writer> github_writer(const render_options& options, std::ostream& out);

// A whole batch through a writer: begin, every plan, finish.
void write_batch(report_writer& writer, const batch& b);

}  // namespace planlint::report
