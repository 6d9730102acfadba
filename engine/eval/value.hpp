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
// two parts (a string the host keeps for the whole evaluation, or none, and a literal) and
// the value's own text ("" when it is not a string).
struct origin {
  using resolve_fn = location (*)(const void* subject, const std::string* place, const char* place_end,
                                  std::string_view text);
  resolve_fn resolve = nullptr;
  const void* subject = nullptr;
  const std::string* place = nullptr;  // none: the place is place_end alone
  const char* place_end = "";
};

class host_type;
struct object {
  const host_type* type = nullptr;
  const void* ptr = nullptr;
  friend bool operator==(const object&, const object&) = default;
};

class value;
using list = std::vector<value>;

// A value is a kind, a payload of plain data, and at most one block it keeps alive (owned
// text, a list) shared by its copies: copying or destroying a value is a few word copies
// and a reference count, with no dispatch on the kind. The evaluator copies values at every
// step, so this matters more than anything a value does.
//
// Text is borrowed or owned. Borrowed: a view of text that outlives the evaluation (the
// plan and its analysis, the catalogs, the rule set's literals), so reading a field copies
// no bytes. Owned: text computed during the evaluation (fold(r), format(x)).
class value {
 public:
  enum class kind : std::uint8_t { none, boolean, integer, string, date, interval, list, object };

  value() = default;  // absent
  value(bool b) : kind_(kind::boolean) { p_.b = b; }
  value(std::int64_t i) : kind_(kind::integer) { p_.i = i; }
  value(int i) : kind_(kind::integer) { p_.i = i; }
  value(std::string s) { own(std::move(s)); }
  value(const char* s) { own(std::string(s)); }
  value(date d) : kind_(kind::date) { ::new (&p_.d) date(d); }
  value(interval i) : kind_(kind::interval) { ::new (&p_.v) interval(i); }
  value(list items);
  value(object o) : kind_(kind::object) { ::new (&p_.o) object(o); }
  // A string value viewing `s`, which must outlive every copy of the value.
  static value borrow(std::string_view s) {
    value v;
    v.kind_ = kind::string;
    v.p_.s = {s.data(), s.size()};
    return v;
  }
  static value borrow(std::string&&) = delete;  // a temporary would dangle
  // A string value viewing `part`, which must lie inside this string value's text: it keeps
  // alive whatever this value keeps (its owned text), so it may outlive this value. Pieces
  // of a text (split, find_all) cost no copy of their bytes this way. No origin.
  value substring(std::string_view part) const;

  // The same value, remembering where in the plan it was read: a location built now, or
  // an origin that builds it when asked (cheaper when most values are never reported). The
  // later of the two wins.
  value located(location at) const;
  value from(origin o) const {
    value copy = *this;
    copy.origin_ = o;
    return copy;
  }
  std::optional<location> where() const;

  kind what() const { return kind_; }
  bool absent() const { return kind_ == kind::none; }
  bool is_bool() const { return kind_ == kind::boolean; }
  bool is_int() const { return kind_ == kind::integer; }
  bool is_string() const { return kind_ == kind::string; }
  bool is_date() const { return kind_ == kind::date; }
  bool is_interval() const { return kind_ == kind::interval; }
  bool is_list() const { return kind_ == kind::list; }
  bool is_object() const { return kind_ == kind::object; }

  // Each throws (std::runtime_error) on a value of another kind.
  bool as_bool() const { return expect(kind::boolean), p_.b; }
  std::int64_t as_int() const { return expect(kind::integer), p_.i; }
  std::string_view as_string() const { return expect(kind::string), std::string_view(p_.s.data, p_.s.size); }
  date as_date() const { return expect(kind::date), p_.d; }
  interval as_interval() const { return expect(kind::interval), p_.v; }
  const list& as_list() const { return expect(kind::list), *p_.l; }
  object as_object() const { return expect(kind::object), p_.o; }

  // Truth in `when`, `where`, and/or/not: only `true` is true; absent is false.
  bool truthy() const { return kind_ == kind::boolean && p_.b; }

 private:
  void own(std::string s);
  void expect(kind k) const {
    if (kind_ != k) wrong_kind();
  }
  [[noreturn]] static void wrong_kind();

  struct text_view {
    const char* data;
    std::size_t size;
  };
  // Every member is trivially copyable, so the value's copies copy the bytes.
  union payload {
    payload() : i(0) {}
    bool b;
    std::int64_t i;
    date d;
    interval v;
    object o;
    text_view s;
    const list* l;
  };
  kind kind_ = kind::none;
  payload p_;
  // Owned text, the list, or a location built by located() (which keeps the former alive in
  // turn); null for everything else.
  std::shared_ptr<const void> keeps_;
  origin origin_;
};

// Equality as `==` sees it: same kind and same content; absent equals only absent;
// objects are equal when they are the same host object. Locations are ignored.
bool equal(const value& a, const value& b);

}  // namespace planlint::eval
