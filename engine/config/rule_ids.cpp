#include <algorithm>

#include "engine/config/config.hpp"
#include "engine/suppress/apply.hpp"

namespace planlint::config {

namespace {

void check_settings(const std::map<std::string, rule_setting>& rules,
                    const std::vector<std::string>& known, std::vector<diagnostic>& out) {
  for (const auto& [id, s] : rules) {
    if (std::find(known.begin(), known.end(), id) != known.end()) continue;
    // The suppression notes are findings of the engine itself, not of a pack.
    if (id == suppress::unused_rule || id == suppress::expired_rule) continue;
    out.push_back(diagnostic{diagnostic_level::error, s.file, s.where, s.bytes,
                             "unknown rule \"" + id + "\" in \"" + s.pointer.substr(0, s.pointer.rfind('/')) +
                                 "\"; no rule of the loaded packs has this id"});
  }
}

}  // namespace

std::vector<diagnostic> check_rule_ids(const config& c, const std::vector<std::string>& known) {
  std::vector<diagnostic> out;
  check_settings(c.rules, known, out);
  for (const auto& [name, p] : c.profiles) check_settings(p.rules, known, out);
  sort_diagnostics(out);
  return out;
}

}  // namespace planlint::config
