#include "engine/config/find.hpp"

#include <filesystem>

#include "engine/config/config.hpp"

namespace planlint::config {

namespace fs = std::filesystem;

std::optional<std::string> find_config_from(const std::string& directory) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(directory), ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  if (!dir.has_filename() && dir != dir.root_path()) dir = dir.parent_path();  // "a/b/" → "a/b"
  // Every step goes one level up, so the walk ends at the root whatever the path.
  for (;;) {
    fs::path candidate = dir / file_name;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_relative_path()) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::optional<std::string> find_config_for(const std::string& plan_path) {
  if (plan_path == "-") return find_config_from(".");
  fs::path parent = fs::path(plan_path).parent_path();
  return find_config_from(parent.empty() ? std::string(".") : parent.string());
}

}  // namespace planlint::config
