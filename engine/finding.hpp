#pragma once
// What a rule reports: one place in a plan, with why. Produced by rule evaluation,
// consumed by the reporters (which never re-run rules).
#include <string>
#include <vector>

#include "engine/source.hpp"

namespace planlint {

enum class severity { error, warning, info };  // ordered: error is the most severe

const char* severity_name(severity s);  // "error", "warning", "info"

// A value the rule read or computed, shown so that every finding says why:
// {"timeline.end", "2024-09-01..2026-05-31"}, {"school_year.end", "2025-05-31"}.
struct evidence {
  std::string name;
  std::string value;
  friend bool operator==(const evidence&, const evidence&) = default;
};

struct finding {
  std::string rule_id;      // a slug: "deadline-outside-school-year"
  severity level = severity::error;
  std::string category;     // "timeline", "coverage", …
  std::string message;      // in the language asked for
  std::string pointer;      // JSON pointer of the plan node it is about ("" = the whole plan)
  position where;           // line and column of that node in the plan file (0 if unknown)
  span bytes;               // its byte range in the plan file
  std::string quoted;       // the text it judged, as written
  std::string place;        // where a reviewer finds it in the Word document
  std::string reference;    // the legal or practical reference the rule enforces
  std::vector<planlint::evidence> evidence;
  friend bool operator==(const finding&, const finding&) = default;
};

}  // namespace planlint
