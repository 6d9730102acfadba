#include "engine/config/json_fields.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace planlint::config {

namespace {

using plan::input_error_kind;
using plan::json_kind;
using plan::node_id;

// A value as a message shows it: a string quoted (escaped like JSON), a number as written.
std::string shown(const plan::json_tree& tree, node_id id) {
  switch (tree.kind(id)) {
    case json_kind::string: return nlohmann::json(std::string(tree.as_string(id))).dump();
    case json_kind::integer:
    case json_kind::real: return std::string(tree.raw_number(id));
    default: return plan::kind_name(tree.kind(id));
  }
}

// How a message names a value: its pointer, quoted, or "the document" for the top level.
std::string named(const plan::json_tree& tree, node_id id) {
  return id == tree.root() ? std::string("the document") : "\"" + tree.pointer(id) + "\"";
}

}  // namespace

std::string quoted_list(std::span<const std::string_view> words, std::string_view last) {
  std::string out;
  std::size_t i = 0;
  for (std::string_view w : words) {
    if (i > 0) out += i + 1 == words.size() ? std::string(last) : std::string(", ");
    out += "\"" + std::string(w) + "\"";
    ++i;
  }
  return out;
}

void field_reader::add(input_error_kind kind, node_id id, span bytes, std::string message,
                       std::string expected) {
  plan::input_error e;
  e.kind = kind;
  e.file = tree_.source().name();
  e.pointer = tree_.pointer(id);
  // A tree made from parsed JSON has no text: its spans index nothing.
  if (tree_.where(id).known()) {
    e.where = tree_.source().position_of(bytes.begin);
    e.bytes = bytes;
    e.byte_offset = bytes.begin;
  }
  e.message = std::move(message);
  e.expected = std::move(expected);
  errors_.push_back(std::move(e));
}

void field_reader::wrong_type(node_id id, std::string_view expected) {
  add(input_error_kind::wrong_type, id, tree_.bytes(id),
      named(tree_, id) + " is " + plan::kind_name(tree_.kind(id)) + "; expected " +
          std::string(expected),
      std::string(expected));
}

void field_reader::bad_value(node_id id, std::string_view shown_value, std::string_view expected) {
  add(input_error_kind::bad_value, id, tree_.bytes(id),
      named(tree_, id) + " is " + std::string(shown_value) + "; expected " +
          std::string(expected),
      std::string(expected));
}

void field_reader::error_at(node_id id, std::string message, input_error_kind kind) {
  add(kind, id, tree_.bytes(id), std::move(message), {});
}

bool field_reader::object(node_id id) {
  if (tree_.kind(id) == json_kind::object) return true;
  wrong_type(id, "an object");
  return false;
}

void field_reader::only_keys(node_id object, std::span<const std::string_view> allowed,
                             std::string_view where) {
  for (node_id member : tree_.children(object)) {
    std::string_view key = tree_.key(member);
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string expected = "one of " + quoted_list(allowed);
    // Underline the key, not the value: the key is what is misspelt.
    add(input_error_kind::bad_value, member, tree_.key_bytes(member),
        "unknown key " + nlohmann::json(std::string(key)).dump() + " in " + std::string(where) +
            "; expected " + expected,
        expected);
  }
}

std::optional<bool> field_reader::boolean(node_id id) {
  if (tree_.kind(id) == json_kind::boolean) return tree_.as_bool(id);
  wrong_type(id, "true or false");
  return std::nullopt;
}

std::optional<std::string> field_reader::string(node_id id, std::string_view expected) {
  if (tree_.kind(id) == json_kind::string) return std::string(tree_.as_string(id));
  wrong_type(id, expected);
  return std::nullopt;
}

std::optional<int> field_reader::integer(node_id id, int lowest, int highest) {
  std::string expected =
      "a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest);
  if (tree_.kind(id) == json_kind::real) {
    bad_value(id, shown(tree_, id), expected);
    return std::nullopt;
  }
  if (tree_.kind(id) != json_kind::integer) {
    wrong_type(id, expected);
    return std::nullopt;
  }
  std::int64_t v = tree_.as_integer(id);
  if (v < lowest || v > highest) {
    bad_value(id, shown(tree_, id), expected);
    return std::nullopt;
  }
  return static_cast<int>(v);
}

std::optional<std::string> field_reader::word(node_id id,
                                              std::span<const std::string_view> words) {
  std::string expected = quoted_list(words);
  if (tree_.kind(id) != json_kind::string) {
    wrong_type(id, expected);
    return std::nullopt;
  }
  std::string_view value = tree_.as_string(id);
  if (std::find(words.begin(), words.end(), value) != words.end()) return std::string(value);
  bad_value(id, shown(tree_, id), expected);
  return std::nullopt;
}

}  // namespace planlint::config
