#include "engine/plan/load_error.hpp"

#include <algorithm>
#include <tuple>

namespace planlint::plan {

const char* kind_name(input_error_kind kind) {
  switch (kind) {
    case input_error_kind::io: return "io";
    case input_error_kind::too_large: return "too-large";
    case input_error_kind::empty: return "empty";
    case input_error_kind::utf16: return "utf16";
    case input_error_kind::invalid_utf8: return "invalid-utf8";
    case input_error_kind::not_json: return "not-json";
    case input_error_kind::too_deep: return "too-deep";
    case input_error_kind::string_too_long: return "string-too-long";
    case input_error_kind::number_out_of_range: return "number-out-of-range";
    case input_error_kind::duplicate_key: return "duplicate-key";
    case input_error_kind::not_an_object: return "not-an-object";
    case input_error_kind::missing_rows: return "missing-rows";
    case input_error_kind::bad_format_tag: return "bad-format-tag";
    case input_error_kind::wrong_type: return "wrong-type";
    case input_error_kind::bad_value: return "bad-value";
    case input_error_kind::too_many_errors: return "too-many-errors";
  }
  return "input-error";
}

diagnostic to_diagnostic(const input_error& e) {
  return diagnostic{diagnostic_level::error, e.file, e.where, e.bytes, e.message};
}

std::string render_headline(const input_error& e) { return planlint::render_headline(to_diagnostic(e)); }

std::string render(const input_error& e, const source_text* source) {
  return planlint::render(to_diagnostic(e), source);
}

void sort_errors(std::vector<input_error>& errors) {
  // too_many_errors stays last: it is about the list, not a place.
  std::stable_sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
    bool a_last = a.kind == input_error_kind::too_many_errors;
    bool b_last = b.kind == input_error_kind::too_many_errors;
    return std::tie(a_last, a.file, a.byte_offset) < std::tie(b_last, b.file, b.byte_offset);
  });
}

}  // namespace planlint::plan
