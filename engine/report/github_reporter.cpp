// GitHub Actions workflow commands. GitHub shows at most 10 annotations of each kind per
// step, so more would be silently lost: we stop at the limit, say how many were left out,
// and print the full text report after the annotations.
#include <array>

#include "engine/report/artifact_uri.hpp"
#include "engine/report/render.hpp"

namespace planlint::report {

namespace {

constexpr std::size_t annotations_per_kind = 10;

std::string escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(const std::string& text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

const char* command_for(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "notice";
  }
  return "error";
}

std::string annotation(severity level, const std::string& path, position start, position end,
                       const std::string& title, const std::string& message) {
  std::string line = std::string("::") + command_for(level) + " file=" + escape_property(path);
  if (start.known()) {
    line += ",line=" + std::to_string(start.line) + ",col=" + std::to_string(start.column);
    if (end.known() && end.line != start.line) line += ",endLine=" + std::to_string(end.line);
    if (end.known() && end.line == start.line)
      line += ",endColumn=" + std::to_string(end.column);
  }
  line += ",title=" + escape_property(title) + "::" + escape_data(message) + "\n";
  return line;
}

}  // namespace

void render_github(const batch& b, const render_options& options, std::ostream& out) {
  std::array<std::size_t, 3> shown{};
  std::size_t left_out = 0;
  auto emit = [&](severity level, const std::string& line) {
    std::size_t& n = shown[static_cast<std::size_t>(level)];
    if (n >= annotations_per_kind) {
      ++left_out;
      return;
    }
    ++n;
    out << line;
  };
  for (const plan_outcome& plan : b.plans) {
    std::string path = relative_path(plan.file, options.working_directory);
    for (const input_problem& p : plan.problems)
      emit(severity::error, annotation(severity::error, path, p.where, {}, "planlint: input-error",
                                       p.message));
    for (const finding& f : plan.findings)
      emit(f.level, annotation(f.level, path, f.where, f.end, "planlint: " + f.rule_id, f.message));
  }
  if (left_out)
    out << "planlint: " << left_out
        << (options.lang == language::vi
                ? " chú thích không hiển thị (GitHub chỉ hiện tối đa 10 chú thích mỗi loại trong một bước); xem báo cáo đầy đủ bên dưới.\n"
                : " annotations left out (GitHub shows at most 10 of each kind per step); see the full report below.\n");
  render_text(b, options, out);
}

}  // namespace planlint::report
