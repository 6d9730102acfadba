#include "engine/embedded.hpp"

namespace planlint::embedded {

std::optional<std::string_view> find(std::string_view path) {
  for (const file& f : files())
    if (f.path == path) return f.bytes;
  return std::nullopt;
}

}  // namespace planlint::embedded
