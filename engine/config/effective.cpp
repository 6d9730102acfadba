#include "engine/config/effective.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "engine/planlint.hpp"

namespace planlint::config {

namespace {

std::string known_profiles(const config& c) {
  if (c.profiles.empty()) return "this configuration defines no profiles";
  std::string names;
  for (const auto& [name, p] : c.profiles) names += (names.empty() ? "" : ", ") + name;
  return "the profiles of this configuration are: " + names;
}

diagnostic unknown_profile(const config& c, const std::string& name) {
  if (c.file.empty())
    return diagnostic{diagnostic_level::error, "--profile", {}, {},
                      "profile \"" + name + "\" asked for, but no " + std::string(file_name) +
                          " was found; give one with --config"};
  return diagnostic{diagnostic_level::error, c.file, {}, {},
                    "unknown profile \"" + name + "\"; " + known_profiles(c)};
}

void add_unique(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

nlohmann::json setting_json(const rule_setting& s) {
  if (!s.enabled) return "off";
  if (s.level) return severity_name(*s.level);
  return "on";
}

}  // namespace

resolve_result resolve(const config& c, const std::optional<std::string>& profile_name) {
  resolve_result r;
  effective_config& e = r.value;
  e.file = c.file;
  e.rules = c.rules;
  e.packs = c.packs;
  e.default_rules = c.default_rules;
  e.target_level = c.target_level;
  e.province_shift_days = c.province_shift_days;
  e.document_date_window_months = c.document_date_window_months;
  e.lang = c.lang;
  e.fail_on = c.fail_on;
  if (!profile_name) return r;
  auto found = c.profiles.find(*profile_name);
  if (found == c.profiles.end()) {
    r.errors.push_back(unknown_profile(c, *profile_name));
    return r;
  }
  const profile& p = found->second;
  e.profile = *profile_name;
  for (const auto& [id, s] : p.rules) e.rules[id] = s;
  if (p.lang) e.lang = p.lang;
  if (p.fail_on) e.fail_on = p.fail_on;
  return r;
}

void apply(const effective_config& c, check_options& options) {
  for (const auto& [id, s] : c.rules) {
    if (!s.enabled) {
      add_unique(options.disabled_rules, id);
      continue;
    }
    add_unique(options.enabled_rules, id);
    if (s.level) options.severity_overrides[id] = *s.level;
  }
  options.province_shift_days = c.province_shift_days;
  options.document_date_window_months = c.document_date_window_months;
  if (c.target_level) options.target_level = c.target_level;
  if (c.lang) options.lang = *c.lang;
}

nlohmann::json to_json(const effective_config& c) {
  using nlohmann::json;
  json rules = json::object();
  for (const auto& [id, s] : c.rules) rules[id] = setting_json(s);
  json fail_on = nullptr;
  if (c.fail_on) fail_on = *c.fail_on ? severity_name(**c.fail_on) : "never";
  json out;
  out["file"] = c.file.empty() ? json(nullptr) : json(c.file);
  out["profile"] = c.profile ? json(*c.profile) : json(nullptr);
  out["rules"] = rules;
  out["packs"] = c.packs;
  out["default_rules"] = c.default_rules;
  out["target_level"] = c.target_level ? json(*c.target_level) : json(nullptr);
  out["calendar"] = {{"province_shift_days", c.province_shift_days}};
  out["document_date"] = {{"window_months", c.document_date_window_months}};
  out["language"] = c.lang ? json(*c.lang == language::vi ? "vi" : "en") : json(nullptr);
  out["fail_on"] = fail_on;
  return out;
}

}  // namespace planlint::config
