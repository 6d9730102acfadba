// Reading suppressions from a plan's "planlint" field and from its sidecar file: exact values
// with their places, both sources together, and every error as the user sees it.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/plan/load.hpp"
#include "engine/suppress/apply.hpp"
#include "engine/suppress/read.hpp"

namespace planlint::suppress {
namespace {

const std::string data_dir = std::string(PLANLINT_SOURCE_DIR) + "/tests/data/suppress";

// "file:line:col pointer rule at reason until" per suppression.
std::vector<std::string> described(const std::vector<suppression>& ss) {
  std::vector<std::string> out;
  for (const auto& s : ss)
    out.push_back(s.file + ":" + std::to_string(s.where.line) + ":" + std::to_string(s.where.column) +
                  " " + s.pointer + " " + (s.in_source ? "source" : "sidecar") + " rule=" + s.rule +
                  " at=" + s.at.value_or("-") + " reason=" + s.reason + " until=" + s.until.value_or("-"));
  return out;
}

std::vector<std::string> headlines(const std::vector<plan::input_error>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(plan::render_headline(e));
  return out;
}

suppressions_result from_plan_text(const std::string& text) {
  plan::load_result loaded = plan::load_plan_text(text, "p.json");
  EXPECT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : plan::render_headline(loaded.errors[0]));
  if (!loaded.ok()) return {};
  return read_plan_suppressions(*loaded.value->tree);
}

TEST(SuppressRead, SidecarPath) {
  EXPECT_EQ(sidecar_path("x/y.json"), "x/y.ignore.json");
  EXPECT_EQ(sidecar_path("y.json"), "y.ignore.json");
  EXPECT_EQ(sidecar_path("x/y"), "x/y.ignore.json");
  EXPECT_EQ(sidecar_path("x.d/y.plan.json"), "x.d/y.plan.ignore.json");
  EXPECT_EQ(sidecar_path("-"), "");
  EXPECT_EQ(sidecar_path(""), "");
}

TEST(SuppressRead, FromThePlansOwnField) {
  suppressions_result r = from_plan_text(R"({"rows": [],
 "planlint": {"ignore": [
   {"rule": "owner-placeholder", "at": "/rows/3", "reason": "chờ họp", "until": "2025-05-31"},
   {"reason": "nộp lại", "rule": "stale-period"}]}})");
  EXPECT_TRUE(r.errors.empty()) << headlines(r.errors)[0];
  EXPECT_EQ(described(r.value),
            (std::vector<std::string>{
                "p.json:3:4 /planlint/ignore/0 source rule=owner-placeholder at=/rows/3 reason=chờ họp until=2025-05-31",
                "p.json:4:4 /planlint/ignore/1 source rule=stale-period at=- reason=nộp lại until=-"}));
  EXPECT_EQ(r.value[1].end, (position{4, 49}));
}

TEST(SuppressRead, APlanWithoutTheFieldHasNone) {
  suppressions_result r = from_plan_text(R"({"rows": [], "planlint": {}})");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.value.empty());
  r = from_plan_text(R"({"rows": []})");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.value.empty());
}

struct error_case {
  const char* name;
  std::string planlint;  // the value of "planlint" in {"rows": [], "planlint": …} on line 2
  std::vector<std::string> rendered;
};

const std::vector<error_case> error_cases = {
    {"missing reason", R"({"ignore": [{"rule": "a", "at": "/rows/0"}]})",
     {"p.json:2:26: error: suppression \"/planlint/ignore/0\" has no \"reason\"; expected why the "
      "finding is accepted (a suppression needs a reason)"}},
    {"empty reason", R"({"ignore": [{"rule": "a", "reason": "  "}]})",
     {"p.json:2:50: error: \"/planlint/ignore/0/reason\" is empty; expected why the finding is "
      "accepted (a suppression needs a reason)"}},
    {"reason not a text", R"({"ignore": [{"rule": "a", "reason": true}]})",
     {"p.json:2:50: error: \"/planlint/ignore/0/reason\" is a boolean; expected why the finding is "
      "accepted (a suppression needs a reason)"}},
    {"missing rule", R"({"ignore": [{"reason": "r"}]})",
     {"p.json:2:26: error: suppression \"/planlint/ignore/0\" has no \"rule\"; expected a rule id, "
      "or \"*\" for any rule"}},
    {"wildcard over the whole plan", R"({"ignore": [{"rule": "*", "reason": "r"}]})",
     {"p.json:2:26: error: suppression \"/planlint/ignore/0\" suppresses every rule in the whole "
      "plan; give \"at\", or turn rules off in .planlint.json"}},
    {"at not a pointer", R"({"ignore": [{"rule": "a", "reason": "r", "at": "rows/3"}]})",
     {"p.json:2:61: error: \"/planlint/ignore/0/at\" is \"rows/3\"; expected a JSON pointer into the "
      "plan, such as \"/rows/3\""}},
    {"at with a bad escape", R"({"ignore": [{"rule": "a", "reason": "r", "at": "/a~2"}]})",
     {"p.json:2:61: error: \"/planlint/ignore/0/at\" is \"/a~2\"; expected a JSON pointer into the "
      "plan, such as \"/rows/3\""}},
    {"until not a date", R"({"ignore": [{"rule": "a", "reason": "r", "until": "31/05/2025"}]})",
     {"p.json:2:64: error: \"/planlint/ignore/0/until\" is \"31/05/2025\"; expected a date, YYYY-MM-DD"}},
    {"until not a real day", R"({"ignore": [{"rule": "a", "reason": "r", "until": "2025-02-30"}]})",
     {"p.json:2:64: error: \"/planlint/ignore/0/until\" is \"2025-02-30\"; expected a date, YYYY-MM-DD"}},
    {"unknown key in an entry", R"({"ignore": [{"rule": "a", "reason": "r", "pointer": "/rows/0"}]})",
     {"p.json:2:55: error: unknown key \"pointer\" in a suppression; expected one of \"rule\", \"at\", "
      "\"reason\" or \"until\""}},
    {"unknown key beside ignore", R"({"ignored": []})",
     {"p.json:2:15: error: unknown key \"ignored\" in \"/planlint\"; expected one of \"ignore\""}},
    {"planlint not an object", R"([])",
     {"p.json:2:14: error: \"/planlint\" is an array; expected an object"}},
    {"ignore not an array", R"({"ignore": {"rule": "a"}})",
     {"p.json:2:25: error: \"/planlint/ignore\" is an object; expected an array of suppressions"}},
    {"entry not an object", R"({"ignore": ["owner-placeholder"]})",
     {"p.json:2:26: error: \"/planlint/ignore/0\" is a text; expected an object"}},
    {"several, in file order", R"({"ignore": [{"rule": 1, "reason": "r"}, {"rule": "b"}]})",
     {"p.json:2:35: error: \"/planlint/ignore/0/rule\" is a number; expected a rule id, or \"*\" for "
      "any rule",
      "p.json:2:54: error: suppression \"/planlint/ignore/1\" has no \"reason\"; expected why the "
      "finding is accepted (a suppression needs a reason)"}},
};

TEST(SuppressRead, EachErrorRendersExactly) {
  for (const auto& c : error_cases) {
    suppressions_result r = from_plan_text("{\"rows\": [],\n \"planlint\": " + c.planlint + "}");
    EXPECT_EQ(headlines(r.errors), c.rendered) << c.name;
    EXPECT_TRUE(r.value.empty()) << c.name;
  }
}

TEST(SuppressRead, BothSourcesBesideAPlan) {
  const std::string plan_path = data_dir + "/sidecar/plan.json";
  plan::load_result loaded = plan::load_plan_file(plan_path);
  ASSERT_TRUE(loaded.ok());
  suppressions_result r = read_suppressions(*loaded.value, plan_path);
  EXPECT_TRUE(r.errors.empty()) << headlines(r.errors)[0];
  EXPECT_EQ(described(r.value),
            (std::vector<std::string>{
                plan_path + ":8:7 /planlint/ignore/0 source rule=owner-placeholder at=/rows/1 "
                            "reason=Chờ phân công sau họp hội đồng until=-",
                data_dir + "/sidecar/plan.ignore.json:3:5 /ignore/0 sidecar rule=deadline-open-ended "
                           "at=/rows/1/timeline reason=Duy trì lâu dài theo nghị quyết until=2025-05-31",
                data_dir + "/sidecar/plan.ignore.json:4:5 /ignore/1 sidecar rule=stale-period at=- "
                           "reason=Kế hoạch nộp lại nguyên văn until=-"}));
}

// Read, then applied to findings a check might give for that plan: the exact three lists.
TEST(SuppressRead, BothSourcesApplied) {
  const std::string plan_path = data_dir + "/sidecar/plan.json";
  plan::load_result loaded = plan::load_plan_file(plan_path);
  ASSERT_TRUE(loaded.ok());
  suppressions_result read = read_suppressions(*loaded.value, plan_path);
  auto at = [](std::string rule, std::string pointer) {
    finding f;
    f.rule_id = std::move(rule);
    f.pointer = std::move(pointer);
    return f;
  };
  std::vector<finding> findings = {at("owner-placeholder", "/rows/1/owners"),
                                   at("deadline-open-ended", "/rows/1/timeline"),
                                   at("owner-placeholder", "/rows/0/owners")};
  applied_suppressions r = apply_suppressions(findings, read.value, "2025-06-01", language::en);
  ASSERT_EQ(r.active.size(), 2u);
  EXPECT_EQ(r.active[0].pointer, "/rows/1/timeline");  // its suppression expired on 2025-05-31
  EXPECT_EQ(r.active[1].pointer, "/rows/0/owners");
  ASSERT_EQ(r.suppressed.size(), 1u);
  EXPECT_EQ(r.suppressed[0].what.pointer, "/rows/1/owners");
  EXPECT_EQ(r.suppressed[0].reason, "Chờ phân công sau họp hội đồng");
  EXPECT_TRUE(r.suppressed[0].in_source);
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0].message,
            "Suppression of \"deadline-open-ended\" at \"/rows/1/timeline\" (in " + data_dir +
                "/sidecar/plan.ignore.json:3:5) expired on 2025-05-31 and suppresses nothing; fix the "
                "finding or extend \"until\"");
  EXPECT_EQ(r.notes[1].message,
            "Suppression of \"stale-period\" for the whole plan (in " + data_dir +
                "/sidecar/plan.ignore.json:4:5) matches no finding; remove it, or correct \"rule\" or \"at\"");
}

TEST(SuppressRead, NoSidecarIsNoError) {
  plan::load_result loaded = plan::load_plan_text(R"({"rows": []})", "p.json");
  ASSERT_TRUE(loaded.ok());
  suppressions_result r = read_suppressions(*loaded.value, data_dir + "/no-such-plan.json");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.value.empty());
  EXPECT_TRUE(read_suppressions(*loaded.value, "-").value.empty());
}

TEST(SuppressRead, SidecarErrors) {
  EXPECT_EQ(headlines(read_sidecar_text(R"({"ignore": [{"rule": "a"}]})", "s.ignore.json").errors),
            std::vector<std::string>{
                "s.ignore.json:1:13: error: suppression \"/ignore/0\" has no \"reason\"; expected why "
                "the finding is accepted (a suppression needs a reason)"});
  EXPECT_EQ(headlines(read_sidecar_text(R"({"rules": []})", "s.ignore.json").errors),
            (std::vector<std::string>{
                "s.ignore.json:1:1: error: a suppression file needs \"ignore\": an array of "
                "{\"rule\", \"at\", \"reason\", \"until\"}",
                "s.ignore.json:1:2: error: unknown key \"rules\" in a suppression file; expected one "
                "of \"ignore\""}));
  EXPECT_EQ(headlines(read_sidecar_text("{\"ignore\": [}", "s.ignore.json").errors),
            std::vector<std::string>{
                "s.ignore.json:1:13: error: not JSON: syntax error while parsing value - unexpected "
                "'}'; expected '[', '{', or a literal"});
  EXPECT_EQ(headlines(read_sidecar_text("[]", "s.ignore.json").errors),
            std::vector<std::string>{"s.ignore.json:1:1: error: the document is an array; expected an object"});
}

TEST(SuppressRead, SidecarThatIsADirectory) {
  namespace fs = std::filesystem;
  std::string pattern = (fs::temp_directory_path() / "planlint-suppress-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  fs::create_directories(fs::path(pattern) / "plan.ignore.json");
  plan::load_result loaded = plan::load_plan_text(R"({"rows": []})", "p.json");
  suppressions_result r = read_suppressions(*loaded.value, pattern + "/plan.json");
  fs::remove_all(pattern);
  EXPECT_EQ(headlines(r.errors), std::vector<std::string>{
                                     pattern + "/plan.ignore.json: error: is a directory, not a "
                                               "suppression file"});
}

}  // namespace
}  // namespace planlint::suppress
