// Every reporter over one synthetic batch (a plan with findings and a suppression, a clean
// plan, an unreadable plan), compared with golden files. The SARIF and JUnit goldens are
// also validated against their schemas by ctest (tests/CMakeLists.txt).
#include <sstream>

#include "engine/report/render.hpp"
#include "tests/support/golden.hpp"
#include "tests/support/report_sample.hpp"

namespace planlint::report {
namespace {

using samples::make_finding;
using samples::sample_batch;

render_options options(language lang) {
  render_options o;
  o.lang = lang;
  o.as_of = "2024-10-01";
  return o;
}

template <typename Render>
std::string rendered(Render render, language lang = language::vi) {
  std::ostringstream out;
  render(sample_batch(), options(lang), out);
  return out.str();
}

TEST(report, text_vi) { testing::expect_golden(rendered(render_text), "tests/data/report/batch.vi.txt"); }
TEST(report, text_en) {
  testing::expect_golden(rendered(render_text, language::en), "tests/data/report/batch.en.txt");
}
TEST(report, json) { testing::expect_golden(rendered(render_json), "tests/data/report/batch.json"); }
TEST(report, sarif) { testing::expect_golden(rendered(render_sarif), "tests/data/report/batch.sarif"); }
TEST(report, junit) {
  testing::expect_golden(rendered(render_junit), "tests/data/report/batch.junit.xml");
}
TEST(report, github) {
  testing::expect_golden(rendered(render_github), "tests/data/report/batch.github.txt");
}

TEST(report, github_caps_annotations_per_kind_and_says_how_many_were_left_out) {
  batch b = sample_batch();
  for (int i = 0; i < 25; ++i)
    b.plans[1].findings.push_back(make_finding("deadline-outside-school-year", severity::error,
                                               "x", "/rows/0", {1, 1}, {}, ""));
  std::ostringstream out;
  render_github(b, options(language::en), out);
  std::string text = out.str();
  std::size_t errors = 0;
  for (std::size_t at = text.find("::error "); at != std::string::npos;
       at = text.find("::error ", at + 1))
    ++errors;
  EXPECT_EQ(errors, 10u);
  // 2 + 25 error findings and one unreadable plan: 28 errors, 10 shown.
  EXPECT_NE(text.find("planlint: 18 annotations left out"), std::string::npos) << text;
}

}  // namespace
}  // namespace planlint::report
