#pragma once
#include <string>

namespace planlint::report {

// The path of a plan file relative to the working directory, as a URI reference
// (percent-encoded; "/" separators), as SARIF and code scanning expect.
std::string relative_path(const std::string& file, const std::string& working_directory);
std::string artifact_uri(const std::string& file, const std::string& working_directory);

// A short stable hexadecimal digest (64-bit FNV-1a): for fingerprints that must not change
// between runs or machines.
std::string stable_digest(const std::string& text);

}  // namespace planlint::report
