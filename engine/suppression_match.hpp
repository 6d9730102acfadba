#pragma once
// A finding that a suppression matched: kept, with the suppression's reason, for the counts,
// the summary and SARIF. Its own header (like finding.hpp) so that engine/suppress can name
// it without engine/planlint.hpp, whose `class plan` cannot share a translation unit with
// the plan model's `namespace plan`.
#include <string>

#include "engine/finding.hpp"

namespace planlint {

struct suppression_match {
  finding what;
  std::string reason;
  bool in_source = true;  // the plan's own "planlint" field; false: a sidecar file
};

}  // namespace planlint
