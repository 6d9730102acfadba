#pragma once
// Turning the command line's inputs into the list of plans to check, in a deterministic
// order: files as given, directories searched recursively for *.json (sorted), globs
// that the shell did not expand (quoted) expanded here, "-" for standard input.
#include <string>
#include <vector>

namespace planlint::cli {

struct expanded_inputs {
  std::vector<std::string> plans;   // paths in order; a path that does not exist stays in,
                                    // so that loading it reports the error with its name
  std::vector<std::string> errors;  // a glob that matched nothing, a folder that cannot be
                                    // read or holds no plan
};

expanded_inputs expand_inputs(const std::vector<std::string>& arguments);

}  // namespace planlint::cli
