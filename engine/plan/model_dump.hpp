#pragma once
// A stable, line-per-field text rendering of a plan model: what the loader understood,
// with where each value was written. Used by golden tests and for debugging converters.
#include <string>

#include "engine/plan/plan.hpp"

namespace planlint::plan {

std::string dump(const plan& p);

}  // namespace planlint::plan
