#pragma once
// What the façade's opaque types hold; for the façade's own sources only.
#include <map>
#include <memory>
#include <string>

#include "engine/catalog/catalog.hpp"
#include "engine/dates/calendar.hpp"
#include "engine/eval/rule_set.hpp"
#include "engine/plan/plan.hpp"
#include "engine/suppress/suppression.hpp"
#include "engine/planlint.hpp"

namespace planlint {

class rule_set {
 public:
  std::shared_ptr<const eval::rule_set> rules;
  const catalog::catalog* reference = nullptr;
  const dates::calendar_set* calendars = nullptr;
  // The frameworks each rule's pack applies to (its manifest's "frameworks"; empty: any), by
  // the rule's index in rules->rules(): check_plan selects rules by index.
  std::vector<std::vector<std::string>> frameworks_by_index;
};

class loaded_plan {
 public:
  std::shared_ptr<const plan::plan> document;
  std::string file;
  std::vector<suppress::suppression> suppressions;  // the plan's own and its sidecar's
};

}  // namespace planlint
