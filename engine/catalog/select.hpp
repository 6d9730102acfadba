#pragma once
// Which framework a plan is checked against, and which framework a cited document belongs to.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog/catalog.hpp"

namespace planlint::catalog {

enum class choice_status {
  by_level_and_date,           // the version in force for the level on the plan's date
  latest_for_level,            // the plan has no date: the latest dated version for the level
  explicit_framework,          // the plan's "framework" field, the version in force on the date
  explicit_not_in_force,       // the plan's "framework" field, though not in force on the date
  unknown_explicit_framework,  // the plan names a framework the catalog lacks; fell back to
                               // the level and date (chosen may still be null)
  unknown_school_level,        // null: the level is none of mam-non tieu-hoc thcs thpt nhieu-cap
  none_in_force,               // null: no version for the level is in force on the date
};

struct framework_choice {
  const framework* chosen = nullptr;
  choice_status status = choice_status::none_in_force;
  std::string reason;  // one English sentence for logs and notes
};

// By level and date: the versions for the level (tieu-hoc → TT17, mam-non → TT19, thcs, thpt,
// nhieu-cap → TT18, as the data's school_levels say) in force on the date, the latest
// effective_from winning; a version whose effective_from is unknown (TT57/2026 as embedded) is
// never chosen this way. An explicit framework wins when the catalog has it; it may name a
// version ("TT18/2018+TT22/2024"), a family ("TT18/2018": the family's version in force on the
// date, so a 2025 plan naming TT18/2018 gets the amended text) or the document number
// ("18/2018/TT-BGDĐT"), compared tolerantly (number_symbol_key).
framework_choice select_framework(const catalog& data, std::string_view school_level,
                                  std::optional<civil_date> date,
                                  std::string_view explicit_framework = {});

// The versions a cited document belongs to: those issued by it ("18/2018/TT-BGDĐT" → TT18/2018
// and TT18/2018+TT22/2024) and those it amends into ("22/2024/TT-BGDĐT" → the three amended
// versions). Known misspellings and variants resolve through the registry first. Empty when
// the document is no framework's.
std::vector<const framework*> frameworks_for_document(const catalog& data,
                                                      std::string_view number_symbol);

// Whether a cited number is the framework's own document or one of its amendments: what a
// rule checking "the legal basis cites the framework in force" asks of each citation.
bool cites_framework(const catalog& data, const framework& version,
                     std::string_view number_symbol);

}  // namespace planlint::catalog
