#include "engine/report/counts.hpp"

namespace planlint::report {

counts& counts::operator+=(const counts& other) {
  errors += other.errors;
  warnings += other.warnings;
  infos += other.infos;
  suppressed += other.suppressed;
  return *this;
}

counts count(const plan_outcome& plan) {
  counts c;
  for (const finding& f : plan.findings) {
    switch (f.level) {
      case severity::error: ++c.errors; break;
      case severity::warning: ++c.warnings; break;
      case severity::info: ++c.infos; break;
    }
  }
  c.suppressed = plan.suppressed.size();
  return c;
}

std::string display_name(const plan_outcome& plan) {
  return plan.school.empty() ? plan.file : plan.school;
}

}  // namespace planlint::report
