// Hostile and broken inputs (fixtures/bad/): every case must end in exactly the expected
// errors, or load, without a crash or a hang (a hang times the test out). Plans are loaded
// from a file as the CLI does; rule files are loaded against the fake host model and, when
// they load, run on a generated plan of 1,000 rows whose first criterion is 100,000 "a".
// Then the planlint binary runs each case, for its exit code and the rest of its batch.
// See fixtures/bad/README.md for the case format. UPDATE_GOLDENS=1 rewrites the .expected
// bodies (keeping their exit line) for review.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/eval/load.hpp"
#include "engine/plan/load.hpp"
#include "tests/dsl_fake_host.hpp"
#include "tests/support/golden.hpp"
#include "tests/support/sanitizers.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

fs::path cases_directory() { return fs::path(PLANLINT_SOURCE_DIR) / "fixtures" / "bad"; }

std::string read(const fs::path& path) { return testing::read_file(path.string()); }

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(cases_directory()))
    if (entry.path().extension() == ".expected") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The input of a case: a committed file, or one a generator spec (`<case>.gen`) makes.
struct input {
  fs::path path;
  bool is_rules = false;
  bool unreadable = false;  // chmod 000: every user but root fails to read it
};

// A scratch directory per case, removed afterwards (permissions restored first).
class scratch {
 public:
  explicit scratch(const std::string& name)
      : path_(fs::temp_directory_path() / ("planlint-bad-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~scratch() {
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(path_, ec))
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string rule_around(const std::string& clause) {
  return "rule generated {\n  severity error\n  category robustness\n  cite \"fixtures/bad\"\n"
         "  title vi \"Sinh ra\" en \"Generated\"\n" + clause +
         "  report\n    vi \"x\"\n    en \"x\"\n}\n";
}

// `json deep-array N`, `json deep-array-open N`, `json deep-object N`, `json long-string N`,
// `json directory`, `json unreadable`, `json missing`, `rules deep-parentheses N`,
// `rules long-line N`.
input generate(const std::string& name, const std::string& spec, const fs::path& into) {
  std::istringstream words(spec);
  std::string format, what;
  std::size_t n = 0;
  words >> format >> what >> n;
  input in;
  in.is_rules = format == "rules";
  in.path = into / (name + (in.is_rules ? ".rules" : ".json"));
  if (what == "deep-array") {
    write(in.path, "{\"rows\": [], \"deep\": " + std::string(n, '[') + std::string(n, ']') + "}\n");
  } else if (what == "deep-array-open") {
    write(in.path, std::string(n, '['));
  } else if (what == "deep-object") {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "{\"a\": ";
    write(in.path, text + "1" + std::string(n, '}') + "\n");
  } else if (what == "long-string") {
    write(in.path, "{\"rows\": [], \"x\": \"" + std::string(n, 'a') + "\"}\n");
  } else if (what == "directory") {
    fs::create_directory(in.path);
  } else if (what == "unreadable") {
    write(in.path, "{\"rows\": []}\n");
    fs::permissions(in.path, fs::perms::none);
    in.unreadable = true;
  } else if (what == "missing") {
    // nothing at the path
  } else if (what == "deep-parentheses") {
    write(in.path, rule_around("  when " + std::string(n, '(') + "true" + std::string(n, ')') + "\n"));
  } else if (what == "long-line") {
    write(in.path, rule_around("  let s = \"" + std::string(n, 'a') + "\"\n  when length(s) == 0\n"));
  } else {
    throw std::invalid_argument("unknown generator: " + spec);
  }
  return in;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

// A plan: its errors one headline a line (file names relative to the case's folder), or
// "loads".
std::string outcome_of_plan(const fs::path& path) {
  auto loaded = plan::load_plan_file(path.string());
  if (loaded.ok()) return "loads\n";
  std::string out;
  for (const auto& e : loaded.errors) out += plan::render_headline(e) + "\n";
  return replace_all(out, path.parent_path().string() + "/", "");
}

// 1,000 rows: enough for a nested `for` to want a million findings.
testing::fake_plan large_plan() {
  testing::fake_plan p;
  p.title = "Kế hoạch sinh ra cho fixtures/bad";
  for (std::size_t i = 0; i < 1000; ++i) {
    int tt = static_cast<int>(i) + 1;
    std::string criterion = i == 0 ? std::string(100000, 'a') : "Tiêu chí " + std::to_string(tt);
    p.rows.push_back({tt, std::to_string(tt), criterion, "Hiệu trưởng", std::nullopt, {}, i});
  }
  return p;
}

// A rule file: its rendered diagnostics, or how many findings it gives and the last one.
std::string outcome_of_rules(const fs::path& path) {
  auto loaded = eval::load_rules({source_text(path.filename().string(), read(path))}, testing::fake_registry());
  if (!loaded.ok()) return eval::render_diagnostics(loaded);
  static const testing::fake_plan plan = large_plan();
  testing::fake_root root;
  root.plan = &plan;
  auto findings = eval::evaluate(*loaded.rules, &root);
  std::string out = "findings " + std::to_string(findings.size()) + "\n";
  if (!findings.empty()) out += "last: " + findings.back().message + "\n";
  return out;
}

class bad_inputs : public ::testing::TestWithParam<std::string> {};

TEST_P(bad_inputs, end_in_the_expected_errors) {
  const std::string name = GetParam();
  const fs::path dir = cases_directory();
  const fs::path expected_path = dir / (name + ".expected");
  std::string expected = read(expected_path);
  std::size_t first_line_end = expected.find('\n');
  ASSERT_NE(first_line_end, std::string::npos) << expected_path;
  std::string exit_line = expected.substr(0, first_line_end + 1);
  ASSERT_TRUE(exit_line == "exit 2\n" || exit_line == "exit 3\n" || exit_line == "exit 0|1\n")
      << expected_path << " must start with the CLI's exit code: \"exit 2\", \"exit 3\" or \"exit 0|1\"";

  scratch temp(name);
  input in;
  if (fs::exists(dir / (name + ".gen"))) {
    in = generate(name, read(dir / (name + ".gen")), temp.path());
  } else {
    in.is_rules = fs::exists(dir / (name + ".rules"));
    in.path = dir / (name + (in.is_rules ? ".rules" : ".json"));
    ASSERT_TRUE(fs::exists(in.path)) << "no input for " << expected_path;
  }
  if (in.unreadable && ::geteuid() == 0) GTEST_SKIP() << "running as root: root reads a chmod 000 file";

  std::string actual = exit_line + (in.is_rules ? outcome_of_rules(in.path) : outcome_of_plan(in.path));
  if (std::getenv("UPDATE_GOLDENS")) {
    write(expected_path, actual);
    GTEST_SKIP() << "rewrote " << expected_path;
  }
  EXPECT_EQ(expected, actual) << "full actual output:\n" << actual;
}

struct cli_run {
  int exit = -1;
  std::string out, err;
};

// The planlint binary, run from the source directory under a time limit and, outside the
// sanitizer build (whose shadow memory needs terabytes of address space), a memory limit.
cli_run run_planlint(const std::vector<std::string>& args, const fs::path& scratch_dir) {
  std::string command = "cd " + testing::shell_quote(PLANLINT_SOURCE_DIR) + " && ";
  if (!testing::built_with_address_sanitizer) command += "ulimit -v 4194304 && ";  // 4 GiB of address space
  command += "timeout 120 " + testing::shell_quote(PLANLINT_BINARY);
  for (const std::string& arg : args) command += " " + testing::shell_quote(arg);
  const fs::path out = scratch_dir / "cli.out", err = scratch_dir / "cli.err";
  command += " < /dev/null > " + testing::shell_quote(out.string()) + " 2> " + testing::shell_quote(err.string());
  const int status = std::system(command.c_str());
  cli_run r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read(out);
  r.err = read(err);
  return r;
}

// The command line on the same case: the exit code of the expectation's first line. A plan
// goes in a batch after a real one, which must still be checked and summarised; a rule file
// goes in a pack of its own, given with --rules.
TEST_P(bad_inputs, the_command_line_exits_as_expected_and_the_batch_goes_on) {
  const std::string name = GetParam();
  const fs::path dir = cases_directory();
  const std::string expected = read(dir / (name + ".expected"));
  const std::string exit_line = expected.substr(0, expected.find('\n'));

  scratch temp(name + "-cli");
  const fs::path inputs = temp.path() / "inputs";
  fs::create_directories(inputs);
  input in;
  if (fs::exists(dir / (name + ".gen"))) {
    in = generate(name, read(dir / (name + ".gen")), inputs);
  } else {
    in.is_rules = fs::exists(dir / (name + ".rules"));
    in.path = dir / (name + (in.is_rules ? ".rules" : ".json"));
  }
  if (in.unreadable && ::geteuid() == 0) GTEST_SKIP() << "running as root: root reads a chmod 000 file";
  const std::string real_plan = "fixtures/plans/seed-000-thcs-ly-thuong-kiet.json";

  if (in.is_rules) {
    // The rule files that load were written for the fake host model of the library test;
    // only the refused ones say the same to the real one.
    if (exit_line != "exit 2") GTEST_SKIP() << "written for the fake host model";
    const fs::path pack = temp.path() / "pack";
    fs::create_directories(pack);
    write(pack / "pack.json", R"({"name": "bad", "version": "1.0.0", "frameworks": ["TT18"]})");
    fs::copy_file(in.path, pack / in.path.filename());
    cli_run r = run_planlint({"check", "--no-default-rules", "--rules", pack.string(), "--as-of", "2024-10-01", real_plan},
                             temp.path());
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_NE(r.err.find(in.path.filename().string()), std::string::npos) << "the error names the file:\n" << r.err;
    return;
  }

  cli_run r = run_planlint({"check", "--as-of", "2024-10-01", in.path.string(), real_plan}, temp.path());
  if (exit_line == "exit 2") {
    // A folder is searched for plans, and one that holds none stops the run: the command
    // named an input that gives nothing to check.
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_NE(r.err.find(in.path.string() + ": no plan file"), std::string::npos) << r.err;
    return;
  }
  if (exit_line == "exit 3") {
    EXPECT_EQ(r.exit, 3) << r.err;
    EXPECT_NE((r.out + r.err).find(in.path.string()), std::string::npos) << "the plan is named:\n" << r.out << r.err;
  } else {
    EXPECT_TRUE(r.exit == 0 || r.exit == 1) << r.exit << "\n" << r.err;  // the real plan decides
  }
  EXPECT_NE(r.out.find("Tổng (2 kế hoạch)"), std::string::npos) << "both plans summarised:\n" << r.out;
  EXPECT_NE(r.out.find("== TRƯỜNG THCS LÝ THƯỜNG KIẾT"), std::string::npos) << "the real plan checked:\n" << r.out;
}

INSTANTIATE_TEST_SUITE_P(cases, bad_inputs, ::testing::ValuesIn(case_names()), [](const auto& info) {
  std::string id = info.param;
  for (char& c : id)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return id;
});

TEST(bad_inputs_fixtures, every_input_has_an_expectation_and_there_are_at_least_40) {
  std::size_t inputs = 0;
  for (const auto& entry : fs::directory_iterator(cases_directory())) {
    auto ext = entry.path().extension();
    if (ext != ".json" && ext != ".rules" && ext != ".gen") continue;
    ++inputs;
    fs::path expected = entry.path();
    expected.replace_extension(".expected");
    EXPECT_TRUE(fs::exists(expected)) << "no expectation for " << entry.path();
  }
  EXPECT_GE(inputs, 40u);
  EXPECT_EQ(inputs, case_names().size());
}

// A batch goes on after a bad plan: loading one leaves nothing behind that stops the next.
TEST(bad_inputs_fixtures, a_good_plan_still_loads_after_every_bad_one) {
  for (const auto& name : case_names()) {
    fs::path json = cases_directory() / (name + ".json");
    if (fs::exists(json)) (void)plan::load_plan_file(json.string());
  }
  auto good = plan::load_plan_file((fs::path(PLANLINT_SOURCE_DIR) / "fixtures/plans/format-example-full.json").string());
  EXPECT_TRUE(good.ok());
}

}  // namespace
}  // namespace planlint
