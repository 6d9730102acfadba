// Golden tests: every fixtures/rules-errors/<case>.rules is loaded against the fake host
// model and its rendered diagnostics must equal <case>.expected exactly.
// UPDATE_GOLDENS=1 rewrites the expected files for review.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/eval/load.hpp"
#include "tests/dsl_fake_host.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

fs::path cases_directory() { return fs::path(PLANLINT_SOURCE_DIR) / "fixtures" / "rules-errors"; }

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(cases_directory()))
    if (entry.path().extension() == ".rules") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class dsl_errors : public ::testing::TestWithParam<std::string> {};

TEST_P(dsl_errors, renders_expected_diagnostics) {
  const std::string name = GetParam();
  fs::path rules = cases_directory() / (name + ".rules");
  fs::path expected = cases_directory() / (name + ".expected");
  auto loaded = eval::load_rules({source_text(name + ".rules", read(rules))}, testing::fake_registry());
  std::string actual = eval::render_diagnostics(loaded);
  if (std::getenv("UPDATE_GOLDENS")) {
    std::ofstream(expected, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << expected;
  }
  ASSERT_TRUE(fs::exists(expected)) << "missing " << expected << "; actual output:\n" << actual;
  EXPECT_FALSE(loaded.ok()) << "an error case must not load";
  EXPECT_EQ(read(expected), actual) << "full actual output:\n" << actual;
}

INSTANTIATE_TEST_SUITE_P(cases, dsl_errors, ::testing::ValuesIn(case_names()),
                         [](const auto& info) {
                           std::string id = info.param;
                           for (char& c : id)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return id;
                         });

}  // namespace
}  // namespace planlint
