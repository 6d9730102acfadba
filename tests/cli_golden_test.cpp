// The built planlint binary run on fixtures, its standard output, standard error and exit
// code compared with golden files. A case is tests/cli/<name>.json:
//   {"args": ["check", "--format", "json", "fixtures/plans/x.json"], "stdin": "path", "env": {"NO_COLOR": "1"}}
// with <name>.stdout, <name>.stderr and <name>.exit beside it (UPDATE_GOLDENS=1 writes them).
// The binary runs in the source directory, so paths in outputs are relative and stable.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "tests/support/golden.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

struct run_output {
  std::string out, err;
  int exit = -1;
};

run_output run_case(const nlohmann::json& spec, const std::string& name) {
  fs::path scratch = fs::temp_directory_path() / ("planlint-cli-" + name);
  std::string command = "cd " + testing::shell_quote(PLANLINT_SOURCE_DIR) + " && env";
  const nlohmann::json env = spec.value("env", nlohmann::json::object());  // outlives items()
  for (const auto& [key, value] : env.items())
    command += " " + testing::shell_quote(key + "=" + value.get<std::string>());
  command += " " + testing::shell_quote(PLANLINT_BINARY);
  for (const auto& arg : spec.at("args")) command += " " + testing::shell_quote(arg.get<std::string>());
  command += " < " + testing::shell_quote(spec.contains("stdin") ? spec["stdin"].get<std::string>() : "/dev/null");
  command += " > " + testing::shell_quote(scratch.string() + ".out") + " 2> " + testing::shell_quote(scratch.string() + ".err");
  int status = std::system(command.c_str());
  run_output r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = testing::read_file(scratch.string() + ".out");
  r.err = testing::read_file(scratch.string() + ".err");
  fs::remove(scratch.string() + ".out");
  fs::remove(scratch.string() + ".err");
  return r;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::source_path("tests/cli")))
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class cli_golden : public ::testing::TestWithParam<std::string> {};

TEST_P(cli_golden, output_and_exit_code_match) {
  const std::string name = GetParam();
  nlohmann::json spec = nlohmann::json::parse(testing::read_file(testing::source_path("tests/cli/" + name + ".json")));
  run_output r = run_case(spec, name);
  testing::expect_golden(r.out, "tests/cli/" + name + ".stdout");
  testing::expect_golden(r.err, "tests/cli/" + name + ".stderr");
  testing::expect_golden(std::to_string(r.exit) + "\n", "tests/cli/" + name + ".exit");
}

INSTANTIATE_TEST_SUITE_P(cases, cli_golden, ::testing::ValuesIn(case_names()),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

// The same batch with one job and with four: byte-identical reports.
TEST(cli_determinism, jobs_do_not_change_the_output) {
  nlohmann::json one = {{"args", {"check", "--as-of", "2024-10-01", "--format", "json", "--jobs", "1", "fixtures/plans"}}};
  nlohmann::json four = one;
  four["args"][6] = "4";
  run_output a = run_case(one, "jobs-1"), b = run_case(four, "jobs-4");
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.exit, b.exit);
  EXPECT_FALSE(a.out.empty());
  run_output again = run_case(one, "jobs-1-again");
  EXPECT_EQ(a.out, again.out);
}

}  // namespace
}  // namespace planlint
