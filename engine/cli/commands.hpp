#pragma once
// The commands other than `check`: rules, explain, schema, test, help, --version.
#include <iosfwd>
#include <string>
#include <vector>

namespace planlint::cli {

int run_command(const std::string& command, const std::vector<std::string>& words,
                std::ostream& out, std::ostream& err);

}  // namespace planlint::cli
