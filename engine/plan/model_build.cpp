#include "engine/plan/model_build.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "engine/text/normalize.hpp"

namespace planlint::plan {

std::string text::joined_raw() const {
  std::string out;
  for (const auto& item : items) {
    if (&item != &items.front()) out += '\n';
    out += item.raw;
  }
  return out;
}

void text::join_items() {
  joined.clear();
  if (items.size() < 2) return;
  // Sized once: appending item by item grew the string two or three times per list.
  std::size_t size = items.size() - 1;
  for (const auto& item : items) size += item.normalized.size();
  joined.reserve(size);
  for (const auto& item : items) {
    if (&item != &items.front()) joined += ' ';
    joined += item.normalized;
  }
}

bool text::blank() const {
  return std::all_of(items.begin(), items.end(), [](const auto& i) { return i.normalized.empty(); });
}

namespace {

constexpr std::string_view expected_text = "a text or an array of texts";

class model_builder {
 public:
  model_builder(const json_tree& tree, const load_limits& limits) : tree_(tree), limits_(limits) {}

  std::vector<input_error> take_errors() { return std::move(errors_); }
  void build(plan& p);

 private:
  location at(node_id id) const {
    return location{&tree_, id, tree_.bytes(id)};
  }
  // The member, or no_node when missing or null (null is read as "not given").
  // Looking on from the field read before in the same object: the fields are read in the
  // order the format lists them, which is how plans write them (a row's sixteen fields were
  // looked up by scanning its members from the first, 1.4% of a check).
  node_id field(node_id object, std::string_view key) {
    if (object != last_object_) {
      last_object_ = object;
      next_member_ = 0;
    }
    node_id id = tree_.member(object, key, next_member_);
    return id != no_node && tree_.kind(id) == json_kind::null ? no_node : id;
  }
  void error(input_error_kind kind, node_id id, std::string message, std::string expected = {});
  void wrong_type(node_id id, std::string_view expected);
  bool is_object(node_id id, std::string_view what);

  // A text field, or an empty text when it is missing, null or not a text (an error).
  text read_text(node_id object, std::string_view key);
  void read_text(node_id object, std::string_view key, text& into);
  text read_text_value(node_id id);
  void read_text_value(node_id id, text& into);
  level_value read_level(node_id object, std::string_view key, int lowest);
  timeline_field read_timeline(node_id object);
  school_info read_school(node_id root);
  document_info read_document(node_id root);
  struct signer read_signer(node_id document);
  void read_sections(node_id root, plan& p);
  struct self_assessment read_self_assessment(node_id root);
  void read_rows(node_id root, plan& p);
  void read_row(node_id id, std::size_t index, row& r);
  void read_monitoring(node_id root, plan& p);
  // Each element of an array field that must be an object; the array itself checked.
  template <typename F>
  bool each_object(node_id array, std::string_view what, F&& read);
  // An optional list field of objects: `present` and `at` set when it is an array.
  template <typename F>
  void read_list(node_id object, std::string_view key, std::string_view what, bool& present,
                 location& where, F&& read);

  const json_tree& tree_;
  const load_limits& limits_;
  std::vector<input_error> errors_;
  std::vector<text_item>* items_ = nullptr;  // the plan's all_text_items, reserved in build()
  text_store* changed_ = nullptr;  // the plan's changed_texts
  std::string normalized_;         // normalize_refused()'s buffer, reused from text to text
  node_id last_object_ = no_node;  // field()'s object, and where to look on in it
  std::uint32_t next_member_ = 0;
};

void model_builder::error(input_error_kind kind, node_id id, std::string message, std::string expected) {
  if (errors_.size() > limits_.max_errors) return;
  input_error e;
  e.file = tree_.source().name();
  if (errors_.size() == limits_.max_errors) {
    e.kind = input_error_kind::too_many_errors;
    e.message = "more than " + std::to_string(limits_.max_errors) + " errors; the rest are not shown";
    errors_.push_back(std::move(e));
    return;
  }
  e.kind = kind;
  e.pointer = tree_.pointer(id);
  e.where = tree_.where(id);
  e.bytes = tree_.bytes(id);
  e.byte_offset = e.bytes.begin;
  e.message = std::move(message);
  e.expected = std::move(expected);
  errors_.push_back(std::move(e));
}

void model_builder::wrong_type(node_id id, std::string_view expected) {
  std::string pointer = tree_.pointer(id);
  error(input_error_kind::wrong_type, id,
        "\"" + pointer + "\" is " + kind_name(tree_.kind(id)) + "; expected " + std::string(expected),
        std::string(expected));
}

bool model_builder::is_object(node_id id, std::string_view what) {
  if (tree_.kind(id) == json_kind::object) return true;
  wrong_type(id, what);
  return false;
}

// Into `t`, which is empty: a row's fifteen texts are filled where they live in the row,
// not built aside and moved there (the moves were a fifth of building the model outside
// normalisation). `t` stays empty when the value is not a text.
void model_builder::read_text_value(node_id id, text& t) {
  // Braces, not emplace_back(args...): clang 14 has no parenthesised aggregate initialisation.
  // The items go to the end of the plan's all_text_items, which build() reserved for every
  // string of the tree: the push never moves the items earlier texts view.
  std::vector<text_item>& items = *items_;
  const std::size_t first = items.size();
  auto add = [&](node_id item) {
    std::string_view raw = tree_.as_string(item);
    std::string_view normalized = raw;
    if (!planlint::text::already_normalized(raw)) {
      planlint::text::normalize_refused(raw, normalized_);
      normalized = changed_->keep(normalized_);
    }
    items.push_back(text_item{raw, normalized, at(item)});
  };
  auto view = [&] { return text_item_list(items.data() + first, items.size() - first); };
  if (tree_.kind(id) == json_kind::string) {
    add(id);
    t.items = view();
  } else if (tree_.kind(id) == json_kind::array) {
    t.is_list = true;
    for (node_id item : tree_.children(id)) {
      if (tree_.kind(item) == json_kind::string) add(item);
      else wrong_type(item, "a text (each element of a list of texts)");
    }
    t.items = view();
    t.join_items();
  } else {
    wrong_type(id, expected_text);
    return;
  }
  t.present = true;
  t.at = at(id);
}

text model_builder::read_text_value(node_id id) {
  text t;
  read_text_value(id, t);
  return t;
}

void model_builder::read_text(node_id object, std::string_view key, text& t) {
  node_id id = field(object, key);
  if (id != no_node) read_text_value(id, t);
}

text model_builder::read_text(node_id object, std::string_view key) {
  text t;
  read_text(object, key, t);
  return t;
}

// A level is 0 (Không đạt) to 4; a target level is 1 to 4. Texts are kept as written.
level_value model_builder::read_level(node_id object, std::string_view key, int lowest) {
  level_value v;
  node_id id = field(object, key);
  if (id == no_node) return v;
  // Made for an error only: built for every level read, it was a heap allocation per result.
  auto expected = [lowest] {
    return "a level: a number from " + std::to_string(lowest) + " to 4, or a text such as \"Mức 2\"";
  };
  if (tree_.kind(id) == json_kind::string) {
    v.written = std::string(tree_.as_string(id));
  } else if (tree_.is_number(id)) {
    double d = tree_.as_double(id);
    if (d != std::floor(d) || d < lowest || d > 4) {
      error(input_error_kind::bad_value, id,
            "\"" + tree_.pointer(id) + "\" is " + std::string(tree_.raw_number(id)) +
                "; expected " + expected(),
            expected());
      return v;
    }
    v.written = static_cast<int>(d);
  } else {
    wrong_type(id, expected());
    return v;
  }
  v.present = true;
  v.at = at(id);
  return v;
}

timeline_field model_builder::read_timeline(node_id row) {
  timeline_field t;
  node_id id = field(row, "timeline");
  if (id == no_node) return t;
  if (tree_.kind(id) == json_kind::object) {
    t.structured = true;
    t.start = read_text(id, "start");
    t.end = read_text(id, "end");
  } else if (tree_.kind(id) == json_kind::string || tree_.kind(id) == json_kind::array) {
    t.whole = read_text_value(id);
  } else {
    wrong_type(id, "a text, an array of texts, or an object {\"start\": …, \"end\": …}");
    return t;
  }
  t.present = true;
  t.at = at(id);
  return t;
}

school_info model_builder::read_school(node_id root) {
  school_info s;
  node_id id = field(root, "school");
  if (id == no_node || !is_object(id, "an object")) return s;
  s.present = true;
  s.at = at(id);
  s.name = read_text(id, "name");
  s.authority = read_text(id, "authority");
  s.province = read_text(id, "province");
  node_id level = field(id, "level");
  if (level == no_node) return s;
  std::string allowed;
  for (const char* l : school_levels) allowed += std::string(allowed.empty() ? "" : " | ") + l;
  if (tree_.kind(level) != json_kind::string) {
    wrong_type(level, "one of " + allowed);
    return s;
  }
  std::string_view written = tree_.as_string(level);
  bool known = std::any_of(std::begin(school_levels), std::end(school_levels),
                           [&](const char* l) { return written == l; });
  if (!known) {
    error(input_error_kind::bad_value, level,
          "\"/school/level\" is \"" + std::string(written) + "\"; expected one of " + allowed, allowed);
    return s;
  }
  s.level = read_text_value(level);
  return s;
}

struct signer model_builder::read_signer(node_id document) {
  struct signer s;
  node_id id = field(document, "signer");
  if (id == no_node || !is_object(id, "an object {\"title\": …, \"name\": …}")) return s;
  s.present = true;
  s.at = at(id);
  s.title = read_text(id, "title");
  s.name = read_text(id, "name");
  return s;
}

document_info model_builder::read_document(node_id root) {
  document_info d;
  node_id id = field(root, "document");
  if (id == no_node || !is_object(id, "an object")) return d;
  d.present = true;
  d.at = at(id);
  d.number = read_text(id, "number");
  d.place = read_text(id, "place");
  d.date = read_text(id, "date");
  d.title = read_text(id, "title");
  d.school_year = read_text(id, "school_year");
  d.signer = read_signer(id);
  d.recipients = read_text(id, "recipients");
  return d;
}

template <typename F>
bool model_builder::each_object(node_id array, std::string_view what, F&& read) {
  if (tree_.kind(array) != json_kind::array) {
    wrong_type(array, "an array of " + std::string(what));
    return false;
  }
  for (node_id item : tree_.children(array))
    if (is_object(item, what)) read(item);
  return true;
}

template <typename F>
void model_builder::read_list(node_id object, std::string_view key, std::string_view what,
                              bool& present, location& where, F&& read) {
  node_id id = field(object, key);
  if (id == no_node) return;
  present = each_object(id, what, read);
  if (present) where = at(id);
}

void model_builder::read_sections(node_id root, plan& p) {
  read_list(root, "sections", "sections: objects {\"number\", \"title\", \"text\"}", p.sections_present,
            p.sections_at, [&](node_id s) {
              p.sections.push_back(section{at(s), read_text(s, "number"), read_text(s, "title"),
                                           read_text(s, "text")});
            });
}

struct self_assessment model_builder::read_self_assessment(node_id root) {
  struct self_assessment a;
  node_id id = field(root, "self_assessment");
  if (id == no_node || !is_object(id, "an object")) return a;
  a.present = true;
  a.at = at(id);
  a.period = read_text(id, "period");
  a.target_level = read_level(id, "target_level", 1);
  read_list(id, "results", "results: objects {\"criterion\", \"level\"}", a.results_present,
            a.results_at, [&](node_id r) {
              a.results.push_back(result{at(r), read_text(r, "criterion"), read_level(r, "level", 0),
                                         read_text(r, "weaknesses")});
            });
  return a;
}

// Fills a row already in place in plan::rows: a row is 15 texts, and building it aside
// then moving it in cost a seventh of building the model outside normalisation.
void model_builder::read_row(node_id id, std::size_t index, row& r) {
  r.at = at(id);
  r.index = index;
  read_text(id, "no", r.no);
  read_text(id, "standard", r.standard);
  read_text(id, "criterion", r.criterion);
  read_text(id, "criterion_title", r.criterion_title);
  read_text(id, "target", r.target);
  r.target_level = read_level(id, "target_level", 1);
  read_text(id, "actions", r.actions);
  read_text(id, "owners", r.owners);
  r.timeline = read_timeline(id);
  read_text(id, "budget", r.budget);
  read_text(id, "support", r.support);
  read_text(id, "notes", r.notes);
  read_text(id, "problem", r.problem);
  read_text(id, "indicators", r.indicators);
  read_text(id, "evidence", r.evidence);
}

void model_builder::read_rows(node_id root, plan& p) {
  node_id id = field(root, "rows");
  if (id == no_node || tree_.kind(id) != json_kind::array) {
    node_id at_node = id == no_node ? root : id;
    std::string message = id == no_node
        ? "no \"rows\": a plan needs \"rows\", the improvement table as an array of row objects"
        : "\"/rows\" is " + std::string(kind_name(tree_.kind(id))) +
              "; expected an array of row objects (the improvement table)";
    error(input_error_kind::missing_rows, at_node, std::move(message), "an array of row objects");
    return;
  }
  p.rows_at = at(id);
  p.rows.reserve(tree_.children(id).size());
  std::size_t index = 0;
  for (node_id item : tree_.children(id)) {
    if (is_object(item, "a row object")) read_row(item, index, p.rows.emplace_back());
    ++index;
  }
}

void model_builder::read_monitoring(node_id root, plan& p) {
  read_list(root, "monitoring", "monitoring entries: objects {\"when\", \"content\", …}",
            p.monitoring_present, p.monitoring_at, [&](node_id m) {
              p.monitoring.push_back(monitoring_entry{at(m), read_text(m, "when"), read_text(m, "content"),
                                                      read_text(m, "result"), read_text(m, "adjustment"),
                                                      read_text(m, "assessor")});
            });
}

void model_builder::build(plan& p) {
  // Each string node gives at most one text item: with room for all of them, the vector
  // never reallocates under the texts that view it.
  std::size_t strings = 0;
  for (node_id id = 0; id < tree_.size(); ++id) strings += tree_.kind(id) == json_kind::string;
  p.all_text_items.reserve(strings);
  items_ = &p.all_text_items;
  changed_ = &p.changed_texts;
  node_id root = tree_.root();
  if (tree_.kind(root) != json_kind::object) {
    error(input_error_kind::not_an_object, root,
          std::string("the top level is ") + kind_name(tree_.kind(root)) +
              "; a plan is a JSON object with \"rows\"",
          "an object");
    return;
  }
  node_id format = field(root, "format");
  if (format != no_node) {
    if (tree_.kind(format) != json_kind::string || tree_.as_string(format) != format_tag)
      error(input_error_kind::bad_format_tag, format,
            "\"format\" must be \"" + std::string(format_tag) + "\" when present; this engine reads format 1",
            std::string("\"") + format_tag + "\"");
    else
      p.format = read_text_value(format);
  }
  p.framework = read_text(root, "framework");
  p.school = read_school(root);
  p.document = read_document(root);
  read_sections(root, p);
  p.legal_basis = read_text(root, "legal_basis");
  p.self_assessment = read_self_assessment(root);
  read_rows(root, p);
  read_monitoring(root, p);
}

}  // namespace

build_result build_plan(std::shared_ptr<const json_tree> tree, const load_limits& limits) {
  build_result out;
  auto p = std::make_shared<plan>();
  model_builder builder(*tree, limits);
  builder.build(*p);
  out.errors = builder.take_errors();
  if (!out.errors.empty()) return out;
  p->tree = std::move(tree);
  out.value = std::move(p);
  return out;
}

}  // namespace planlint::plan
