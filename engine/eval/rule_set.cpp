#include "engine/eval/rule_set.hpp"

namespace planlint::eval {

rule_set::rule_set(std::vector<check::checked_rule> rules, std::shared_ptr<const host_registry> registry,
                   pack_manifest manifest)
    : rules_(std::move(rules)), registry_(std::move(registry)), manifest_(std::move(manifest)) {
  for (const auto& r : rules_)
    infos_.push_back({r.id, r.level, r.category, r.cite, r.enabled, r.title_vi, r.title_en,
                      r.explain_vi, r.explain_en, r.file, r.where});
}


const rule_info* rule_set::find(std::string_view id) const {
  for (const auto& info : infos_)
    if (info.id == id) return &info;
  return nullptr;
}

}  // namespace planlint::eval
