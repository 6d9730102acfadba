#pragma once
// Files compiled into the library at build time: the default rule pack and its reference
// data (rules/**) and the plan JSON Schema. Paths are relative to the repository root,
// e.g. "rules/data/calendars.json".
#include <optional>
#include <span>
#include <string_view>

namespace planlint::embedded {

struct file {
  std::string_view path;
  std::string_view bytes;
};

// Every embedded file, sorted by path.
std::span<const file> files();

// The bytes of one embedded file, or nothing when no such file was embedded.
std::optional<std::string_view> find(std::string_view path);

}  // namespace planlint::embedded
