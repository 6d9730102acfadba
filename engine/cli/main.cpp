// The planlint command line: argument parsing and exit codes only; no checking logic.
#include <iostream>
#include <string_view>

#include "engine/embedded.hpp"
#include "engine/version.hpp"

int main(int argc, char** argv) {
  std::string_view command = argc > 1 ? argv[1] : "";
  if (command == "--version") {
    std::cout << "planlint " << planlint::version << "\n";
    return 0;
  }
  if (command == "schema") {
    // The JSON Schema of the plan format, for editors and converters.
    auto schema = planlint::embedded::find("engine/plan/plan.schema.json");
    if (!schema) return 3;
    std::cout << *schema;
    return 0;
  }
  std::cerr << "usage: planlint --version | schema\n";
  return 2;
}
