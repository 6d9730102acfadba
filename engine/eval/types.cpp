#include "engine/eval/types.hpp"

#include "engine/eval/host.hpp"

namespace planlint::eval {

type type::list_of(type element) {
  type t(kind::list);
  t.element_ = std::make_shared<const type>(std::move(element));
  return t;
}

type type::object(const host_type& host) {
  type t(kind::object);
  t.host_ = &host;
  return t;
}

type type::element() const { return element_ ? *element_ : any(); }

std::string type::name() const {
  switch (kind_) {
    case kind::any: return "any";
    case kind::boolean: return "bool";
    case kind::integer: return "int";
    case kind::string: return "string";
    case kind::date: return "date";
    case kind::interval: return "interval";
    case kind::list: return "list<" + element().name() + ">";
    case kind::object: return host_ ? host_->name() : "object";
  }
  return "any";
}

bool operator==(const type& a, const type& b) {
  if (a.kind_ != b.kind_) return false;
  if (a.kind_ == type::kind::list) return a.element() == b.element();
  return a.host_ == b.host_;
}

bool compatible(const type& from, const type& to) {
  if (from.is_any() || to.is_any()) return true;
  if (from.k() != to.k()) return false;
  if (from.is(type::kind::list)) return compatible(from.element(), to.element());
  return from.host() == to.host();
}

std::string type_list(std::span<const type> types) {
  std::string out = "(";
  for (std::size_t i = 0; i < types.size(); ++i) out += (i ? ", " : "") + types[i].name();
  return out + ")";
}

}  // namespace planlint::eval
