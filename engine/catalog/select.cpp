#include "engine/catalog/select.hpp"

#include <algorithm>

namespace planlint::catalog {

namespace {

// Later effective_from first; unknown dates last.
bool later(const framework* a, const framework* b) { return a->effective_from > b->effective_from; }

const framework* latest_in_force(const std::vector<const framework*>& versions,
                                 std::optional<civil_date> date) {
  const framework* best = nullptr;
  for (const framework* f : versions) {
    bool eligible = date ? f->in_force_on(*date) : f->effective_from.has_value();
    if (eligible && (!best || later(f, best))) best = f;
  }
  return best;
}

std::string on(std::optional<civil_date> date) {
  return date ? " on " + date->to_iso() : " (the plan has no date)";
}

framework_choice by_level(const catalog& data, std::string_view level,
                          std::optional<civil_date> date) {
  if (!is_known_school_level(level))
    return {nullptr, choice_status::unknown_school_level,
            "unknown school level \"" + std::string(level) + "\""};
  std::vector<const framework*> versions;
  for (const auto& f : data.frameworks)
    if (f.applies_to(level)) versions.push_back(&f);
  if (const framework* f = latest_in_force(versions, date))
    return {f, date ? choice_status::by_level_and_date : choice_status::latest_for_level,
            f->id + " applies to " + std::string(level) + on(date)};
  return {nullptr, choice_status::none_in_force,
          "no framework for " + std::string(level) + " is in force" + on(date)};
}

// The versions an explicit name designates: by id, family or document number.
std::vector<const framework*> named(const catalog& data, std::string_view name) {
  std::string key = number_symbol_key(name);
  std::vector<const framework*> out;
  for (const auto& f : data.frameworks)
    if (number_symbol_key(f.id) == key || number_symbol_key(f.family) == key ||
        number_symbol_key(f.document) == key)
      out.push_back(&f);
  return out;
}

}  // namespace

framework_choice select_framework(const catalog& data, std::string_view school_level,
                                  std::optional<civil_date> date,
                                  std::string_view explicit_framework) {
  if (explicit_framework.empty()) return by_level(data, school_level, date);
  std::vector<const framework*> versions = named(data, explicit_framework);
  std::string name(explicit_framework);
  if (versions.empty()) {
    framework_choice fallback = by_level(data, school_level, date);
    fallback.status = choice_status::unknown_explicit_framework;
    fallback.reason = "the catalog has no framework \"" + name + "\"; " + fallback.reason;
    return fallback;
  }
  // TT57/2026 has one version per level group: keep those for the plan's level when any.
  std::vector<const framework*> for_level;
  std::copy_if(versions.begin(), versions.end(), std::back_inserter(for_level),
               [&](const framework* f) { return f->applies_to(school_level); });
  if (!for_level.empty()) versions = for_level;
  if (const framework* f = latest_in_force(versions, date); f && date)
    return {f, choice_status::explicit_framework,
            "the plan names " + name + ": " + f->id + " is in force" + on(date)};
  auto exact = std::find_if(versions.begin(), versions.end(), [&](const framework* f) {
    return number_symbol_key(f->id) == number_symbol_key(name);
  });
  const framework* f = exact != versions.end() ? *exact : latest_in_force(versions, {});
  if (!f) f = versions.front();
  return {f, choice_status::explicit_not_in_force,
          "the plan names " + name + ": " + f->id + " is not known to be in force" + on(date)};
}

std::vector<const framework*> frameworks_for_document(const catalog& data,
                                                      std::string_view number_symbol) {
  const legal_document* cited = data.registry.find(number_symbol);
  std::string key = number_symbol_key(cited ? std::string_view(cited->number_symbol)
                                            : number_symbol);
  std::vector<const framework*> out;
  for (const auto& f : data.frameworks) {
    bool issued = f.document_key == key;
    bool amended = std::any_of(f.amendments.begin(), f.amendments.end(),
                               [&](const amendment& a) { return a.document_key == key; });
    if (issued || amended) out.push_back(&f);
  }
  return out;
}

bool cites_framework(const catalog& data, const framework& version,
                     std::string_view number_symbol) {
  auto versions = frameworks_for_document(data, number_symbol);
  return std::find(versions.begin(), versions.end(), &version) != versions.end();
}

}  // namespace planlint::catalog
