#pragma once
// Rules as people read them: a listing, a Markdown reference, JSON, and one rule explained.
#include <string>
#include <vector>

#include "engine/rule_info.hpp"

namespace planlint::cli {

std::string rules_text(const std::vector<rule_info>& rules, language lang);
std::string rules_markdown(const std::vector<rule_info>& rules);  // docs/rules.md
std::string rules_json(const std::vector<rule_info>& rules);
std::string explain_text(const rule_info& rule, language lang);

}  // namespace planlint::cli
