#include "engine/report/report.hpp"

namespace planlint::report {

const char* severity_label(severity s, language lang) {
  if (lang == language::en) return severity_name(s);
  switch (s) {
    case severity::error: return "lỗi";
    case severity::warning: return "cảnh báo";
    case severity::info: return "thông tin";
  }
  return "lỗi";
}

bool fails(severity s, const render_options& options) {
  return options.fail_on && s <= *options.fail_on;
}

}  // namespace planlint::report
