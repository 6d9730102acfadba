#include "engine/report/render.hpp"

#include "engine/report/writer.hpp"

namespace planlint::report {

void write_batch(report_writer& writer, const batch& b) {
  writer.begin({b.rules});
  for (const plan_outcome& plan : b.plans) writer.plan(plan);
  writer.finish();
}

void render_text(const batch& b, const render_options& options, std::ostream& out) {
  write_batch(*text_writer(options, out), b);
}

void render_json(const batch& b, const render_options& options, std::ostream& out) {
  write_batch(*json_writer(options, out), b);
}

void render_sarif(const batch& b, const render_options& options, std::ostream& out) {
  write_batch(*sarif_writer(options, out), b);
}

void render_junit(const batch& b, const render_options& options, std::ostream& out) {
  write_batch(*junit_writer(options, out), b);
}

void render_github(const batch& b, const render_options& options, std::ostream& out) {
  write_batch(*github_writer(options, out), b);
}

}  // namespace planlint::report
