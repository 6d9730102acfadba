// The planlint command line: argument parsing and exit codes only; no checking logic.
#include <iostream>
#include <string_view>

#include "engine/version.hpp"

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--version") {
    std::cout << "planlint " << planlint::version << "\n";
    return 0;
  }
  std::cerr << "usage: planlint --version\n";
  return 2;
}
