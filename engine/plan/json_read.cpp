// The JSON reader: simdjson On-Demand over the padded text, building a json_tree.
//
// Why simdjson (measured with bench/plan_load_bench.cpp, Release, on a generated 22 KB plan
// with Vietnamese text, CPU time per plan; the machine was shared, so two runs are shown):
//   read_json (simdjson 3.0.1 On-Demand, this file)       28 µs (quiet)   42 µs (load 5)
//   read_json_with_nlohmann (nlohmann 3.11 SAX)           140 µs (quiet)  162 µs (load 5)
//   nlohmann::json::parse, DOM without positions (ref.)   136 µs (quiet)  137 µs (load 5)
// On-Demand is header code compiled for the build's baseline CPU (simdjson's "fallback"
// kernel without -march flags) and is still 5x faster than nlohmann here. Only its
// iteration is "fallback" code: the parser's stage 1 (UTF-8 check, structural index) and
// its string unescaping (parse_string) come from simdjson's run-time dispatched kernel
// (haswell on an AVX2 CPU), as callgrind shows. Measured (callgrind, 64 seed-sized checks
// of planlint_bench --profile-checks): a reader on the DOM API (stage 2 dispatched too,
// token offsets taken from stage 1's structural index) cost as much, 25.97 M against
// 25.86 M for read_json, and needed simdjson members marked private; so On-Demand stays.
// The product must
// load and check ≥ 5,000 such plans per second per core (200 µs each), so parsing must be a
// small part of that. simdjson validates UTF-8 and indexes the structure in one pass, and
// raw_json_token() points into our own buffer, so byte offsets are exact without counting.
// nlohmann is kept for what it does better: when simdjson rejects a document, nlohmann's
// SAX parser (no DOM, no recursion) names the fault in words ("unexpected '}'; expected
// ','") at an exact byte; that slow path runs on errors only.
#include "engine/plan/json_read.hpp"

#include <simdjson.h>

#include "engine/plan/json_read_support.hpp"

namespace planlint::plan {

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

namespace {

// A raw_json_token() without the white space before the next structural character.
std::string_view without_trailing_space(std::string_view token) {
  while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
    token.remove_suffix(1);
  return token;
}

class simdjson_reader {
 public:
  // `padded` is the text simdjson iterates: offsets are taken against it.
  simdjson_reader(json_tree_builder& builder, const load_limits& limits,
                  std::vector<input_error>& errors, std::string_view padded)
      : builder_(builder), limits_(limits), errors_(errors), text_(padded) {}

  // Reads the whole document; false when it stopped at a fatal error (`failure()` says
  // which simdjson error, or success when the error was ours and is already recorded).
  bool read(ondemand::document& doc);
  error_code failure() const { return failure_; }
  std::uint32_t last_offset() const { return last_offset_; }

 private:
  const source_text& source() const { return builder_.tree().source(); }
  std::uint32_t offset_of(const char* at) const {
    return static_cast<std::uint32_t>(at - text_.data());
  }
  bool fail(error_code e) {
    failure_ = e;
    return false;
  }
  bool value(ondemand::value v, std::uint32_t& end);
  bool object(ondemand::object o, std::uint32_t begin, std::uint32_t& end);
  bool array(ondemand::array a, std::uint32_t begin, std::uint32_t& end);
  bool number(std::string_view token, std::uint32_t begin, simdjson::simdjson_result<ondemand::number> n);
  bool string(std::string_view s, span bytes);
  bool entered(node_id container, std::uint32_t begin);
  std::uint32_t closing(std::uint32_t after) const { return detail::skip_space(text_, after) + 1; }
  bool scalar_root(ondemand::document& doc);

  json_tree_builder& builder_;
  const load_limits& limits_;
  std::vector<input_error>& errors_;
  std::string_view text_;
  error_code failure_ = simdjson::SUCCESS;
  std::uint32_t last_offset_ = 0;
};

// Depth is checked on opening a container, before descending into it, so recursion never
// goes deeper than max_depth + 1 whatever the input.
bool simdjson_reader::entered(node_id container, std::uint32_t begin) {
  if (builder_.depth() <= limits_.max_depth) return true;
  errors_.push_back(detail::too_deep(source(), span{begin, begin + 1},
                                     builder_.tree().pointer(container), limits_));
  return fail(simdjson::SUCCESS);
}

bool simdjson_reader::value(ondemand::value v, std::uint32_t& end) {
  std::string_view token = v.raw_json_token();
  std::uint32_t begin = offset_of(token.data());
  last_offset_ = begin;
  ondemand::json_type type;
  if (auto e = v.type().get(type)) return fail(e);
  switch (type) {
    case ondemand::json_type::object: {
      ondemand::object o;
      if (!entered(builder_.begin_object(begin), begin)) return false;
      if (auto e = v.get_object().get(o)) return fail(e);
      return object(o, begin, end);
    }
    case ondemand::json_type::array: {
      ondemand::array a;
      if (!entered(builder_.begin_array(begin), begin)) return false;
      if (auto e = v.get_array().get(a)) return fail(e);
      return array(a, begin, end);
    }
    case ondemand::json_type::number: {
      token = without_trailing_space(token);
      end = begin + static_cast<std::uint32_t>(token.size());
      return number(token, begin, v.get_number());
    }
    case ondemand::json_type::string: {
      std::string_view s;
      if (auto e = v.get_string().get(s)) return fail(e);
      // The token runs to the next structural character: the string and white space after
      // it, so it ends at its closing quote without a search through the text.
      end = begin + static_cast<std::uint32_t>(without_trailing_space(token).size());
      return string(s, span{begin, end});
    }
    case ondemand::json_type::boolean: {
      bool b;
      if (auto e = v.get_bool().get(b)) return fail(e);
      end = begin + (b ? 4 : 5);
      builder_.add_bool(b, span{begin, end});
      return true;
    }
    case ondemand::json_type::null: {
      bool is_null = false;
      if (auto e = v.is_null().get(is_null)) return fail(e);
      if (!is_null) return fail(simdjson::N_ATOM_ERROR);
      end = begin + 4;
      builder_.add_null(span{begin, end});
      return true;
    }
  }
  return fail(simdjson::TAPE_ERROR);
}

bool simdjson_reader::object(ondemand::object o, std::uint32_t begin, std::uint32_t& end) {
  std::uint32_t last = begin + 1;
  for (auto member : o) {
    ondemand::field f;
    if (auto e = std::move(member).get(f)) return fail(e);
    std::uint32_t key_begin = offset_of(f.key().raw()) - 1;
    last_offset_ = key_begin;
    std::string_view key;
    if (auto e = f.unescaped_key().get(key)) return fail(e);
    span key_bytes{key_begin, detail::string_token_end(text_, key_begin)};
    node_id earlier = builder_.key(key, key_bytes);
    if (earlier != no_node) {
      const json_tree& t = builder_.tree();
      errors_.push_back(detail::duplicate_key(
          source(), key_bytes, t.pointer(earlier), key, source().position_of(t.key_bytes(earlier).begin)));
    }
    if (!value(f.value(), last)) return false;
  }
  end = closing(last);
  builder_.end_container(end);
  return true;
}

bool simdjson_reader::array(ondemand::array a, std::uint32_t begin, std::uint32_t& end) {
  std::uint32_t last = begin + 1;
  for (auto element : a) {
    ondemand::value v;
    if (auto e = std::move(element).get(v)) return fail(e);
    if (!value(v, last)) return false;
  }
  end = closing(last);
  builder_.end_container(end);
  return true;
}

bool simdjson_reader::number(std::string_view token, std::uint32_t begin,
                             simdjson::simdjson_result<ondemand::number> result) {
  span bytes{begin, begin + static_cast<std::uint32_t>(token.size())};
  ondemand::number n;
  if (std::move(result).get(n) == simdjson::SUCCESS) {
    if (n.is_int64()) builder_.add_integer(n.get_int64(), token, bytes);
    else builder_.add_real(n.as_double(), token, bytes);
    return true;
  }
  // simdjson refuses integers over 64 bits and magnitudes no double holds; tell those
  // apart from a malformed token ("01", "1.") which is a syntax error.
  if (!detail::is_json_number(token)) return fail(simdjson::NUMBER_ERROR);
  if (auto value = detail::finite_double(token)) {
    builder_.add_real(*value, token, bytes);
    return true;
  }
  node_id id = builder_.add_null(bytes);
  errors_.push_back(detail::number_out_of_range(source(), bytes, builder_.tree().pointer(id), token));
  return true;
}

bool simdjson_reader::string(std::string_view s, span bytes) {
  if (s.size() <= limits_.max_string_bytes) {
    builder_.add_string(s, bytes);
    return true;
  }
  node_id id = builder_.add_string({}, bytes);
  errors_.push_back(detail::string_too_long(source(), bytes, builder_.tree().pointer(id), s.size(), limits_));
  return true;
}

// simdjson does not hand out a scalar document as a value; read it through the document.
bool simdjson_reader::scalar_root(ondemand::document& doc) {
  std::string_view token;
  if (auto e = doc.raw_json_token().get(token)) return fail(e);
  std::uint32_t begin = offset_of(token.data());
  token = without_trailing_space(token);
  span bytes{begin, begin + static_cast<std::uint32_t>(token.size())};
  ondemand::json_type type;
  if (auto e = doc.type().get(type)) return fail(e);
  switch (type) {
    case ondemand::json_type::number: return number(token, begin, doc.get_number());
    case ondemand::json_type::string: {
      std::string_view s;
      if (auto e = doc.get_string().get(s)) return fail(e);
      return string(s, bytes);
    }
    case ondemand::json_type::boolean: {
      bool b;
      if (auto e = doc.get_bool().get(b)) return fail(e);
      builder_.add_bool(b, bytes);
      return true;
    }
    case ondemand::json_type::null: {
      // The token itself, not doc.is_null(): simdjson 3.0 refuses a root "null" followed by
      // white space ("null\n") as a bad atom. Nothing may follow it but white space.
      if (token != "null") return fail(simdjson::N_ATOM_ERROR);
      if (detail::skip_space(text_, bytes.end) != text_.size()) return fail(simdjson::TRAILING_CONTENT);
      builder_.add_null(bytes);
      return true;
    }
    default: return fail(simdjson::TAPE_ERROR);
  }
}

bool simdjson_reader::read(ondemand::document& doc) {
  bool scalar = false;
  if (auto e = doc.is_scalar().get(scalar)) return fail(e);
  if (scalar) {
    if (!scalar_root(doc)) return false;
    if (builder_.tree().kind(builder_.tree().root()) == json_kind::null) return true;  // checked there
  } else {
    ondemand::value root;
    if (auto e = doc.get_value().get(root)) return fail(e);
    std::uint32_t end = 0;
    if (!value(root, end)) return false;
  }
  // A location after the root value means trailing content ("{} x").
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS) return fail(simdjson::TRAILING_CONTENT);
  return true;
}

// Why simdjson stopped, in words: its own for bad UTF-8; nlohmann's reason otherwise.
input_error explain(error_code failure, const source_text& source, std::uint32_t last_offset,
                    const load_limits& limits) {
  if (failure == simdjson::DEPTH_ERROR)
    return detail::too_deep(source, span{last_offset, last_offset + 1}, "", limits);
  if (failure == simdjson::UTF8_ERROR)
    if (auto e = detail::check_utf8(source)) return *e;
  if (auto e = detail::explain_syntax_error(source)) return *e;
  // nlohmann accepts what simdjson refused: say what simdjson said, where it was.
  if (auto e = detail::check_utf8(source)) return *e;
  return detail::error_at(input_error_kind::not_json, source, span{last_offset, last_offset + 1},
                          std::string("not JSON: ") + simdjson::error_message(failure));
}

}  // namespace

json_read_result read_json(std::string text, std::string name, const load_limits& limits) {
  json_read_result result;
  if (!detail::accept_bytes(name, text, limits, result.errors)) return result;
  // Parsed in place: the text (moved, not copied, into the tree's source) has the padding
  // simdjson reads past the end; a file read by load_plan_file has it already.
  detail::pad_for_simdjson(text);
  json_tree_builder builder(source_text(std::move(name), std::move(text)), true);
  const source_text& source = builder.tree().source();
  const std::string& padded = source.text();
  // One parser per thread: its buffers are reused from plan to plan.
  thread_local ondemand::parser parser;
  // Our own depth check must come first; simdjson's limit only has to be above it.
  error_code failure = simdjson::SUCCESS;
  if (parser.max_depth() <= limits.max_depth)
    failure = parser.allocate(std::max(parser.capacity(), padded.size()), limits.max_depth + 1);
  ondemand::document doc;
  // iterate() checks the padding itself (INSUFFICIENT_PADDING, never a read past the end).
  if (!failure) failure = parser.iterate(padded.data(), padded.size(), padded.capacity()).get(doc);
  simdjson_reader reader(builder, limits, result.errors, padded);
  bool read = false;
  if (!failure) {
    read = reader.read(doc);
    failure = reader.failure();
  }
  if (!read && failure) result.errors.push_back(explain(failure, source, reader.last_offset(), limits));
  if (read) result.tree = std::make_shared<const json_tree>(builder.finish());
  return result;
}

}  // namespace planlint::plan
