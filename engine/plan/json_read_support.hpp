#pragma once
// Internal to the JSON readers: the checks and messages both readers share, so that the
// simdjson reader and the nlohmann reader report the same errors in the same words.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/plan/load_error.hpp"
#include "engine/plan/load_limits.hpp"
#include "engine/source.hpp"

namespace planlint::plan::detail {

input_error error_at(input_error_kind kind, const source_text& source, span bytes,
                     std::string message, std::string pointer = {});

// Size, emptiness, UTF-16; drops a UTF-8 BOM from `text`. An error here means no parse.
std::optional<input_error> check_bytes(const std::string& name, std::string& text,
                                       const load_limits& limits);

// check_bytes, with its error (if any) added to `errors`; true when the text may be parsed.
bool accept_bytes(const std::string& name, std::string& text, const load_limits& limits,
                  std::vector<input_error>& errors);

// The invalid_utf8 error for the first ill-formed byte, if any.
std::optional<input_error> check_utf8(const source_text& source);

// The not_json error nlohmann's parser gives for this text (its reason, at the offending
// token), found with a SAX handler that builds nothing and keeps no recursion; nothing when
// nlohmann accepts the text.
std::optional<input_error> explain_syntax_error(const source_text& source);

// True when the token is one JSON number by the grammar (whatever its magnitude).
bool is_json_number(std::string_view token);

// A number token's value when a double holds it; nothing for 1e400 or -1e999.
std::optional<double> finite_double(std::string_view token);

input_error too_large(const std::string& name, std::uint64_t size, const load_limits& limits);
input_error too_deep(const source_text& source, span bytes, std::string pointer,
                     const load_limits& limits);
input_error string_too_long(const source_text& source, span bytes, std::string pointer,
                            std::size_t size, const load_limits& limits);
input_error number_out_of_range(const source_text& source, span bytes, std::string pointer,
                                std::string_view token);
input_error duplicate_key(const source_text& source, span bytes, std::string pointer,
                          std::string_view key, position first);

// The spare bytes simdjson reads past the end of a text (SIMDJSON_PADDING, checked where
// simdjson is included).
inline constexpr std::size_t json_padding = 64;

// Gives `text` json_padding bytes of spare capacity, written (so never uninitialised),
// without changing its size: the readers then parse it in place instead of copying it into
// a simdjson::padded_string. No copy when the capacity is there already; a string moved
// into a source_text keeps its buffer.
void pad_for_simdjson(std::string& text);

// The end of a string token that starts with the quote at `begin` (one past the closing
// quote), in text already known to be valid JSON.
std::uint32_t string_token_end(std::string_view text, std::uint32_t begin);
// The first offset at or after `at` that is not JSON white space.
std::uint32_t skip_space(std::string_view text, std::uint32_t at);

}  // namespace planlint::plan::detail
