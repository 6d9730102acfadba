#include "engine/plan/json_read_support.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "engine/plan/encoding.hpp"
#include "engine/text/utf8.hpp"

namespace planlint::plan::detail {

input_error error_at(input_error_kind kind, const source_text& source, span bytes,
                     std::string message, std::string pointer) {
  input_error e;
  e.kind = kind;
  e.file = source.name();
  e.pointer = std::move(pointer);
  e.where = source.position_of(bytes.begin);
  e.byte_offset = bytes.begin;
  e.bytes = bytes;
  e.message = std::move(message);
  return e;
}

namespace {

input_error whole_file_error(input_error_kind kind, const std::string& name, std::string message) {
  input_error e;
  e.kind = kind;
  e.file = name;
  e.message = std::move(message);
  return e;
}

// A SAX handler that accepts everything and keeps the first parse error: nlohmann's parser
// then runs with its own explicit stack and builds no DOM, so a 100,000-deep array costs
// no recursion.
struct error_only_sax : nlohmann::json_sax<nlohmann::json> {
  std::size_t position = 0;
  std::string what;
  int id = 0;
  bool failed = false;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t at, const std::string&, const nlohmann::detail::exception& ex) override {
    failed = true;
    position = at;
    what = ex.what();
    id = ex.id;
    return false;
  }
  // nlohmann reports a number no double holds ("1e400") as out_of_range.406.
  bool number_overflow() const { return failed && id == 406; }
};

// nlohmann writes "[json.exception.parse_error.101] parse error at line 1, column 9: reason";
// we give our own line and column (in code points), so keep the reason only.
// The "last read: '…'" part is dropped too: nlohmann's token buffer also holds the white
// space and tokens before the fault ("last read: '\"rows\": tru}'"), which misleads.
std::string reason_of(const std::string& what) {
  std::string reason = what;
  auto at = reason.find("parse error");
  auto colon = at == std::string::npos ? std::string::npos : reason.find(": ", at);
  if (colon != std::string::npos) reason = reason.substr(colon + 2);
  auto last = reason.find("; last read: '");
  if (last == std::string::npos) return reason;
  auto end = reason.find("'; expected", last);
  end = end == std::string::npos ? reason.size() : end + 1;
  return reason.erase(last, end - last);
}

// nlohmann stops on the last byte of the offending token; walk back to where the token
// starts so the caret sits under all of it. Only string and number tokens are longer than
// one byte; in a string token every inner quote is escaped, so the first unescaped quote
// before the end is the opening one.
std::uint32_t token_start(std::string_view text, std::uint32_t last, std::string_view reason) {
  auto escaped = [&](std::uint32_t quote) {
    std::uint32_t backslashes = 0;
    while (quote > backslashes && text[quote - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
  };
  if (reason.find("unexpected string literal") != std::string_view::npos && text[last] == '"') {
    for (std::uint32_t i = last; i-- > 0;)
      if (text[i] == '"' && !escaped(i)) return i;
  }
  if (reason.find("unexpected number literal") != std::string_view::npos) {
    while (last > 0 && std::string_view("+-.eE0123456789").find(text[last - 1]) != std::string_view::npos) --last;
  }
  return last;
}

}  // namespace

std::optional<input_error> check_bytes(const std::string& name, std::string& text,
                                       const load_limits& limits) {
  if (text.size() > limits.max_file_bytes) return too_large(name, text.size(), limits);
  if (looks_like_utf16(text))
    return whole_file_error(input_error_kind::utf16, name,
                            "file is UTF-16; save it as UTF-8");
  strip_utf8_bom(text);
  if (is_blank(text))
    return whole_file_error(input_error_kind::empty, name,
                            "file is empty; a plan is a JSON object with \"rows\"");
  return std::nullopt;
}

bool accept_bytes(const std::string& name, std::string& text, const load_limits& limits,
                  std::vector<input_error>& errors) {
  auto e = check_bytes(name, text, limits);
  if (e) errors.push_back(std::move(*e));
  return !e;
}

std::optional<input_error> check_utf8(const source_text& source) {
  auto bad = text::first_invalid_utf8(source.text());
  if (!bad) return std::nullopt;
  auto at = static_cast<std::uint32_t>(*bad);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(source.text()[at]));
  return error_at(input_error_kind::invalid_utf8, source, span{at, at + 1},
                  "invalid UTF-8 at byte " + std::to_string(at) + " (" + hex +
                      "); save the file as UTF-8");
}

std::optional<input_error> explain_syntax_error(const source_text& source) {
  error_only_sax sax;
  try {
    nlohmann::json::sax_parse(source.text(), &sax);
  } catch (const std::exception& e) {
    // sax_parse reports through parse_error; anything thrown is unexpected but still an
    // input error, never a crash.
    return error_at(input_error_kind::not_json, source, span{0, 0},
                    std::string("not JSON: ") + e.what());
  }
  if (!sax.failed) return std::nullopt;
  auto size = static_cast<std::uint32_t>(source.text().size());
  // position counts the bytes read, the offending one included (one more at the end).
  if (sax.position == 0 || sax.position > size)
    return error_at(input_error_kind::not_json, source, span{size, size}, "not JSON: " + reason_of(sax.what));
  auto last = static_cast<std::uint32_t>(sax.position - 1);
  std::string reason = reason_of(sax.what);
  span bytes{token_start(source.text(), last, reason), last + 1};
  if (sax.number_overflow()) {
    bytes.begin = token_start(source.text(), last, "unexpected number literal");
    return number_out_of_range(source, bytes, "",
                               std::string_view(source.text()).substr(bytes.begin, bytes.end - bytes.begin));
  }
  return error_at(input_error_kind::not_json, source, bytes, "not JSON: " + reason);
}

bool is_json_number(std::string_view token) {
  error_only_sax sax;
  bool ok = false;
  try {
    ok = (nlohmann::json::sax_parse(token, &sax) && !sax.failed) || sax.number_overflow();
  } catch (const std::exception&) {
    return false;
  }
  return ok && !token.empty() && (token[0] == '-' || (token[0] >= '0' && token[0] <= '9'));
}

std::optional<double> finite_double(std::string_view token) {
  double value = 0;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

input_error too_large(const std::string& name, std::uint64_t size, const load_limits& limits) {
  return whole_file_error(input_error_kind::too_large, name,
                          "file is " + std::to_string(size) + " bytes, over the limit of " +
                              std::to_string(limits.max_file_bytes) +
                              " bytes; raise it with --max-file-size (load_limits::max_file_bytes)");
}

input_error too_deep(const source_text& source, span bytes, std::string pointer,
                     const load_limits& limits) {
  return error_at(input_error_kind::too_deep, source, bytes,
                  "arrays and objects nested more than " + std::to_string(limits.max_depth) +
                      " deep; raise the limit with --max-depth (load_limits::max_depth)",
                  std::move(pointer));
}

input_error string_too_long(const source_text& source, span bytes, std::string pointer,
                            std::size_t size, const load_limits& limits) {
  return error_at(input_error_kind::string_too_long, source, bytes,
                  "a text of " + std::to_string(size) + " bytes, over the limit of " +
                      std::to_string(limits.max_string_bytes) +
                      " bytes; raise it with --max-string-size (load_limits::max_string_bytes)",
                  std::move(pointer));
}

input_error number_out_of_range(const source_text& source, span bytes, std::string pointer,
                                std::string_view token) {
  std::string shown(token.substr(0, 40));
  if (token.size() > 40) shown += "…";
  return error_at(input_error_kind::number_out_of_range, source, bytes,
                  "number " + shown + " is out of range (no finite double holds it)",
                  std::move(pointer));
}

input_error duplicate_key(const source_text& source, span bytes, std::string pointer,
                          std::string_view key, position first) {
  std::string message = "duplicate key \"" + std::string(key) + "\" in one object";
  if (first.known())
    message += "; first written at line " + std::to_string(first.line) + ", column " +
               std::to_string(first.column);
  message += "; keep one of them";
  return error_at(input_error_kind::duplicate_key, source, bytes, std::move(message),
                  std::move(pointer));
}

static_assert(json_padding >= simdjson::SIMDJSON_PADDING);

void pad_for_simdjson(std::string& text) {
  const std::size_t size = text.size();
  text.resize(size + json_padding);
  text.resize(size);
}

// memchr to the next quote, which closes the string unless an odd run of backslashes
// escapes it: a plan is mostly string bytes, and stepping through them one at a time was a
// sixth of reading it.
std::uint32_t string_token_end(std::string_view text, std::uint32_t begin) {
  const auto size = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = begin + 1; i < size;) {
    const void* quote = std::memchr(text.data() + i, '"', size - i);
    if (!quote) break;
    const auto at = static_cast<std::uint32_t>(static_cast<const char*>(quote) - text.data());
    std::uint32_t backslashes = 0;
    while (at - backslashes > begin + 1 && text[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at + 1;
    i = at + 1;
  }
  return size;
}

std::uint32_t skip_space(std::string_view text, std::uint32_t at) {
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
    ++at;
  return at;
}

}  // namespace planlint::plan::detail
