#include "engine/plan/json_tree.hpp"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

namespace planlint::plan {

namespace {

// One of 64 bits for a key, from its length and its first and last bytes. An object keeps
// the bits of its keys: a key whose bit is clear is not among them, which answers most
// lookups of a field a plan leaves out, and most duplicate-key checks, with no scan.
std::uint64_t key_mark(std::string_view key) {
  const unsigned mixed = key.empty() ? 0u
                                     : static_cast<unsigned>(key.size()) * 7u + static_cast<unsigned char>(key.front()) +
                                           3u * static_cast<unsigned char>(key.back());
  return std::uint64_t{1} << (mixed & 63u);
}

}  // namespace

const char* kind_name(json_kind kind) {
  switch (kind) {
    case json_kind::null: return "null";
    case json_kind::boolean: return "a boolean";
    case json_kind::integer:
    case json_kind::real: return "a number";
    case json_kind::string: return "a text";
    case json_kind::array: return "an array";
    case json_kind::object: return "an object";
  }
  return "a value";
}

// On demand (a binary search over the line starts, then the line's bytes before the value):
// positions are asked for the few values a check reports or an error names. Working them
// out for every node when the tree was built cost 31,000 instructions of a seed-sized check.
position json_tree::where(node_id id) const {
  return positioned_ ? source_.position_of(nodes_[id].bytes.begin) : position{};
}

double json_tree::as_double(node_id id) const {
  return kind(id) == json_kind::integer ? static_cast<double>(nodes_[id].integer) : nodes_[id].real;
}

std::span<const node_id> json_tree::children(node_id id) const {
  const node& n = nodes_[id];
  if (n.kind != json_kind::array && n.kind != json_kind::object) return {};
  return std::span<const node_id>(children_).subspan(n.text_offset, n.text_size);
}

node_id json_tree::member(node_id object, std::string_view wanted) const {
  std::uint32_t from_the_first = 0;
  return member(object, wanted, from_the_first);
}

node_id json_tree::member(node_id object, std::string_view wanted, std::uint32_t& next) const {
  if (kind(object) != json_kind::object || !(nodes_[object].key_marks & key_mark(wanted))) return no_node;
  const std::span<const node_id> members = children(object);
  const auto count = static_cast<std::uint32_t>(members.size());
  // With a key written twice (an error), from the first member: the first of the two is found.
  const std::uint32_t start = duplicate_keys_ || next >= count ? 0 : next;
  for (std::uint32_t looked = 0, i = start; looked < count; ++looked) {
    if (has_key(nodes_[members[i]], wanted)) {
      next = i + 1;
      return members[i];
    }
    i = i + 1 == count ? 0 : i + 1;
  }
  return no_node;
}

std::string_view json_tree::key(node_id id) const {
  return std::string_view(arena_).substr(nodes_[id].key_offset, nodes_[id].key_size);
}

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

void json_tree::append_pointer(node_id id, std::string& out) const {
  if (id == root() || id == no_node) return;
  append_pointer(parent(id), out);
  out += '/';
  if (kind(parent(id)) != json_kind::object) {
    out += std::to_string(index(id));
    return;
  }
  std::string_view k = key(id);
  if (k.find_first_of("~/") == std::string_view::npos) out += k;
  else out += escape_pointer_token(k);
}

std::string json_tree::pointer(node_id id) const {
  std::string out;
  append_pointer(id, out);
  return out;
}

// ---- builder ----

json_tree_builder::json_tree_builder(source_text source, bool positioned) {
  tree_.source_ = std::move(source);
  tree_.positioned_ = positioned;
  // A plan has about one node per 60 bytes; reserving avoids most regrowth.
  tree_.nodes_.reserve(tree_.source_.text().size() / 48 + 16);
  tree_.arena_.reserve(tree_.source_.text().size());
}

std::uint32_t json_tree_builder::store(std::string_view text) {
  auto offset = static_cast<std::uint32_t>(tree_.arena_.size());
  tree_.arena_.append(text);
  return offset;
}

// Objects in plans have a few dozen keys: a linear scan is cheapest. A generated object with
// thousands of keys must not become quadratic, so past this many members keys are hashed.
constexpr std::size_t linear_key_scan = 32;

void json_tree_builder::index_keys(open_container& c) const {
  c.keys = std::make_unique<std::unordered_map<std::string, node_id>>();
  for (std::size_t i = c.first_child; i < scratch_.size(); ++i)
    c.keys->emplace(std::string(tree_.key(scratch_[i])), scratch_[i]);
}

node_id json_tree_builder::find_key(open_container& c, std::string_view key) const {
  std::size_t members = scratch_.size() - c.first_child;
  if (!c.keys && members <= linear_key_scan) {
    const std::uint64_t mark = key_mark(key);
    const bool maybe_seen = (c.key_marks & mark) != 0;
    c.key_marks |= mark;  // the key is the next member's
    if (!maybe_seen) return no_node;
    for (std::size_t i = c.first_child; i < scratch_.size(); ++i)
      if (tree_.has_key(tree_.nodes_[scratch_[i]], key)) return scratch_[i];
    return no_node;
  }
  if (!c.keys) index_keys(c);
  c.key_marks = ~std::uint64_t{0};  // a large object's keys are not marked one by one
  auto found = c.keys->find(std::string(key));
  return found == c.keys->end() ? no_node : found->second;
}

node_id json_tree_builder::key(std::string_view key, span key_bytes) {
  key_offset_ = store(key);
  key_size_ = static_cast<std::uint32_t>(key.size());
  key_bytes_ = key_bytes;
  if (open_.empty()) return no_node;
  const node_id earlier = find_key(open_.back(), key);
  if (earlier != no_node) tree_.duplicate_keys_ = true;
  return earlier;
}

node_id json_tree_builder::add(json_kind kind, span bytes) {
  auto id = static_cast<node_id>(tree_.nodes_.size());
  json_tree::node& n = tree_.nodes_.emplace_back();
  n.kind = kind;
  n.bytes = bytes;
  if (!open_.empty()) {
    open_container& parent = open_.back();
    n.parent = parent.id;
    n.index = static_cast<std::uint32_t>(scratch_.size() - parent.first_child);
    if (tree_.nodes_[parent.id].kind == json_kind::object) {
      n.key_offset = key_offset_;
      n.key_size = key_size_;
      n.key_bytes = key_bytes_;
      if (parent.keys) parent.keys->emplace(std::string(tree_.key(id)), id);
    }
    scratch_.push_back(id);
  }
  return id;
}

node_id json_tree_builder::open(json_kind kind, std::uint32_t begin) {
  node_id id = add(kind, span{begin, begin + 1});
  open_.push_back(open_container{id, scratch_.size(), nullptr, 0});
  return id;
}

void json_tree_builder::end_container(std::uint32_t end) {
  open_container& c = open_.back();
  json_tree::node& n = tree_.nodes_[c.id];
  n.bytes.end = end;
  n.text_offset = static_cast<std::uint32_t>(tree_.children_.size());
  n.text_size = static_cast<std::uint32_t>(scratch_.size() - c.first_child);
  if (n.kind == json_kind::object) n.key_marks = c.key_marks;
  tree_.children_.insert(tree_.children_.end(), scratch_.begin() + static_cast<std::ptrdiff_t>(c.first_child),
                         scratch_.end());
  scratch_.resize(c.first_child);
  open_.pop_back();
}

node_id json_tree_builder::add_null(span bytes) { return add(json_kind::null, bytes); }

node_id json_tree_builder::add_bool(bool value, span bytes) {
  node_id id = add(json_kind::boolean, bytes);
  tree_.nodes_[id].flag = value;
  return id;
}

node_id json_tree_builder::add_with_text(json_kind kind, std::string_view text, span bytes) {
  node_id id = add(kind, bytes);
  auto& n = tree_.nodes_[id];
  n.text_offset = store(text);
  n.text_size = static_cast<std::uint32_t>(text.size());
  return id;
}

node_id json_tree_builder::add_integer(std::int64_t value, std::string_view raw, span bytes) {
  node_id id = add_with_text(json_kind::integer, raw, bytes);
  tree_.nodes_[id].integer = value;
  return id;
}

node_id json_tree_builder::add_real(double value, std::string_view raw, span bytes) {
  node_id id = add_with_text(json_kind::real, raw, bytes);
  tree_.nodes_[id].real = value;
  return id;
}

node_id json_tree_builder::add_string(std::string_view value, span bytes) {
  return add_with_text(json_kind::string, value, bytes);
}

json_tree json_tree_builder::finish() {
  while (!open_.empty()) end_container(tree_.nodes_[open_.back().id].bytes.begin + 1);
  return std::move(tree_);
}

// ---- to nlohmann::json ----

nlohmann::json to_json(const json_tree& tree, node_id id) {
  switch (tree.kind(id)) {
    case json_kind::null: return nullptr;
    case json_kind::boolean: return tree.as_bool(id);
    case json_kind::integer: return tree.as_integer(id);
    case json_kind::real: return tree.as_double(id);
    case json_kind::string: return std::string(tree.as_string(id));
    case json_kind::array: {
      nlohmann::json out = nlohmann::json::array();
      for (node_id child : tree.children(id)) out.push_back(to_json(tree, child));
      return out;
    }
    case json_kind::object: {
      nlohmann::json out = nlohmann::json::object();
      for (node_id child : tree.children(id)) out[std::string(tree.key(child))] = to_json(tree, child);
      return out;
    }
  }
  return nullptr;
}

}  // namespace planlint::plan
