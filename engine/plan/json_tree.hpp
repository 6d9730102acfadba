#pragma once
// A read-only JSON document that remembers where every value was written: its byte range
// in the source, hence its line and column, and its JSON pointer. Findings point at plan
// values through it. Nodes live in one vector and strings in one arena, so a 20 KB plan
// costs a handful of allocations, not one per value. Immutable once built; safe to share
// between threads.
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/source.hpp"

namespace planlint::plan {

enum class json_kind : std::uint8_t { null, boolean, integer, real, string, array, object };

const char* kind_name(json_kind kind);  // "null", "a boolean", "a number", "a text", "an array", "an object"

using node_id = std::uint32_t;
inline constexpr node_id no_node = std::numeric_limits<node_id>::max();

class json_tree_builder;

class json_tree {
 public:
  const source_text& source() const { return source_; }
  bool empty() const { return nodes_.empty(); }
  node_id root() const { return 0; }
  std::size_t size() const { return nodes_.size(); }

  json_kind kind(node_id id) const { return nodes_[id].kind; }
  bool is_number(node_id id) const { return kind(id) == json_kind::integer || kind(id) == json_kind::real; }
  span bytes(node_id id) const { return nodes_[id].bytes; }
  // Line and column where the value starts; line 0 when the tree has no source text.
  position where(node_id id) const;

  bool as_bool(node_id id) const { return nodes_[id].flag; }
  std::int64_t as_integer(node_id id) const { return nodes_[id].integer; }
  // Any number as a double (an integer converted).
  double as_double(node_id id) const;
  // A number as written ("2", "2.50", "1e3").
  std::string_view raw_number(node_id id) const { return arena_text(id); }
  // A string's value, unescaped UTF-8.
  std::string_view as_string(node_id id) const { return arena_text(id); }

  // Array elements, or object members in document order (each member's key: key()).
  std::span<const node_id> children(node_id id) const;
  // The member of an object with this key, or no_node.
  node_id member(node_id object, std::string_view key) const;
  // The same, looking from the `next`-th member on (and round to the first), and setting
  // `next` past the member found: a reader asking for an object's fields in the order they
  // are written finds each at the first look. The first of duplicate keys, as member(),
  // whatever `next` is.
  node_id member(node_id object, std::string_view key, std::uint32_t& next) const;
  // For a member of an object: its key, unescaped, and where the key is written.
  std::string_view key(node_id id) const;
  span key_bytes(node_id id) const { return nodes_[id].key_bytes; }
  node_id parent(node_id id) const { return nodes_[id].parent; }
  // Index among the parent's children.
  std::uint32_t index(node_id id) const { return nodes_[id].index; }
  // RFC 6901 JSON pointer ("/rows/0/timeline"; "" for the root; "~" as "~0", "/" as "~1").
  std::string pointer(node_id id) const;

 private:
  friend class json_tree_builder;
  struct node {
    json_kind kind = json_kind::null;
    bool flag = false;
    span bytes;
    span key_bytes;
    node_id parent = no_node;
    std::uint32_t index = 0;
    std::uint32_t key_offset = 0, key_size = 0;    // arena: the member's key
    std::uint32_t text_offset = 0, text_size = 0;  // arena: string value or raw number;
                                                   // containers: range in children_
    union {
      std::int64_t integer = 0;
      double real;
      std::uint64_t key_marks;  // an object's: the key_mark() bits of its keys
    };
  };
  // Whether member node `n` has this key (sizes first: most keys differ in length).
  bool has_key(const node& n, std::string_view key) const {
    return n.key_size == key.size() && std::memcmp(arena_.data() + n.key_offset, key.data(), key.size()) == 0;
  }
  // Recursion is bounded: a tree is never deeper than load_limits::max_depth.
  void append_pointer(node_id id, std::string& out) const;
  std::string_view arena_text(node_id id) const {
    return std::string_view(arena_).substr(nodes_[id].text_offset, nodes_[id].text_size);
  }

  source_text source_;
  bool positioned_ = false;
  bool duplicate_keys_ = false;  // some object has a key twice: member() order matters
  std::vector<node> nodes_;
  std::vector<node_id> children_;
  std::string arena_;
};

// RFC 6901 escaping of one reference token.
std::string escape_pointer_token(std::string_view token);

// Builds a tree in document order; used by the readers. Values are added in pre-order:
// begin a container, add its values (preceded by key() inside objects), end it.
class json_tree_builder {
 public:
  // positioned: the spans index the source text (false for a tree made from parsed JSON).
  json_tree_builder(source_text source, bool positioned);

  // The key of the next value in the current object. Returns the earlier member with the
  // same key, or no_node.
  node_id key(std::string_view key, span key_bytes);
  node_id begin_array(std::uint32_t begin) { return open(json_kind::array, begin); }
  node_id begin_object(std::uint32_t begin) { return open(json_kind::object, begin); }
  void end_container(std::uint32_t end);
  node_id add_null(span bytes);
  node_id add_bool(bool value, span bytes);
  node_id add_integer(std::int64_t value, std::string_view raw, span bytes);
  node_id add_real(double value, std::string_view raw, span bytes);
  node_id add_string(std::string_view value, span bytes);

  // Containers currently open: the depth of the next value minus one.
  std::size_t depth() const { return open_.size(); }
  const json_tree& tree() const { return tree_; }
  json_tree finish();

 private:
  struct open_container {
    node_id id;
    std::size_t first_child;  // index into scratch_
    std::unique_ptr<std::unordered_map<std::string, node_id>> keys;  // for large objects
    // A bit per key seen (key_mark()): a key whose bit is clear is no duplicate, with no
    // scan of the keys before it (most keys of a plan).
    std::uint64_t key_marks = 0;
  };
  node_id add(json_kind kind, span bytes);
  node_id add_with_text(json_kind kind, std::string_view text, span bytes);  // text into the arena
  node_id open(json_kind kind, std::uint32_t begin);
  std::uint32_t store(std::string_view text);
  node_id find_key(open_container& c, std::string_view key) const;
  void index_keys(open_container& c) const;

  json_tree tree_;
  std::vector<open_container> open_;
  std::vector<node_id> scratch_;  // children of the open containers, innermost last
  std::uint32_t key_offset_ = 0, key_size_ = 0;  // the pending key, already in the arena
  span key_bytes_;
};

// The tree as nlohmann::json (for the public API and embedders).
nlohmann::json to_json(const json_tree& tree, node_id id);

}  // namespace planlint::plan
