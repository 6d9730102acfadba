#pragma once
// Run-time values of the rule language. A value is absent (none), a bool, an integer, a
// string, a date, an interval of dates, a list, or a host object (a type and a pointer the
// embedder owns). Any value may carry the place in the plan it was read from, so that
// `report at X` can point there.
#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/source.hpp"

namespace planlint::eval {

// A calendar date, proleptic Gregorian; no Boost in this header.
struct date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const date&, const date&) = default;
  friend bool operator==(const date&, const date&) = default;
};
std::int64_t days_from_civil(const date& d);  // days since 1970-01-01
std::string to_string(const date& d);          // "2025-05-31"

// Both ends included.
struct interval {
  date first;
  date last;
  friend bool operator==(const interval&, const interval&) = default;
};
std::string to_string(const interval& i);  // "2024-09-01..2025-05-31"

// Where a value sits in the plan file.
struct location {
  std::string pointer;  // JSON pointer
  position where;
  position end;
  span bytes;
  std::string quoted;   // the text as written
  std::string place;    // a reviewer's place: "bảng kế hoạch, dòng TT 3, cột Chủ trì"
};

// Where a value was read, kept as a few pointers and worked out only when a finding points
// at it: a check reads thousands of values and reports a handful. resolve(subject, place,
// place_end, text) builds the location from what the host read the value from, a place in
// two parts (a string the host keeps for the whole evaluation, and a literal) and the
// value's own text ("" when it is not a string).
struct origin {
  using resolve_fn = location (*)(const void* subject, const std::string* place, const char* place_end,
                                  std::string_view text);
  resolve_fn resolve = nullptr;
  const void* subject = nullptr;
  const std::string* place = nullptr;
  const char* place_end = "";
};

// A string value's text, borrowed or owned. Borrowed: a view of text that outlives the
// evaluation (the plan and its analysis, the catalogs, the rule set's literals), so reading
// a field copies no bytes. Owned: text computed during the evaluation (fold(r), a format),
// kept in one block that the value's copies share.
class text_ref {
 public:
  text_ref() = default;
  explicit text_ref(std::string owned)
      : owned_(std::make_shared<const std::string>(std::move(owned))), view_(*owned_) {}
  static text_ref borrow(std::string_view s) {
    text_ref t;
    t.view_ = s;
    return t;
  }
  static text_ref borrow(std::string&&) = delete;  // a temporary would dangle

  std::string_view view() const { return view_; }
  friend bool operator==(const text_ref& a, const text_ref& b) { return a.view_ == b.view_; }

 private:
  std::shared_ptr<const std::string> owned_;  // null when borrowed
  std::string_view view_;
};

class host_type;
struct object {
  const host_type* type = nullptr;
  const void* ptr = nullptr;
  friend bool operator==(const object&, const object&) = default;
};

class value;
using list = std::vector<value>;

class value {
 public:
  using data_type = std::variant<std::monostate, bool, std::int64_t, text_ref, date, interval,
                                 std::shared_ptr<const list>, object>;

  value() = default;  // absent
  value(bool b) : data_(b) {}
  value(std::int64_t i) : data_(i) {}
  value(int i) : data_(std::int64_t{i}) {}
  value(std::string s) : data_(text_ref(std::move(s))) {}  // owned
  value(const char* s) : data_(text_ref(std::string(s))) {}
  // A string value viewing `s`, which must outlive every copy of the value (see text_ref).
  static value borrow(std::string_view s) {
    value v;
    v.data_ = text_ref::borrow(s);
    return v;
  }
  static value borrow(std::string&&) = delete;  // a temporary would dangle
  value(date d) : data_(d) {}
  value(interval i) : data_(i) {}
  value(list items) : data_(std::make_shared<const list>(std::move(items))) {}
  value(object o) : data_(o) {}

  // The same value, remembering where in the plan it was read: a location built now, or
  // an origin that builds it when asked (cheaper when most values are never reported).
  value located(location at) const;
  value from(origin o) const {
    value copy = *this;
    copy.origin_ = o;
    return copy;
  }
  std::optional<location> where() const;

  bool absent() const { return std::holds_alternative<std::monostate>(data_); }
  bool is_bool() const { return std::holds_alternative<bool>(data_); }
  bool is_int() const { return std::holds_alternative<std::int64_t>(data_); }
  bool is_string() const { return std::holds_alternative<text_ref>(data_); }
  bool is_date() const { return std::holds_alternative<date>(data_); }
  bool is_interval() const { return std::holds_alternative<interval>(data_); }
  bool is_list() const { return std::holds_alternative<std::shared_ptr<const list>>(data_); }
  bool is_object() const { return std::holds_alternative<object>(data_); }

  bool as_bool() const { return std::get<bool>(data_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(data_); }
  std::string_view as_string() const { return std::get<text_ref>(data_).view(); }
  date as_date() const { return std::get<date>(data_); }
  interval as_interval() const { return std::get<interval>(data_); }
  const list& as_list() const { return *std::get<std::shared_ptr<const list>>(data_); }
  object as_object() const { return std::get<object>(data_); }

  // Truth in `when`, `where`, and/or/not: only `true` is true; absent is false.
  bool truthy() const { return is_bool() && as_bool(); }

  const data_type& data() const { return data_; }

 private:
  data_type data_;
  std::shared_ptr<const location> at_;
  origin origin_;
};

// Equality as `==` sees it: same kind and same content; absent equals only absent;
// objects are equal when they are the same host object. Locations are ignored.
bool equal(const value& a, const value& b);

}  // namespace planlint::eval
