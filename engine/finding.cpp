#include "engine/finding.hpp"

namespace planlint {

const char* severity_name(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "info";
  }
  return "error";
}

}  // namespace planlint
