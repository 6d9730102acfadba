#pragma once
// What the reports and listings say about a rule: its metadata, not its logic.
#include <string>

#include "engine/finding.hpp"

namespace planlint {

enum class language { vi, en };

struct rule_info {
  std::string id;
  severity default_level = severity::error;
  std::string category;
  std::string title_vi, title_en;
  std::string explanation_vi, explanation_en;  // what it checks, why, an example of a fix
  std::string reference;
  bool enabled = true;
  const std::string& title(language lang) const { return lang == language::vi ? title_vi : title_en; }
  const std::string& explanation(language lang) const {
    return lang == language::vi ? explanation_vi : explanation_en;
  }
};

}  // namespace planlint
