#pragma once
// Errors in a rule file or configuration, as values: collected, sorted and rendered
// `file:line:col: error: message`, then the source line and a caret under the fault.
#include <string>
#include <vector>

#include "engine/source.hpp"

namespace planlint {

enum class diagnostic_level { error, warning, note };

struct diagnostic {
  diagnostic_level level = diagnostic_level::error;
  std::string file;       // the source's name as the user gave it
  position where;         // 1-based line and column
  span bytes;             // the range the caret underlines (may be empty)
  std::string message;
};

// Makes a diagnostic at a byte range of a source.
diagnostic make_diagnostic(const source_text& source, span bytes, std::string message,
                           diagnostic_level level = diagnostic_level::error);

// Sorts by file, line, column, then message, so output does not depend on discovery order.
void sort_diagnostics(std::vector<diagnostic>& diagnostics);

// `file:line:col: error: message` alone.
std::string render_headline(const diagnostic& d);
// The headline, then the source line and a caret line (`^~~~`) when the source is given.
std::string render(const diagnostic& d, const source_text* source);

}  // namespace planlint
