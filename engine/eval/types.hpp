#pragma once
// Static types of the rule language, as the checker sees them. Every type admits the
// absent value; `any` matches every type (used for `none` and generic built-ins).
#include <memory>
#include <span>
#include <string>

namespace planlint::eval {

class host_type;

class type {
 public:
  enum class kind { any, boolean, integer, string, date, interval, list, object };

  type() = default;  // any
  static type any() { return type(kind::any); }
  static type boolean() { return type(kind::boolean); }
  static type integer() { return type(kind::integer); }
  static type string() { return type(kind::string); }
  static type date() { return type(kind::date); }
  static type interval() { return type(kind::interval); }
  static type list_of(type element);
  static type object(const host_type& host);

  kind k() const { return kind_; }
  bool is(kind k) const { return kind_ == k; }
  bool is_any() const { return kind_ == kind::any; }
  const host_type* host() const { return host_; }
  // The element type of a list (any for other types).
  type element() const;

  // "int", "list<row>", "row"…
  std::string name() const;

  friend bool operator==(const type& a, const type& b);

 private:
  explicit type(kind k) : kind_(k) {}
  kind kind_ = kind::any;
  const host_type* host_ = nullptr;
  std::shared_ptr<const type> element_;
};

// Whether a value of type `from` may stand where `to` is expected (any fits both ways).
bool compatible(const type& from, const type& to);

// "(string, int)": argument lists in signature messages.
std::string type_list(std::span<const type> types);

}  // namespace planlint::eval
