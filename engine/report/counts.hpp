#pragma once
#include "engine/report/report.hpp"

namespace planlint::report {

struct counts {
  std::size_t errors = 0, warnings = 0, infos = 0, suppressed = 0;
  counts& operator+=(const counts& other);
  std::size_t total() const { return errors + warnings + infos; }
};

counts count(const plan_outcome& plan);

// The name a summary shows for a plan: the school, else the file.
std::string display_name(const plan_outcome& plan);

}  // namespace planlint::report
