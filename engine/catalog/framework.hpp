#pragma once
// A criteria framework: one version of a Thông tư's standards and criteria, in force over a
// span of dates for some school levels. TT18/2018 as first issued and TT18/2018 as amended by
// TT22/2024 are two versions of one family ("TT18/2018"). Immutable once loaded.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog/civil_date.hpp"

namespace planlint::catalog {

// The school levels a plan may declare (plan-format.md, school.level).
std::span<const std::string_view> known_school_levels();  // mam-non tieu-hoc thcs thpt nhieu-cap
bool is_known_school_level(std::string_view level);

struct criterion {
  std::string id;          // "1.10"
  int standard = 0;        // 1
  int number = 0;          // 10
  std::string name;        // exactly as the source writes it
  int highest_level = 0;   // the highest Mức with indicators (TT18 1.2 stops at 2)
  bool mandatory = false;  // TT57/2026's tiêu chí bắt buộc
  bool provisional = false;
  std::string note;
  std::string source;
  std::string confidence;  // "cao" | "trung bình" | "thấp"
};

struct standard {
  int number = 0;
  std::string name;
  bool provisional = false;
  std::string note;
  std::string source;
  std::string confidence;
};

// What an amending document changed, as far as the sources say.
struct amendment {
  std::string document;  // "22/2024/TT-BGDĐT"
  std::string document_key;  // number_symbol_key(document), set by load_catalog for lookups
  std::optional<civil_date> effective_from;
  std::vector<std::string> changes;
  bool provisional = false;  // true while the list of changes is unverified
  std::string note;
  std::string source;
  std::string confidence;
};

struct framework {
  std::string id;        // "TT18/2018+TT22/2024"
  std::string family;    // "TT18/2018": the id of the first version
  std::string document;  // "18/2018/TT-BGDĐT"
  std::string document_key;  // number_symbol_key(document), set by load_catalog for lookups
  std::string title;
  std::vector<std::string> school_levels;
  std::optional<civil_date> effective_from;  // none: unknown, never chosen by date
  std::optional<civil_date> effective_until; // none: still in force as far as the data knows
  bool effective_from_provisional = false;
  bool provisional = false;
  int highest_criterion_level = 0;  // 3 for TT17/18/19: criteria have indicators up to Mức 3
  int top_level = 0;                // 4 for TT17/18/19: Mức 4 is a separate set of requirements
  std::vector<std::string> notes;
  std::string source;
  std::string confidence;
  std::vector<amendment> amendments;
  std::vector<standard> standards;
  std::vector<criterion> criteria;

  const criterion* find(std::string_view criterion_id) const;
  // The same by numbers, for a criterion already read (no id compared as text: the analysis
  // looks up every row and result, a string comparison per criterion of the framework).
  const criterion* find(int standard, int number) const;
  const standard* find_standard(int number) const;
  bool applies_to(std::string_view school_level) const;
  // Known effective_from <= day <= effective_until (when known).
  bool in_force_on(civil_date day) const;
};

}  // namespace planlint::catalog
