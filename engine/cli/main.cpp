// The planlint command line: dispatches to a command and returns its exit status.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "engine/cli/check_command.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/version.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  std::string command = words.empty() ? "help" : words.front();
  std::vector<std::string> rest(words.begin() + (words.empty() ? 0 : 1), words.end());
  planlint::cli::terminal term{isatty(STDOUT_FILENO) != 0, isatty(STDERR_FILENO) != 0,
                               std::getenv("NO_COLOR") != nullptr};
  try {
    if (command == "check") return planlint::cli::run_check(rest, std::cin, std::cout, std::cerr, term);
    return planlint::cli::run_command(command, rest, std::cout, std::cerr);
  } catch (const std::exception& e) {
    // Bugs and I/O failures end here, once; input problems never do (they are values).
    std::cerr << "planlint: internal error: " << e.what() << "\n";
    return planlint::cli::exit_status::usage_error;
  }
}
