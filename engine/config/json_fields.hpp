#pragma once
// Reading small JSON documents of our own (the configuration file, suppression lists) out of
// a positioned json_tree, strictly: a key we do not know or a value of the wrong type is an
// error naming the place and what would be accepted, never a silent skip. Shared by
// engine/config and engine/suppress so both say the same things in the same words.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/plan/json_tree.hpp"
#include "engine/plan/load_error.hpp"

namespace planlint::config {

class field_reader {
 public:
  field_reader(const plan::json_tree& tree, std::vector<plan::input_error>& errors)
      : tree_(tree), errors_(errors) {}

  const plan::json_tree& tree() const { return tree_; }

  // An error at a value: `"/pointer" is <what it is>; expected <expected>`.
  void wrong_type(plan::node_id id, std::string_view expected);
  void bad_value(plan::node_id id, std::string_view shown, std::string_view expected);
  // An error with a message of its own, underlining the value.
  void error_at(plan::node_id id, std::string message, plan::input_error_kind kind =
                                                            plan::input_error_kind::bad_value);

  // True when the value is an object; otherwise a wrong-type error.
  bool object(plan::node_id id);
  // Reports every member whose key is not allowed, at the key. `where` names the object
  // in the message ("the configuration", "a profile").
  void only_keys(plan::node_id object, std::span<const std::string_view> allowed,
                 std::string_view where);

  std::optional<bool> boolean(plan::node_id id);
  std::optional<std::string> string(plan::node_id id, std::string_view expected = "a text");
  // A whole number in [lowest, highest].
  std::optional<int> integer(plan::node_id id, int lowest, int highest);
  // One of the words; the error lists them.
  std::optional<std::string> word(plan::node_id id, std::span<const std::string_view> words);

 private:
  void add(plan::input_error_kind kind, plan::node_id id, span bytes, std::string message,
           std::string expected);

  const plan::json_tree& tree_;
  std::vector<plan::input_error>& errors_;
};

// `"a", "b" or "c"`: the words quoted and joined for a message.
std::string quoted_list(std::span<const std::string_view> words, std::string_view last = " or ");

}  // namespace planlint::config
