#include "engine/cli/rule_listing.hpp"

#include <nlohmann/json.hpp>

namespace planlint::cli {

std::string rules_text(const std::vector<rule_info>& rules, language lang) {
  std::string out;
  for (const rule_info& r : rules) {
    out += r.id + " (" + severity_name(r.default_level) + ", " + r.category +
           (r.enabled ? "" : lang == language::vi ? ", tắt mặc định" : ", off by default") + ")\n";
    out += "    " + r.title(lang) + "\n";
  }
  return out;
}

std::string rules_markdown(const std::vector<rule_info>& rules) {
  std::string out =
      "# planlint's rules\n\n"
      "Generated from the rules' metadata by `planlint rules --format md`; a test fails when "
      "this file is out of date. Severities are defaults: a configuration can change them.\n\n"
      "| id | severity | category | what it checks |\n| --- | --- | --- | --- |\n";
  for (const rule_info& r : rules)
    out += "| [`" + r.id + "`](#" + r.id + ") | " + severity_name(r.default_level) + " | " +
           r.category + " | " + r.title_vi + " — " + r.title_en + " |\n";
  for (const rule_info& r : rules) {
    out += "\n## " + r.id + "\n\n";
    out += "**" + r.title_vi + "** — " + r.title_en + "\n\n";
    out += "Severity: " + std::string(severity_name(r.default_level)) + "; category: " + r.category +
           (r.enabled ? "" : "; off by default") + ".\n\n";
    if (!r.explanation_vi.empty()) out += r.explanation_vi + "\n\n";
    if (!r.explanation_en.empty()) out += r.explanation_en + "\n\n";
    if (!r.reference.empty()) out += "Reference: " + r.reference + "\n";
  }
  return out;
}

std::string rules_json(const std::vector<rule_info>& rules) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const rule_info& r : rules)
    all.push_back({{"id", r.id},
                   {"severity", severity_name(r.default_level)},
                   {"category", r.category},
                   {"enabled", r.enabled},
                   {"title", {{"vi", r.title_vi}, {"en", r.title_en}}},
                   {"explanation", {{"vi", r.explanation_vi}, {"en", r.explanation_en}}},
                   {"reference", r.reference}});
  return all.dump(2);
}

std::string explain_text(const rule_info& r, language lang) {
  std::string out = r.id + ": " + r.title(lang) + "\n";
  out += std::string(lang == language::vi ? "Mức độ: " : "Severity: ") + severity_name(r.default_level) +
         (lang == language::vi ? "; nhóm: " : "; category: ") + r.category + "\n";
  if (!r.reference.empty()) out += std::string(lang == language::vi ? "Căn cứ: " : "Reference: ") + r.reference + "\n";
  if (!r.explanation(lang).empty()) out += "\n" + r.explanation(lang) + "\n";
  return out;
}

}  // namespace planlint::cli
