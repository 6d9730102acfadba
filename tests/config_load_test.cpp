// The configuration file: a full valid file read to exact values, every profile layered,
// the mapping onto check_options and `config --print`, and every error as the user sees it.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/config/config.hpp"
#include "engine/config/effective.hpp"
#include "engine/planlint.hpp"

namespace planlint::config {
namespace {

const std::string data_dir = std::string(PLANLINT_SOURCE_DIR) + "/tests/data/config";
const std::string full_file = data_dir + "/full/.planlint.json";

std::vector<std::string> headlines(const std::vector<diagnostic>& errors) {
  std::vector<std::string> out;
  for (const auto& d : errors) out.push_back(render_headline(d));
  return out;
}

// The settings as "id=word@line:col", so a table shows them whole.
std::vector<std::string> settings(const std::map<std::string, rule_setting>& rules) {
  std::vector<std::string> out;
  for (const auto& [id, s] : rules) {
    std::string word = !s.enabled ? "off" : s.level ? severity_name(*s.level) : "on";
    out.push_back(id + "=" + word + "@" + std::to_string(s.where.line) + ":" +
                  std::to_string(s.where.column) + " " + s.pointer);
  }
  return out;
}

config load_full() {
  config_result r = load_config_file(full_file);
  EXPECT_TRUE(r.errors.empty()) << render_errors(r.errors, r.source);
  return r.value.value_or(config{});
}

TEST(ConfigLoad, FullFileGivesExactValues) {
  config c = load_full();
  EXPECT_EQ(c.file, full_file);
  EXPECT_EQ(settings(c.rules), (std::vector<std::string>{
                                   "deadline-open-ended=error@4:5 /rules/deadline-open-ended",
                                   "monitoring-missing=on@6:5 /rules/monitoring-missing",
                                   "owner-placeholder=off@3:5 /rules/owner-placeholder",
                                   "stale-period=info@5:5 /rules/stale-period",
                               }));
  EXPECT_EQ(c.rules.at("stale-period").file, full_file);
  EXPECT_EQ(c.packs, std::vector<std::string>{data_dir + "/full/district-rules"});
  EXPECT_TRUE(c.default_rules);
  EXPECT_EQ(c.target_level, std::optional<int>(2));
  EXPECT_EQ(c.province_shift_days, 7);
  EXPECT_EQ(c.document_date_window_months, 6);
  EXPECT_EQ(c.lang, std::optional<language>(language::vi));
  EXPECT_EQ(c.fail_on, std::optional<std::optional<severity>>(severity::error));
  ASSERT_EQ(c.profiles.size(), 2u);
  EXPECT_EQ(settings(c.profiles.at("pre-submission").rules),
            std::vector<std::string>{
                "coverage-not-checkable=off@16:34 /profiles/pre-submission/rules/coverage-not-checkable"});
  EXPECT_EQ(c.profiles.at("pre-submission").fail_on,
            std::optional<std::optional<severity>>(severity::warning));
  EXPECT_EQ(c.profiles.at("pre-submission").lang, std::nullopt);
  EXPECT_EQ(settings(c.profiles.at("review").rules),
            (std::vector<std::string>{
                "owner-placeholder=warning@17:65 /profiles/review/rules/owner-placeholder",
                "row-for-criterion-at-target=info@17:26 /profiles/review/rules/row-for-criterion-at-target"}));
  EXPECT_EQ(c.profiles.at("review").lang, std::optional<language>(language::en));
  EXPECT_EQ(c.profiles.at("review").fail_on, std::nullopt);
}

TEST(ConfigLoad, EmptyObjectGivesTheDefaults) {
  config_result r = load_config_text("{}", "c.json", "/base");
  ASSERT_TRUE(r.ok());
  const config& c = *r.value;
  EXPECT_EQ(c.file, "c.json");
  EXPECT_TRUE(c.rules.empty());
  EXPECT_TRUE(c.packs.empty());
  EXPECT_TRUE(c.default_rules);
  EXPECT_EQ(c.target_level, std::nullopt);
  EXPECT_EQ(c.province_shift_days, 0);
  EXPECT_EQ(c.document_date_window_months, 6);
  EXPECT_EQ(c.lang, std::nullopt);
  EXPECT_EQ(c.fail_on, std::nullopt);
  EXPECT_TRUE(c.profiles.empty());
}

TEST(ConfigLoad, NullLeavesOptionalValuesUnsetAndNeverTurnsFailingOff) {
  config_result r = load_config_text(
      R"({"target_level": null, "language": null, "fail_on": "never", "default_rules": false})",
      "c.json", "/base");
  ASSERT_TRUE(r.ok()) << render_errors(r.errors, r.source);
  EXPECT_EQ(r.value->target_level, std::nullopt);
  EXPECT_EQ(r.value->lang, std::nullopt);
  EXPECT_EQ(r.value->fail_on, std::optional<std::optional<severity>>(std::optional<severity>()));
  EXPECT_FALSE(r.value->default_rules);
}

// ---- Profiles ------------------------------------------------------------------------------

// Each profile layered over the top level, as `config --print` shows it: a profile's rule
// setting replaces the top level's ("review" turns owner-placeholder from "off" to
// "warning"), rules it does not name keep theirs, and language/fail_on are replaced only
// when the profile sets them.
struct profile_case {
  std::optional<std::string> profile;
  const char* rules;
  const char* lang;
  const char* fail_on;
};

const profile_case profile_cases[] = {
    {std::nullopt,
     R"({"deadline-open-ended": "error", "monitoring-missing": "on", "owner-placeholder": "off",
         "stale-period": "info"})",
     "vi", "error"},
    {"pre-submission",
     R"({"coverage-not-checkable": "off", "deadline-open-ended": "error", "monitoring-missing": "on",
         "owner-placeholder": "off", "stale-period": "info"})",
     "vi", "warning"},
    {"review",
     R"({"deadline-open-ended": "error", "monitoring-missing": "on", "owner-placeholder": "warning",
         "row-for-criterion-at-target": "info", "stale-period": "info"})",
     "en", "error"},
};

TEST(ConfigResolve, EachProfileLayeredOverTheTopLevel) {
  config c = load_full();
  for (const auto& pc : profile_cases) {
    resolve_result r = resolve(c, pc.profile);
    ASSERT_TRUE(r.ok());
    nlohmann::json expected = {
        {"file", full_file},
        {"profile", pc.profile ? nlohmann::json(*pc.profile) : nlohmann::json(nullptr)},
        {"rules", nlohmann::json::parse(pc.rules)},
        {"packs", {data_dir + "/full/district-rules"}},
        {"default_rules", true},
        {"target_level", 2},
        {"calendar", {{"province_shift_days", 7}}},
        {"document_date", {{"window_months", 6}}},
        {"language", pc.lang},
        {"fail_on", pc.fail_on}};
    EXPECT_EQ(to_json(r.value), expected) << pc.profile.value_or("(none)");
  }
  // The setting in force remembers where it was written: the profile, not the top level.
  EXPECT_EQ(resolve(c, std::string("review")).value.rules.at("owner-placeholder").pointer,
            "/profiles/review/rules/owner-placeholder");
}

TEST(ConfigResolve, UnknownProfileListsTheKnownOnes) {
  resolve_result r = resolve(load_full(), std::string("reveiw"));
  EXPECT_EQ(headlines(r.errors),
            std::vector<std::string>{full_file +
                                     ": error: unknown profile \"reveiw\"; the profiles of this "
                                     "configuration are: pre-submission, review"});
}

TEST(ConfigResolve, UnknownProfileWhenThereAreNone) {
  config_result c = load_config_text("{}", "c.json", "/base");
  resolve_result r = resolve(*c.value, std::string("review"));
  EXPECT_EQ(headlines(r.errors),
            std::vector<std::string>{
                "c.json: error: unknown profile \"review\"; this configuration defines no profiles"});
}

TEST(ConfigResolve, ProfileWithoutAConfigurationFile) {
  resolve_result r = resolve(config{}, std::string("review"));
  EXPECT_EQ(headlines(r.errors),
            std::vector<std::string>{"--profile: error: profile \"review\" asked for, but no "
                                     ".planlint.json was found; give one with --config"});
}

// ---- Onto the façade's options -------------------------------------------------------------

TEST(ConfigApply, ReviewProfileOntoCheckOptions) {
  resolve_result r = resolve(load_full(), std::string("review"));
  check_options o;
  o.as_of = "2024-10-01";
  o.disabled_rules = {"kept-disabled"};
  apply(r.value, o);
  EXPECT_EQ(o.as_of, std::optional<std::string>("2024-10-01"));
  EXPECT_EQ(o.disabled_rules, std::vector<std::string>{"kept-disabled"});
  EXPECT_EQ(o.enabled_rules,
            (std::vector<std::string>{"deadline-open-ended", "monitoring-missing", "owner-placeholder",
                                      "row-for-criterion-at-target", "stale-period"}));
  EXPECT_EQ(o.severity_overrides,
            (std::map<std::string, severity>{{"deadline-open-ended", severity::error},
                                             {"owner-placeholder", severity::warning},
                                             {"row-for-criterion-at-target", severity::info},
                                             {"stale-period", severity::info}}));
  EXPECT_EQ(o.province_shift_days, 7);
  EXPECT_EQ(o.document_date_window_months, 6);
  EXPECT_EQ(o.target_level, std::optional<int>(2));
  EXPECT_EQ(o.lang, language::en);
}

TEST(ConfigApply, TopLevelDisablesAndLeavesUnsetValuesAlone) {
  config_result c = load_config_text(R"({"rules": {"owner-placeholder": "off"}})", "c.json", "/b");
  check_options o;
  o.target_level = 3;
  o.lang = language::en;
  apply(resolve(*c.value, std::nullopt).value, o);
  EXPECT_EQ(o.disabled_rules, std::vector<std::string>{"owner-placeholder"});
  EXPECT_TRUE(o.enabled_rules.empty());
  EXPECT_TRUE(o.severity_overrides.empty());
  EXPECT_EQ(o.target_level, std::optional<int>(3));
  EXPECT_EQ(o.lang, language::en);
  EXPECT_EQ(o.province_shift_days, 0);
}

// ---- Rule ids the rule set does not know ---------------------------------------------------

TEST(ConfigRuleIds, UnknownIdsAreReportedAtTheirKeys) {
  config c = load_full();
  // The engine's own notes may be configured like any rule.
  c.rules["suppression-unused"] = rule_setting{.enabled = false};
  c.profiles["review"].rules["suppression-expired"] = rule_setting{.level = severity::warning};
  std::vector<std::string> known = {"owner-placeholder", "deadline-open-ended", "stale-period",
                                    "coverage-not-checkable"};
  EXPECT_EQ(headlines(check_rule_ids(c, known)),
            (std::vector<std::string>{
                full_file + ":6:5: error: unknown rule \"monitoring-missing\" in \"/rules\"; no rule "
                            "of the loaded packs has this id",
                full_file + ":17:26: error: unknown rule \"row-for-criterion-at-target\" in "
                            "\"/profiles/review/rules\"; no rule of the loaded packs has this id"}));
}

// ---- Errors --------------------------------------------------------------------------------

struct error_case {
  const char* name;
  std::string text;
  std::vector<std::string> rendered;
};

const std::vector<error_case> error_cases = {
    {"unknown top-level key", "{\n  \"rulez\": {}\n}",
     {"c.json:2:3: error: unknown key \"rulez\" in the configuration; expected one of \"rules\", "
      "\"packs\", \"default_rules\", \"target_level\", \"calendar\", \"document_date\", \"language\", "
      "\"fail_on\" or \"profiles\""}},
    {"unknown key in a profile", R"({"profiles": {"review": {"packs": []}}})",
     {"c.json:1:26: error: unknown key \"packs\" in a profile; expected one of \"rules\", "
      "\"language\" or \"fail_on\""}},
    {"unknown key in calendar", R"({"calendar": {"shift": 3}})",
     {"c.json:1:15: error: unknown key \"shift\" in \"/calendar\"; expected one of "
      "\"province_shift_days\""}},
    {"unknown key in a rule setting", R"({"rules": {"x": {"level": "info"}}})",
     {"c.json:1:17: error: \"/rules/x\" has no \"severity\"; expected {\"severity\": \"off\", \"on\", "
      "\"error\", \"warning\" or \"info\"}",
      "c.json:1:18: error: unknown key \"level\" in a rule setting; expected one of \"severity\""}},
    {"rules not an object", R"({"rules": ["owner-placeholder"]})",
     {"c.json:1:11: error: \"/rules\" is an array; expected an object"}},
    {"default_rules as a text", R"({"default_rules": "yes"})",
     {"c.json:1:19: error: \"/default_rules\" is a text; expected true or false"}},
    {"target level as a text", R"({"target_level": "Mức 2"})",
     {"c.json:1:18: error: \"/target_level\" is a text; expected a whole number from 1 to 4"}},
    {"target level out of range", R"({"target_level": 5})",
     {"c.json:1:18: error: \"/target_level\" is 5; expected a whole number from 1 to 4"}},
    {"shift out of range", R"({"calendar": {"province_shift_days": 30}})",
     {"c.json:1:38: error: \"/calendar/province_shift_days\" is 30; expected a whole number from -15 to 15"}},
    {"shift below range", R"({"calendar": {"province_shift_days": -16}})",
     {"c.json:1:38: error: \"/calendar/province_shift_days\" is -16; expected a whole number from -15 to 15"}},
    {"shift not whole", R"({"calendar": {"province_shift_days": 7.5}})",
     {"c.json:1:38: error: \"/calendar/province_shift_days\" is 7.5; expected a whole number from -15 to 15"}},
    {"calendar not an object", R"({"calendar": 7})",
     {"c.json:1:14: error: \"/calendar\" is a number; expected an object"}},
    {"window out of range", R"({"document_date": {"window_months": 30}})",
     {"c.json:1:37: error: \"/document_date/window_months\" is 30; expected a whole number from 0 to 24"}},
    {"unknown severity word", R"({"rules": {"owner-placeholder": "fatal"}})",
     {"c.json:1:33: error: \"/rules/owner-placeholder\" is \"fatal\"; expected \"off\", \"on\", "
      "\"error\", \"warning\" or \"info\""}},
    {"unknown severity word in the object form", R"({"rules": {"x": {"severity": "loud"}}})",
     {"c.json:1:30: error: \"/rules/x/severity\" is \"loud\"; expected \"off\", \"on\", \"error\", "
      "\"warning\" or \"info\""}},
    {"rule setting as a boolean", R"({"rules": {"x": false}})",
     {"c.json:1:17: error: \"/rules/x\" is a boolean; expected \"off\", \"on\", \"error\", \"warning\" "
      "or \"info\", or {\"severity\": …}"}},
    {"unknown language", R"({"language": "fr"})",
     {"c.json:1:14: error: \"/language\" is \"fr\"; expected \"vi\" or \"en\""}},
    {"unknown fail_on", R"({"profiles": {"p": {"fail_on": "always"}}})",
     {"c.json:1:32: error: \"/profiles/p/fail_on\" is \"always\"; expected \"error\", \"warning\", "
      "\"info\" or \"never\""}},
    {"profile not an object", R"({"profiles": {"p": "strict"}})",
     {"c.json:1:20: error: \"/profiles/p\" is a text; expected an object"}},
    {"packs not an array", R"({"packs": "./rules"})",
     {"c.json:1:11: error: \"/packs\" is a text; expected an array of directories"}},
    {"pack not a text", R"({"packs": [1]})",
     {"c.json:1:12: error: \"/packs/0\" is a number; expected a directory (a text)"}},
    {"empty pack", R"({"packs": [""]})",
     {"c.json:1:12: error: \"/packs/0\" is empty; expected a directory"}},
    {"missing pack", R"({"packs": ["./no-such-pack"]})",
     {"c.json:1:12: error: rule pack \"./no-such-pack\" (" + data_dir + "/no-such-pack) does not exist"}},
    {"pack that is a file", R"({"packs": ["full/.planlint.json"]})",
     {"c.json:1:12: error: rule pack \"full/.planlint.json\" (" + data_dir +
      "/full/.planlint.json) is not a directory"}},
    {"not an object", "[]",
     {"c.json:1:1: error: the configuration is an array; expected an object such as {\"rules\": {}}"}},
    {"not JSON", "{\"rules\": {},}",
     {"c.json:1:14: error: not JSON: syntax error while parsing object key - unexpected '}'; "
      "expected string literal"}},
    {"several errors, in file order", "{\n  \"fail_on\": 1,\n  \"language\": \"vn\"\n}",
     {"c.json:2:14: error: \"/fail_on\" is a number; expected \"error\", \"warning\", \"info\" or \"never\"",
      "c.json:3:15: error: \"/language\" is \"vn\"; expected \"vi\" or \"en\""}},
};

TEST(ConfigErrors, EachKindRendersExactly) {
  for (const auto& c : error_cases) {
    config_result r = load_config_text(c.text, "c.json", data_dir);
    EXPECT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(headlines(r.errors), c.rendered) << c.name;
  }
}

TEST(ConfigErrors, DuplicateKeyNamesBothPlaces) {
  config_result r = load_config_text("{\"language\": \"vi\",\n \"language\": \"en\"}", "c.json", "/b");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(render_headline(r.errors[0]),
            "c.json:2:2: error: duplicate key \"language\" in one object; first written at line 1, "
            "column 2; keep one of them");
}

TEST(ConfigErrors, RenderedWithTheLineAndACaret) {
  config_result r = load_config_text("{\n  \"calendar\": {\"province_shift_days\": 30}\n}", "c.json", "/b");
  EXPECT_EQ(render_errors(r.errors, r.source),
            "c.json:2:39: error: \"/calendar/province_shift_days\" is 30; expected a whole number "
            "from -15 to 15\n"
            "  \"calendar\": {\"province_shift_days\": 30}\n"
            "                                      ^~\n");
}

TEST(ConfigErrors, MissingFileAndDirectory) {
  EXPECT_EQ(headlines(load_config_file(data_dir + "/none.json").errors),
            std::vector<std::string>{data_dir + "/none.json: error: no such configuration file"});
  EXPECT_EQ(headlines(load_config_file(data_dir + "/full").errors),
            std::vector<std::string>{data_dir + "/full: error: is a directory, not a configuration file"});
}

}  // namespace
}  // namespace planlint::config
