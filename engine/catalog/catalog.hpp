#pragma once
// The reference data rules consult: the criteria frameworks and the legal registry.
// Built by load_catalog() (engine/catalog/load.hpp); immutable afterwards.
#include <string_view>
#include <vector>

#include "engine/catalog/framework.hpp"
#include "engine/catalog/legal_registry.hpp"

namespace planlint::catalog {

struct catalog {
  std::vector<framework> frameworks;
  legal_registry registry;

  const framework* find_framework(std::string_view id) const;
};

}  // namespace planlint::catalog
