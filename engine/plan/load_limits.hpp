#pragma once
// Limits on what the loader accepts, so that a hostile or broken file costs bounded time,
// memory and stack. Each has a command-line option; going over one is an input error that
// names it.
#include <cstddef>

namespace planlint::plan {

struct load_limits {
  std::size_t max_file_bytes = 16u * 1024 * 1024;   // --max-file-size
  std::size_t max_depth = 64;                       // --max-depth: nesting of arrays/objects
  std::size_t max_string_bytes = 1u * 1024 * 1024;  // --max-string-size: one string, unescaped
  std::size_t max_errors = 100;                     // type errors collected per document
};

}  // namespace planlint::plan
