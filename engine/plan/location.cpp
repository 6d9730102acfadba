#include "engine/plan/plan.hpp"

namespace planlint::plan {

std::string location::pointer() const { return tree && node != no_node ? tree->pointer(node) : std::string(); }

position location::where() const { return tree && node != no_node ? tree->where(node) : position{}; }

position location::end() const {
  if (!tree || !where().known()) return {};
  return tree->source().position_of(bytes.end);
}

}  // namespace planlint::plan
