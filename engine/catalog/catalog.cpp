#include "engine/catalog/catalog.hpp"

#include <algorithm>

namespace planlint::catalog {

const framework* catalog::find_framework(std::string_view id) const {
  auto it = std::find_if(frameworks.begin(), frameworks.end(),
                         [&](const framework& f) { return f.id == id; });
  return it == frameworks.end() ? nullptr : &*it;
}

}  // namespace planlint::catalog
