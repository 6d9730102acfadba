#pragma once
// Suppressions: a finding a school or reviewer has looked at and accepted, written down with
// a reason. They come from the plan's own top-level "planlint" field or from a sidecar file
// beside it (PLAN.ignore.json) for plans that must stay as submitted. The format is in
// docs/configuration.md; engine/suppress/read.hpp reads them, apply.hpp applies them.
#include <optional>
#include <string>

#include "engine/source.hpp"

namespace planlint::suppress {

struct suppression {
  std::string rule;                  // a rule id, or "*" (any rule; "at" is then required)
  std::optional<std::string> at;     // JSON pointer in the plan; unset: the whole plan
  std::string reason;                // never empty
  std::optional<std::string> until;  // YYYY-MM-DD, the last day it applies
  // Where the entry is written: the plan, or its sidecar.
  bool in_source = true;             // false: the sidecar file
  std::string file;                  // the plan's or the sidecar's name
  std::string pointer;               // of the entry: "/planlint/ignore/0", "/ignore/0"
  position where, end;               // of the entry in `file` (line 0 when unknown)
  span bytes;
  friend bool operator==(const suppression&, const suppression&) = default;
};

}  // namespace planlint::suppress
