#pragma once
// `planlint test DIR...`: rule test cases. Each case is a plan file annotated, at its top
// level, with the findings it must produce:
//   "planlint_test": { "as_of": "2024-10-01", "rules": ["row-without-owner"],
//                      "expect": [ { "rule": "row-without-owner", "at": "/rows/0/owners" } ] }
// The findings of the rules under test ("rules"; default: every rule named in "expect")
// must be exactly the expected (rule, JSON pointer) pairs.
#include <iosfwd>
#include <string>
#include <vector>

namespace planlint::cli {

int run_test(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

}  // namespace planlint::cli
