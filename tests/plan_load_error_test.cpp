// Every input error kind, rendered exactly as a user sees it: `file:line:col: error: …`.
#include <filesystem>
#include <fstream>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "engine/plan/load.hpp"

namespace planlint::plan {
namespace {

std::vector<std::string> headlines(const load_result& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(render_headline(e));
  return out;
}

std::vector<std::string> kinds(const load_result& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(kind_name(e.kind));
  return out;
}

struct error_case {
  const char* name;
  std::string text;
  std::vector<std::string> kinds;
  std::vector<std::string> rendered;
};

const std::vector<error_case> error_cases = {
    {"empty", "", {"empty"}, {"p.json: error: file is empty; a plan is a JSON object with \"rows\""}},
    {"blank", " \n\t\n", {"empty"}, {"p.json: error: file is empty; a plan is a JSON object with \"rows\""}},
    {"utf16 bom", std::string("\xFF\xFE{\0\"\0", 6), {"utf16"}, {"p.json: error: file is UTF-16; save it as UTF-8"}},
    {"utf16 without bom", std::string("{\0\"\0r\0", 6), {"utf16"}, {"p.json: error: file is UTF-16; save it as UTF-8"}},
    {"invalid utf8 in a string",
     "{\n  \"rows\": [],\n  \"x\": \"Tr\xC6\xB0\xE1\xBB\x9Dng \xC3\x28\"\n}",
     {"invalid-utf8"},
     {"p.json:3:16: error: invalid UTF-8 at byte 34 (0xC3); save the file as UTF-8"}},
    {"latin-1 byte", "{\"rows\": [], \"x\": \"caf\xE9\"}", {"invalid-utf8"},
     {"p.json:1:23: error: invalid UTF-8 at byte 22 (0xE9); save the file as UTF-8"}},
    {"encoded surrogate", "{\"rows\": [], \"x\": \"\xED\xA0\x80\"}", {"invalid-utf8"},
     {"p.json:1:20: error: invalid UTF-8 at byte 19 (0xED); save the file as UTF-8"}},
    {"missing comma", "{\n  \"rows\": []\n  \"school\": {}\n}", {"not-json"},
     {"p.json:3:3: error: not JSON: syntax error while parsing object - unexpected string literal; expected '}'"}},
    {"trailing comma", "{\"rows\": [1,]}", {"not-json"},
     {"p.json:1:13: error: not JSON: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal"}},
    {"unterminated", "{\"rows\": [", {"not-json"},
     {"p.json:1:11: error: not JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"}},
    {"trailing content", "{\"rows\": []} x", {"not-json"},
     {"p.json:1:14: error: not JSON: syntax error while parsing value - invalid literal; expected end of input"}},
    {"bad literal", "{\"rows\": tru}", {"not-json"},
     {"p.json:1:13: error: not JSON: syntax error while parsing value - invalid literal"}},
    {"leading zero", "{\"rows\": [], \"n\": 01}", {"not-json"},
     {"p.json:1:19: error: not JSON: syntax error while parsing object - unexpected number literal; expected '}'"}},
    {"control character in a string", "{\"rows\": [], \"x\": \"a\tb\"}", {"not-json"},
     {"p.json:1:21: error: not JSON: syntax error while parsing value - invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t"}},
    {"comment", "{\n  // a comment\n  \"rows\": []\n}", {"not-json"},
     {"p.json:2:3: error: not JSON: syntax error while parsing object key - invalid literal; expected string literal"}},
    {"vietnamese before the fault", "{\"x\": \"Tiêu chí\" \"rows\": []}", {"not-json"},
     {"p.json:1:18: error: not JSON: syntax error while parsing object - unexpected string literal; expected '}'"}},
    {"number out of range", "{\"rows\": [],\n \"n\": 1e400}", {"number-out-of-range"},
     {"p.json:2:7: error: number 1e400 is out of range (no finite double holds it)"}},
    {"duplicate key", "{\"rows\": [],\n \"school\": {},\n \"school\": {}}", {"duplicate-key"},
     {"p.json:3:2: error: duplicate key \"school\" in one object; first written at line 2, column 2; keep one of them"}},
    {"top level array", "[{\"rows\": []}]", {"not-an-object"},
     {"p.json:1:1: error: the top level is an array; a plan is a JSON object with \"rows\""}},
    {"top level string", "\"rows\"", {"not-an-object"},
     {"p.json:1:1: error: the top level is a text; a plan is a JSON object with \"rows\""}},
    {"no rows", "{\"school\": {}}", {"missing-rows"},
     {"p.json:1:1: error: no \"rows\": a plan needs \"rows\", the improvement table as an array of row objects"}},
    {"rows null", "{\"rows\": null}", {"missing-rows"},
     {"p.json:1:1: error: no \"rows\": a plan needs \"rows\", the improvement table as an array of row objects"}},
    {"rows an object", "{\"rows\": {}}", {"missing-rows"},
     {"p.json:1:10: error: \"/rows\" is an object; expected an array of row objects (the improvement table)"}},
    {"format other version", "{\"format\": \"planlint.plan/2\", \"rows\": []}", {"bad-format-tag"},
     {"p.json:1:12: error: \"format\" must be \"planlint.plan/1\" when present; this engine reads format 1"}},
    {"format a number", "{\"format\": 1, \"rows\": []}", {"bad-format-tag"},
     {"p.json:1:12: error: \"format\" must be \"planlint.plan/1\" when present; this engine reads format 1"}},
    {"row not an object", "{\"rows\": [\"Tiêu chí 1.1\"]}", {"wrong-type"},
     {"p.json:1:11: error: \"/rows/0\" is a text; expected a row object"}},
    {"text a number",
     "{\"rows\": [\n  {\"criterion\": \"Tiêu chí 1.1\", \"owners\": 3}\n]}", {"wrong-type"},
     {"p.json:2:43: error: \"/rows/0/owners\" is a number; expected a text or an array of texts"}},
    {"list with a non-text",
     "{\"rows\": [{\"actions\": [\"Họp\", true]}]}", {"wrong-type"},
     {"p.json:1:31: error: \"/rows/0/actions/1\" is a boolean; expected a text (each element of a list of texts)"}},
    {"timeline a number", "{\"rows\": [{\"timeline\": 2024}]}", {"wrong-type"},
     {"p.json:1:24: error: \"/rows/0/timeline\" is a number; expected a text, an array of texts, or an object {\"start\": …, \"end\": …}"}},
    {"level out of range", "{\"rows\": [{\"target_level\": 7}]}", {"bad-value"},
     {"p.json:1:28: error: \"/rows/0/target_level\" is 7; expected a level: a number from 1 to 4, or a text such as \"Mức 2\""}},
    {"result level fraction", "{\"self_assessment\": {\"results\": [{\"level\": 2.5}]}, \"rows\": []}", {"bad-value"},
     {"p.json:1:44: error: \"/self_assessment/results/0/level\" is 2.5; expected a level: a number from 0 to 4, or a text such as \"Mức 2\""}},
    {"level a boolean", "{\"rows\": [], \"self_assessment\": {\"target_level\": false}}", {"wrong-type"},
     {"p.json:1:50: error: \"/self_assessment/target_level\" is a boolean; expected a level: a number from 1 to 4, or a text such as \"Mức 2\""}},
    {"school level unknown", "{\"school\": {\"level\": \"THCS\"}, \"rows\": []}", {"bad-value"},
     {"p.json:1:22: error: \"/school/level\" is \"THCS\"; expected one of mam-non | tieu-hoc | thcs | thpt | nhieu-cap"}},
    {"school a text", "{\"school\": \"Trường THCS\", \"rows\": []}", {"wrong-type"},
     {"p.json:1:12: error: \"/school\" is a text; expected an object"}},
    {"sections an object", "{\"sections\": {}, \"rows\": []}", {"wrong-type"},
     {"p.json:1:14: error: \"/sections\" is an object; expected an array of sections: objects {\"number\", \"title\", \"text\"}"}},
    {"pointer escaping in errors", "{\"rows\": [{\"timeline\": {\"start\": 5}}], \"a/b~c\": 1}", {"wrong-type"},
     {"p.json:1:34: error: \"/rows/0/timeline/start\" is a number; expected a text or an array of texts"}},
    {"several errors, all collected, in order",
     "{\"school\": {\"name\": 1},\n \"rows\": [{\"owners\": {}, \"notes\": [1]}]}", {"wrong-type", "wrong-type", "wrong-type"},
     {"p.json:1:21: error: \"/school/name\" is a number; expected a text or an array of texts",
      "p.json:2:22: error: \"/rows/0/owners\" is an object; expected a text or an array of texts",
      "p.json:2:36: error: \"/rows/0/notes/0\" is a number; expected a text (each element of a list of texts)"}},
};

TEST(plan_load_errors, every_kind_rendered) {
  for (const auto& c : error_cases) {
    load_result r = load_plan_text(c.text, "p.json");
    EXPECT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(kinds(r), c.kinds) << c.name;
    EXPECT_EQ(headlines(r), c.rendered) << c.name;
  }
}

TEST(plan_load_errors, the_json_pointer_and_expected_are_kept) {
  load_result r = load_plan_text("{\"rows\": [{\"owners\": 3}]}", "p.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].pointer, "/rows/0/owners");
  EXPECT_EQ(r.errors[0].expected, "a text or an array of texts");
  EXPECT_EQ(r.errors[0].byte_offset, 21u);
  EXPECT_EQ(r.errors[0].bytes, (span{21, 22}));
}

TEST(plan_load_errors, rendered_with_the_line_and_a_caret) {
  std::string text = "{\"rows\": [\n  {\"criterion\": \"Tiêu chí 1.1\", \"owners\": 3.50}\n]}";
  load_result r = load_plan_text(text, "p.json");
  ASSERT_EQ(r.errors.size(), 1u);
  source_text source("p.json", text);
  EXPECT_EQ(render(r.errors[0], &source),
            "p.json:2:43: error: \"/rows/0/owners\" is a number; expected a text or an array of texts\n"
            "  {\"criterion\": \"Tiêu chí 1.1\", \"owners\": 3.50}\n"
            "                                          ^~~~\n");
}

TEST(plan_load_errors, a_utf8_bom_is_accepted_and_dropped) {
  load_result r = load_plan_text("\xEF\xBB\xBF{\"rows\": [{\"no\": 3}]}", "p.json");
  ASSERT_EQ(headlines(r), std::vector<std::string>{
                              "p.json:1:18: error: \"/rows/0/no\" is a number; expected a text or an array of texts"});
  EXPECT_TRUE(load_plan_text("\xEF\xBB\xBF{\"rows\": []}", "p.json").ok());
}

TEST(plan_load_errors, too_many_errors_are_capped) {
  std::string text = "{\"rows\": [";
  for (int i = 0; i < 10; ++i) text += std::string(i ? "," : "") + "1";
  text += "]}";
  load_limits limits;
  limits.max_errors = 3;
  load_result r = load_plan_text(text, "p.json", limits);
  EXPECT_EQ(kinds(r), (std::vector<std::string>{"wrong-type", "wrong-type", "wrong-type", "too-many-errors"}));
  EXPECT_EQ(render_headline(r.errors.back()), "p.json: error: more than 3 errors; the rest are not shown");
}

// ---- limits ----

TEST(plan_load_limits, file_size) {
  load_limits limits;
  limits.max_file_bytes = 10;
  load_result r = load_plan_text("{\"rows\": [ ]}", "p.json", limits);
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      "p.json: error: file is 13 bytes, over the limit of 10 bytes; raise it with --max-file-size (load_limits::max_file_bytes)"});
  limits.max_file_bytes = 13;
  EXPECT_TRUE(load_plan_text("{\"rows\": [ ]}", "p.json", limits).ok());
}

TEST(plan_load_limits, depth) {
  load_limits limits;
  limits.max_depth = 4;  // the top-level object is depth 1: this is rows/0/x
  EXPECT_TRUE(load_plan_text("{\"rows\": [{\"x\": []}]}", "p.json", limits).ok());
  load_result r = load_plan_text("{\"rows\": [{\"x\": [[]]}]}", "p.json", limits);
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      "p.json:1:18: error: arrays and objects nested more than 4 deep; raise the limit with --max-depth (load_limits::max_depth)"});
  EXPECT_EQ(r.errors[0].pointer, "/rows/0/x/0");
}

TEST(plan_load_limits, depth_above_simdjsons_default_is_honoured) {
  load_limits limits;
  limits.max_depth = 2000;
  std::string text = "{\"rows\": [], \"deep\": " + std::string(1500, '[') + std::string(1500, ']') + "}";
  EXPECT_TRUE(load_plan_text(text, "p.json", limits).ok());
}

TEST(plan_load_limits, a_100000_deep_array_fails_cleanly) {
  std::string text = std::string(100000, '[') + std::string(100000, ']');
  load_result r = load_plan_text(text, "deep.json");
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      "deep.json:1:65: error: arrays and objects nested more than 64 deep; raise the limit with --max-depth (load_limits::max_depth)"});
  // Unbalanced: the document is not even JSON, and must still end in a clean error.
  load_result open = load_plan_text(std::string(100000, '['), "deep.json");
  EXPECT_EQ(kinds(open), std::vector<std::string>{"too-deep"});
}

TEST(plan_load_limits, string_size) {
  load_limits limits;
  limits.max_string_bytes = 4;
  EXPECT_TRUE(load_plan_text("{\"rows\": [], \"x\": \"abcd\"}", "p.json", limits).ok());
  // The limit counts unescaped bytes: "\u00e9" is two bytes of UTF-8.
  EXPECT_TRUE(load_plan_text("{\"rows\": [], \"x\": \"ab\\u00e9\"}", "p.json", limits).ok());
  load_result r = load_plan_text("{\"rows\": [], \"x\": \"Mức 2\"}", "p.json", limits);
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      "p.json:1:19: error: a text of 7 bytes, over the limit of 4 bytes; raise it with --max-string-size (load_limits::max_string_bytes)"});
}

TEST(plan_load_limits, a_20_mb_string_fails_cleanly) {
  std::string text = "{\"rows\": [], \"x\": \"" + std::string(20u << 20, 'a') + "\"}";
  load_result r = load_plan_text(text, "big.json");
  EXPECT_EQ(kinds(r), std::vector<std::string>{"too-large"});
  load_limits limits;
  limits.max_file_bytes = 64u << 20;
  load_result over = load_plan_text(text, "big.json", limits);
  EXPECT_EQ(headlines(over), std::vector<std::string>{
      "big.json:1:19: error: a text of 20971520 bytes, over the limit of 1048576 bytes; raise it with --max-string-size (load_limits::max_string_bytes)"});
}

// ---- files ----

class plan_load_files : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("planlint_plan_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    auto path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(plan_load_files, missing_directory_and_oversized) {
  std::string missing = (dir_ / "none.json").string();
  EXPECT_EQ(headlines(load_plan_file(missing)), std::vector<std::string>{missing + ": error: no such file"});
  EXPECT_EQ(headlines(load_plan_file(dir_.string())),
            std::vector<std::string>{dir_.string() + ": error: is a directory, not a plan file"});
  std::string big = write("big.json", "{\"rows\": []}          ");
  load_limits limits;
  limits.max_file_bytes = 12;
  EXPECT_EQ(headlines(load_plan_file(big, limits)), std::vector<std::string>{
      big + ": error: file is 22 bytes, over the limit of 12 bytes; raise it with --max-file-size (load_limits::max_file_bytes)"});
}

TEST_F(plan_load_files, unreadable_file) {
  std::string path = write("locked.json", "{\"rows\": []}");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  if (std::ifstream(path).good()) GTEST_SKIP() << "running as a user who can read any file";
  EXPECT_EQ(kinds(load_plan_file(path)), std::vector<std::string>{"io"});
}

TEST_F(plan_load_files, a_directory_without_read_permission_is_still_called_a_directory) {
  const std::filesystem::path closed = dir_ / "closed";
  std::filesystem::create_directories(closed);
  std::filesystem::permissions(closed, std::filesystem::perms::none);
  if (::access(closed.c_str(), R_OK) == 0) GTEST_SKIP() << "running as a user who can read any folder";
  EXPECT_EQ(headlines(load_plan_file(closed.string())),
            std::vector<std::string>{closed.string() + ": error: is a directory, not a plan file"});
  std::filesystem::permissions(closed, std::filesystem::perms::owner_all);
}

TEST_F(plan_load_files, a_file_loads_and_names_itself) {
  std::string path = write("ok.json", "{\"rows\": [{\"owners\": 1}]}");
  EXPECT_EQ(headlines(load_plan_file(path)), std::vector<std::string>{
      path + ":1:22: error: \"/rows/0/owners\" is a number; expected a text or an array of texts"});
}

// A regular file ends when a read gives its whole size; a pipe has no size and is read to
// its end, across writes that arrive apart (each read then gives only what is there).
TEST_F(plan_load_files, a_pipe_is_read_to_its_end) {
  const std::string path = (dir_ / "plan.fifo").string();
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::thread writer([&] {
    const int fd = ::open(path.c_str(), O_WRONLY);
    ASSERT_GE(fd, 0);
    const std::string first = "{\"rows\": [{\"own", second = "ers\": 1}]}";
    ASSERT_EQ(::write(fd, first.data(), first.size()), static_cast<ssize_t>(first.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(::write(fd, second.data(), second.size()), static_cast<ssize_t>(second.size()));
    ::close(fd);
  });
  const load_result r = load_plan_file(path);
  writer.join();
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      path + ":1:22: error: \"/rows/0/owners\" is a number; expected a text or an array of texts"});
}

TEST(plan_load_json, parsed_json_has_pointers_but_no_positions) {
  auto value = nlohmann::json::parse(R"({"rows": [{"owners": 3}], "school": {"level": "thcs"}})");
  load_result r = load_plan_json(value, "<api>");
  EXPECT_EQ(headlines(r), std::vector<std::string>{
      "<api>: error: \"/rows/0/owners\" is a number; expected a text or an array of texts"});
  EXPECT_EQ(r.errors[0].pointer, "/rows/0/owners");
  value["rows"][0]["owners"] = "Hiệu trưởng";
  load_result ok = load_plan_json(value, "<api>");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value->rows[0].owners.items[0].raw, "Hiệu trưởng");
  EXPECT_FALSE(ok.value->rows[0].owners.at.where().known());
  EXPECT_EQ(ok.value->rows[0].owners.at.pointer(), "/rows/0/owners");
}

TEST(plan_load_json, parsed_json_limits) {
  nlohmann::json deep = nlohmann::json::array();
  for (int i = 0; i < 100; ++i) deep = nlohmann::json::array({deep});
  load_result r = load_plan_json(nlohmann::json{{"rows", nlohmann::json::array()}, {"x", deep}}, "<api>");
  EXPECT_EQ(kinds(r), std::vector<std::string>{"too-deep"});
  nlohmann::json inf{{"rows", nlohmann::json::array()}, {"n", std::numeric_limits<double>::infinity()}};
  EXPECT_EQ(kinds(load_plan_json(inf, "<api>")), std::vector<std::string>{"number-out-of-range"});
}

}  // namespace
}  // namespace planlint::plan
