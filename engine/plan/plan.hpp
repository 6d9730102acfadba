#pragma once
// The plan document model: a plan JSON file (format planlint.plan/1, see
// docs in shared/design/plan-format.md) as a normalised, read-only value. Every field keeps
// where it was written (JSON pointer, byte range, line and column) so that a finding can
// point at the text a reviewer sees. Texts are kept as written and NFC/space-normalised;
// reading dates, criterion numbers, owners or levels out of them is done by later stages.
// Immutable once built; safe to share between threads.
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/plan/json_tree.hpp"
#include "engine/plan/text_store.hpp"
#include "engine/source.hpp"

namespace planlint::plan {

// The JSON pointer and the end position are computed when asked, from the plan's tree: a
// plan has hundreds of values and a check reports a handful, and building every pointer
// string up front was a tenth of the time loading a plan took.
struct location {
  const json_tree* tree = nullptr;  // the plan's (which keeps it alive); none: the root
  node_id node = no_node;
  span bytes;  // in the plan file (empty when the plan came as parsed JSON)

  // Line and column of the value's first byte (line 0 when unknown). Worked out when asked:
  // a plan has hundreds of locations and a check reports a few dozen.
  position where() const;
  // RFC 6901 ("/rows/3/timeline"); "" for the root.
  std::string pointer() const;
  // Just past the value's last byte (line 0 when unknown).
  position end() const;
  friend bool operator==(const location&, const location&) = default;
};

// One string of a text field: a plain string is one item, an array gives one per element.
struct text_item {
  // As written (unescaped JSON string): a view of the string in the plan's tree, which the
  // plan keeps alive (like location::tree), rather than a copy: rules read the normalised
  // text, and copying every raw text was an allocation per item.
  std::string_view raw;
  // text::normalize(raw): NFC, white space folded, dashes as "-". A view of `raw` itself
  // when normalising changes nothing (nine texts in ten), else of the plan's
  // changed_texts: a string per item was a heap allocation and a copy for most of them.
  std::string_view normalized;
  location at;
};

// A text's items: a view of consecutive items in the plan's all_text_items, which the plan keeps
// (like text_item::raw's tree). A vector per text was an allocation per field, most of them
// holding one item.
class text_item_list {
 public:
  text_item_list() = default;
  text_item_list(const text_item* first, std::size_t size) : first_(first), size_(size) {}
  const text_item* begin() const { return first_; }
  const text_item* end() const { return first_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const text_item& front() const { return first_[0]; }
  const text_item& back() const { return first_[size_ - 1]; }
  const text_item& operator[](std::size_t i) const { return first_[i]; }
  const text_item& at(std::size_t i) const {
    if (i >= size_) throw std::out_of_range("plan::text_item_list::at");
    return first_[i];
  }

 private:
  const text_item* first_ = nullptr;
  std::size_t size_ = 0;
};

// A "text" field: a string or an array of strings.
struct text {
  bool present = false;  // false when the field is missing or null
  bool is_list = false;  // written as an array
  location at;           // the field's value (the string, or the array)
  text_item_list items;
  // The normalised items joined with " ", kept when there are several (join_items() sets
  // it): rules read whole texts many times per check.
  std::string joined;

  std::string joined_raw() const;  // items joined with "\n"
  // Items joined with " ": the one item's text, or `joined`.
  std::string_view joined_normalized() const { return items.size() == 1 ? items.front().normalized : joined; }
  void join_items();
  // Missing, or every item empty after normalisation.
  bool blank() const;
};

// A level: 0 (Không đạt) to 4 as a number, or a text as written ("Mức 2", "Không đạt").
struct level_value {
  bool present = false;
  location at;
  std::variant<int, std::string> written;
};

// "Thời gian thực hiện và hoàn thành": one text, or {"start": date text, "end": date text}.
struct timeline_field {
  bool present = false;
  bool structured = false;  // the {start, end} form
  location at;
  text whole;               // the text form
  text start, end;          // the structured form
};

struct row {
  location at;
  std::size_t index = 0;  // in "rows"
  text no, standard, criterion, criterion_title, target, actions, owners, budget, support,
      notes, problem, indicators, evidence;
  level_value target_level;
  timeline_field timeline;
};

struct section {
  location at;
  text number, title, body;  // body is the "text" field
};

struct result {
  location at;
  text criterion;
  level_value level;
  text weaknesses;
};

struct self_assessment {
  bool present = false;
  location at;
  text period;
  level_value target_level;
  bool results_present = false;
  location results_at;
  std::vector<result> results;
};

struct monitoring_entry {
  location at;
  text when, content, result, adjustment, assessor;
};

struct signer {
  bool present = false;
  location at;
  text title, name;
};

struct document_info {
  bool present = false;
  location at;
  text number, place, date, title, school_year;
  struct signer signer;
  text recipients;
};

// school.level is checked against the allowed values at load time.
struct school_info {
  bool present = false;
  location at;
  text name, level, authority, province;
};

struct plan {
  plan() = default;
  // Not copyable: a copy's texts would still view this plan's all_text_items.
  plan(const plan&) = delete;
  plan& operator=(const plan&) = delete;
  plan(plan&&) = default;  // the items stay where they are: the texts' views stay valid
  plan& operator=(plan&&) = default;

  std::shared_ptr<const json_tree> tree;  // every value, unknown fields included
  // Every text's items, in one block (each text views its own run of them). Reserved for
  // every string of the tree before the first item is added, so it never moves.
  std::vector<text_item> all_text_items;
  // The normalised texts that differ from their raw text, which their items view. The store
  // never moves what it holds (nor does moving the plan), so the views stay valid.
  text_store changed_texts;
  // The file as read (empty text for a plan given as parsed JSON).
  const source_text& source() const { return tree->source(); }
  text format, framework;
  school_info school;
  document_info document;
  bool sections_present = false;
  location sections_at;
  std::vector<section> sections;
  text legal_basis;
  struct self_assessment self_assessment;
  location rows_at;
  std::vector<row> rows;
  bool monitoring_present = false;
  location monitoring_at;
  std::vector<monitoring_entry> monitoring;
};

// The school levels plan-format.md allows for school.level.
inline constexpr const char* school_levels[] = {"mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap"};
inline constexpr const char* format_tag = "planlint.plan/1";

}  // namespace planlint::plan
