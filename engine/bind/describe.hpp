#pragma once
#include <string>

namespace planlint::bind {

// docs/rule-model.md: every global, host type, field and function rules can use, generated
// from the registry itself so the reference cannot drift from the code.
std::string describe_model();

}  // namespace planlint::bind
