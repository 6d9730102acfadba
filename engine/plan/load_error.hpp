#pragma once
// Why a plan could not be loaded, as values: a file that is not readable, not UTF-8, not
// JSON, over a limit, or JSON of the wrong shape. A plan with any input error is not checked.
// Rendered like rule-file diagnostics: `file:line:col: error: message`.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/source.hpp"

namespace planlint::plan {

enum class input_error_kind {
  io,                   // missing, unreadable, a directory
  too_large,            // over load_limits::max_file_bytes
  empty,                // no bytes, or only white space
  utf16,                // UTF-16 (or UTF-32) text: a BOM or NUL bytes
  invalid_utf8,         // the first ill-formed UTF-8 byte
  not_json,             // a syntax error, with the JSON parser's reason
  too_deep,             // nesting over load_limits::max_depth
  string_too_long,      // one string over load_limits::max_string_bytes
  number_out_of_range,  // a number no double holds (1e400) or an integer over 64 bits
  duplicate_key,        // the same key twice in one object: both places named
  not_an_object,        // the top level is not an object
  missing_rows,         // no "rows", or "rows" not an array
  bad_format_tag,       // "format" present but not "planlint.plan/1"
  wrong_type,           // a field of the wrong JSON type
  bad_value,            // the right type but not an allowed value (a level of 7, an unknown school level)
  too_many_errors,      // the last entry when load_limits::max_errors was reached
};

// "not-json", "wrong-type", …: stable names for reporters and tests.
const char* kind_name(input_error_kind kind);

struct input_error {
  input_error_kind kind = input_error_kind::not_json;
  std::string file;          // the name as the user gave it ("-" for standard input)
  std::string pointer;       // JSON pointer of the offending value ("" = the document)
  position where;            // line and column (0 when unknown: io errors, parsed JSON)
  std::uint64_t byte_offset = 0;
  span bytes;                // the range to underline (may be empty)
  std::string message;       // one line, names the fix where there is one
  std::string expected;      // for wrong_type/bad_value: what would be accepted
  friend bool operator==(const input_error&, const input_error&) = default;
};

diagnostic to_diagnostic(const input_error& e);
// `file:line:col: error: message` (no position when unknown).
std::string render_headline(const input_error& e);
// The headline, then the source line and a caret when the source is given.
std::string render(const input_error& e, const source_text* source);

// Sorts by position so errors read top to bottom; io-like errors (no position) first.
void sort_errors(std::vector<input_error>& errors);

}  // namespace planlint::plan
