#pragma once
// `planlint check`: from arguments to a report and an exit status.
#include <iosfwd>
#include <string>
#include <vector>

namespace planlint::cli {

struct terminal {
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;
  bool no_color = false;  // NO_COLOR is set
};

int run_check(const std::vector<std::string>& words, std::istream& in, std::ostream& out,
              std::ostream& err, const terminal& term);

}  // namespace planlint::cli
