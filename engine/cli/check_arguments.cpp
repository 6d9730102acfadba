#include "engine/cli/check_arguments.hpp"

#include <charconv>
#include <functional>
#include <map>

namespace planlint::cli {

namespace {

using setter = std::function<std::string(check_arguments&, const std::string&)>;

std::optional<std::size_t> to_size(const std::string& text) {
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string set_format(check_arguments& a, const std::string& v) {
  static const std::map<std::string, output_format> formats{{"text", output_format::text},
                                                           {"json", output_format::json},
                                                           {"sarif", output_format::sarif},
                                                           {"junit", output_format::junit},
                                                           {"github", output_format::github}};
  auto it = formats.find(v);
  if (it == formats.end()) return "--format takes text, json, sarif, junit or github";
  a.format = it->second;
  return "";
}

std::string set_fail_on(check_arguments& a, const std::string& v) {
  if (v == "error") a.fail_on = std::optional<severity>(severity::error);
  else if (v == "warning") a.fail_on = std::optional<severity>(severity::warning);
  else if (v == "info") a.fail_on = std::optional<severity>(severity::info);
  else if (v == "never") a.fail_on = std::optional<severity>();
  else return "--fail-on takes error, warning, info or never";
  return "";
}

std::string set_color(check_arguments& a, const std::string& v) {
  if (v == "auto") a.color = color_mode::automatic;
  else if (v == "always") a.color = color_mode::always;
  else if (v == "never") a.color = color_mode::never;
  else return "--color takes auto, always or never";
  return "";
}

setter size_setter(std::optional<std::size_t> check_arguments::*field, const char* name) {
  return [field, name](check_arguments& a, const std::string& v) -> std::string {
    auto value = to_size(v);
    if (!value) return std::string(name) + " takes a whole number";
    a.*field = value;
    return "";
  };
}

const std::map<std::string, setter>& valued_options() {
  static const std::map<std::string, setter> options{
      {"--format", set_format},
      {"--output", [](check_arguments& a, const std::string& v) { a.output = v; return std::string(); }},
      {"--lang",
       [](check_arguments& a, const std::string& v) {
         if (v != "vi" && v != "en") return std::string("--lang takes vi or en");
         a.lang = v;
         return std::string();
       }},
      {"--fail-on", set_fail_on},
      {"--as-of", [](check_arguments& a, const std::string& v) { a.as_of = v; return std::string(); }},
      {"--rules",
       [](check_arguments& a, const std::string& v) { a.rule_dirs.push_back(v); return std::string(); }},
      {"--config", [](check_arguments& a, const std::string& v) { a.config = v; return std::string(); }},
      {"--profile", [](check_arguments& a, const std::string& v) { a.profile = v; return std::string(); }},
      {"--jobs",
       [](check_arguments& a, const std::string& v) {
         auto value = to_size(v);
         if (!value || *value == 0 || *value > 256) return std::string("--jobs takes a number from 1 to 256");
         a.jobs = static_cast<unsigned>(*value);
         return std::string();
       }},
      {"--max-findings", size_setter(&check_arguments::max_findings, "--max-findings")},
      {"--max-file-size", size_setter(&check_arguments::max_file_bytes, "--max-file-size")},
      {"--max-depth", size_setter(&check_arguments::max_depth, "--max-depth")},
      {"--color", set_color},
  };
  return options;
}

}  // namespace

parsed_check_arguments parse_check_arguments(const std::vector<std::string>& words) {
  parsed_check_arguments out;
  bool only_inputs = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    if (only_inputs || word == "-" || word.rfind("-", 0) != 0) {
      out.value.inputs.push_back(word);
      continue;
    }
    if (word == "--") { only_inputs = true; continue; }
    if (word == "-h" || word == "--help") { out.help = true; continue; }
    if (word == "-q" || word == "--quiet") { out.value.quiet = true; continue; }
    if (word == "--no-default-rules") { out.value.no_default_rules = true; continue; }
    std::string value;
    bool has_value = false;
    if (auto equals = word.find('='); equals != std::string::npos) {
      value = word.substr(equals + 1);
      word = word.substr(0, equals);
      has_value = true;
    }
    auto option = valued_options().find(word);
    if (option == valued_options().end()) {
      out.error = "unknown option " + word + " (see planlint check --help)";
      return out;
    }
    if (!has_value) {
      if (i + 1 >= words.size()) {
        out.error = word + " needs a value";
        return out;
      }
      value = words[++i];
    }
    if (std::string problem = option->second(out.value, value); !problem.empty()) {
      out.error = problem;
      return out;
    }
  }
  if (out.value.inputs.empty() && !out.help) out.error = "no plan given (see planlint check --help)";
  return out;
}

const char* check_help() {
  return R"(usage: planlint check [options] PLAN...

Checks improvement plans (plan JSON files, directories searched for *.json, globs,
or - for standard input) against the rule pack and reports what a reviewer would flag.

options:
  --format text|json|sarif|junit|github   report format (default text)
  --output FILE            write the report to FILE instead of standard output
  --lang vi|en             language of messages (default vi)
  --fail-on error|warning|info|never      exit 1 when a finding is at or above this
                           severity (default error)
  --as-of DATE             check as on this date, YYYY-MM-DD (default today)
  --rules DIR              add a rule pack (repeatable)
  --no-default-rules       use only the packs given with --rules
  --config FILE            use this configuration instead of the nearest .planlint.json
  --profile NAME           a profile of the configuration (e.g. pre-submission, review)
  --jobs N                 plans checked in parallel (default: the number of cores)
  --max-findings N         list at most N findings per plan (the counts stay whole)
  --max-file-size BYTES    refuse plan files larger than this (default 16 MiB)
  --max-depth N            refuse JSON nested deeper than this (default 64)
  --color auto|always|never  colour on a terminal only by default; NO_COLOR is honoured
  -q, --quiet              no progress, no per-plan headers for clean plans
  -h, --help               this help

exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
            2 usage, configuration or rule-file error; 3 a plan could not be read.

examples:
  planlint check fixtures/plans/seed-000-thcs-ly-thuong-kiet.json
  planlint check --lang en --format sarif --output planlint.sarif plans/
  planlint check --fail-on warning --profile pre-submission ke-hoach.json
)";
}

}  // namespace planlint::cli
