// The alternative reader on nlohmann's SAX parser, and trees from parsed nlohmann::json.
// nlohmann's SAX events carry no positions; each event's token is found in the text by
// skipping white space and separators from where the previous token ended, which is exact
// because between two events of a valid document there is nothing else.
#include <cmath>
#include <cstdint>
#include <limits>

#include <nlohmann/json.hpp>

#include "engine/plan/json_read.hpp"
#include "engine/plan/json_read_support.hpp"

namespace planlint::plan {

namespace {

class tree_sax : public nlohmann::json_sax<nlohmann::json> {
 public:
  tree_sax(json_tree_builder& builder, const load_limits& limits, std::vector<input_error>& errors)
      : builder_(builder), limits_(limits), errors_(errors),
        text_(builder.tree().source().text()) {}

  bool syntax_failed() const { return syntax_failed_; }

  bool null() override {
    std::uint32_t at = next();
    builder_.add_null(consume(at, 4));
    return true;
  }
  bool boolean(bool value) override {
    std::uint32_t at = next();
    builder_.add_bool(value, consume(at, value ? 4 : 5));
    return true;
  }
  bool number_integer(number_integer_t value) override {
    span bytes = number_token();
    builder_.add_integer(value, token(bytes), bytes);
    return true;
  }
  bool number_unsigned(number_unsigned_t value) override {
    span bytes = number_token();
    if (value <= static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max()))
      builder_.add_integer(static_cast<std::int64_t>(value), token(bytes), bytes);
    else
      builder_.add_real(static_cast<double>(value), token(bytes), bytes);
    return true;
  }
  bool number_float(number_float_t value, const string_t&) override {
    span bytes = number_token();
    if (std::isfinite(value)) {
      builder_.add_real(value, token(bytes), bytes);
      return true;
    }
    node_id id = builder_.add_null(bytes);
    errors_.push_back(detail::number_out_of_range(source(), bytes, builder_.tree().pointer(id), token(bytes)));
    return true;
  }
  bool string(string_t& value) override {
    std::uint32_t at = next();
    span bytes = consume(at, detail::string_token_end(text_, at) - at);
    if (value.size() <= limits_.max_string_bytes) {
      builder_.add_string(value, bytes);
      return true;
    }
    node_id id = builder_.add_string({}, bytes);
    errors_.push_back(detail::string_too_long(source(), bytes, builder_.tree().pointer(id), value.size(), limits_));
    return true;
  }
  bool binary(binary_t&) override { return false; }  // never produced by the JSON text parser
  bool start_object(std::size_t) override {
    std::uint32_t at = next();
    cursor_ = at + 1;
    return entered(builder_.begin_object(at), at);
  }
  bool key(string_t& value) override {
    std::uint32_t at = next();
    span bytes = consume(at, detail::string_token_end(text_, at) - at);
    node_id earlier = builder_.key(value, bytes);
    if (earlier != no_node) {
      const json_tree& t = builder_.tree();
      errors_.push_back(detail::duplicate_key(source(), bytes, t.pointer(earlier), value,
                                              source().position_of(t.key_bytes(earlier).begin)));
    }
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    std::uint32_t at = next();
    cursor_ = at + 1;
    return entered(builder_.begin_array(at), at);
  }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    if (ex.id != 406) {
      syntax_failed_ = true;
      return false;
    }
    // A number no double holds ("1e400"): nlohmann stops there; record it where it is.
    span bytes = number_token();
    node_id id = builder_.add_null(bytes);
    errors_.push_back(detail::number_out_of_range(source(), bytes, builder_.tree().pointer(id), token(bytes)));
    return false;
  }

 private:
  const source_text& source() const { return builder_.tree().source(); }
  // The start of the next token: past white space, ',' and ':'.
  std::uint32_t next() const {
    std::uint32_t at = cursor_;
    while (at < text_.size()) {
      at = detail::skip_space(text_, at);
      if (at < text_.size() && (text_[at] == ',' || text_[at] == ':')) ++at;
      else break;
    }
    return at;
  }
  span consume(std::uint32_t at, std::uint32_t length) {
    cursor_ = at + length;
    return span{at, cursor_};
  }
  span number_token() {
    std::uint32_t at = next();
    std::uint32_t end = at;
    while (end < text_.size() && std::string_view("+-.eE0123456789").find(text_[end]) != std::string_view::npos)
      ++end;
    return consume(at, end - at);
  }
  std::string_view token(span bytes) const { return text_.substr(bytes.begin, bytes.end - bytes.begin); }
  bool close() {
    std::uint32_t at = next();
    cursor_ = at + 1;
    builder_.end_container(cursor_);
    return true;
  }
  bool entered(node_id container, std::uint32_t at) {
    if (builder_.depth() <= limits_.max_depth) return true;
    errors_.push_back(detail::too_deep(source(), span{at, at + 1}, builder_.tree().pointer(container), limits_));
    return false;
  }

  json_tree_builder& builder_;
  const load_limits& limits_;
  std::vector<input_error>& errors_;
  std::string_view text_;
  std::uint32_t cursor_ = 0;
  bool syntax_failed_ = false;
};

// Parsed JSON has no text: the tree gets no positions, and errors name pointers only.
class json_walker {
 public:
  json_walker(json_tree_builder& builder, const load_limits& limits, std::vector<input_error>& errors)
      : builder_(builder), limits_(limits), errors_(errors) {}

  bool walk(const nlohmann::json& value) {
    switch (value.type()) {
      case nlohmann::json::value_t::object: {
        if (!entered(builder_.begin_object(0))) return false;
        for (const auto& [key, member] : value.items()) {
          builder_.key(key, span{});
          if (!walk(member)) return false;
        }
        builder_.end_container(0);
        return true;
      }
      case nlohmann::json::value_t::array: {
        if (!entered(builder_.begin_array(0))) return false;
        for (const auto& element : value)
          if (!walk(element)) return false;
        builder_.end_container(0);
        return true;
      }
      case nlohmann::json::value_t::string: {
        const auto& s = value.get_ref<const std::string&>();
        if (s.size() <= limits_.max_string_bytes) builder_.add_string(s, span{});
        else record(detail::string_too_long(source(), span{}, pointer_of(builder_.add_string({}, span{})), s.size(), limits_));
        return true;
      }
      case nlohmann::json::value_t::boolean: builder_.add_bool(value.get<bool>(), span{}); return true;
      case nlohmann::json::value_t::number_integer:
        builder_.add_integer(value.get<std::int64_t>(), value.dump(), span{});
        return true;
      case nlohmann::json::value_t::number_unsigned: {
        auto u = value.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
          builder_.add_integer(static_cast<std::int64_t>(u), value.dump(), span{});
        else
          builder_.add_real(static_cast<double>(u), value.dump(), span{});
        return true;
      }
      case nlohmann::json::value_t::number_float: {
        double d = value.get<double>();
        if (std::isfinite(d)) builder_.add_real(d, value.dump(), span{});
        else record(detail::number_out_of_range(source(), span{}, pointer_of(builder_.add_null(span{})), std::to_string(d)));
        return true;
      }
      case nlohmann::json::value_t::binary:
      case nlohmann::json::value_t::discarded:
      case nlohmann::json::value_t::null: builder_.add_null(span{}); return true;
    }
    return true;
  }

 private:
  const source_text& source() const { return builder_.tree().source(); }
  std::string pointer_of(node_id id) const { return builder_.tree().pointer(id); }
  void record(input_error e) {
    e.where = {};
    errors_.push_back(std::move(e));
  }
  bool entered(node_id container) {
    if (builder_.depth() <= limits_.max_depth) return true;
    record(detail::too_deep(source(), span{}, pointer_of(container), limits_));
    return false;
  }

  json_tree_builder& builder_;
  const load_limits& limits_;
  std::vector<input_error>& errors_;
};

}  // namespace

json_read_result read_json_with_nlohmann(std::string text, std::string name, const load_limits& limits) {
  json_read_result result;
  if (!detail::accept_bytes(name, text, limits, result.errors)) return result;
  json_tree_builder builder(source_text(std::move(name), std::move(text)), true);
  const source_text& source = builder.tree().source();
  if (auto e = detail::check_utf8(source)) {
    result.errors.push_back(std::move(*e));
    return result;
  }
  tree_sax sax(builder, limits, result.errors);
  bool parsed = false;
  try {
    parsed = nlohmann::json::sax_parse(source.text(), &sax);
  } catch (const std::exception&) {
    parsed = false;
  }
  if (sax.syntax_failed()) {
    if (auto e = detail::explain_syntax_error(source)) result.errors.push_back(std::move(*e));
    return result;
  }
  if (parsed) result.tree = std::make_shared<const json_tree>(builder.finish());
  return result;
}

json_read_result read_parsed_json(const nlohmann::json& value, std::string name, const load_limits& limits) {
  json_read_result result;
  json_tree_builder builder(source_text(std::move(name), {}), false);
  json_walker walker(builder, limits, result.errors);
  if (walker.walk(value)) result.tree = std::make_shared<const json_tree>(builder.finish());
  return result;
}

}  // namespace planlint::plan
