#pragma once
// The host model the rules read, declared by the embedder: named object types with typed
// fields, global names read from the evaluation root, and functions. The checker
// type-checks rules against this registry; the evaluator calls its getters. The engine
// knows nothing of plans: binding the plan model is registering it here.
//
// A registry is built once, then shared read-only (std::shared_ptr<const host_registry>)
// by every rule set compiled against it; getters and functions must be safe to call from
// several threads at once (pure functions of their arguments).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "engine/eval/types.hpp"
#include "engine/eval/value.hpp"

namespace re2 {
class RE2;
}

namespace planlint::eval {

struct field_def {
  std::string name;
  type result;
  std::function<value(const void* object)> get;
  // For a field declared with field_of: get's own target, called directly (the evaluator
  // reads a field at almost every step, and std::function's check and double indirection
  // showed in the profile). read(getter, object) == get(object).
  value (*read)(const void* getter, const void* object) = nullptr;
  const void* getter = nullptr;  // owned by `get` (a shared reader), alive while any copy is

  value operator()(const void* object) const { return read ? read(getter, object) : get(object); }
};

class host_type {
 public:
  explicit host_type(std::string name) : name_(std::move(name)) {}

  const std::string& name() const { return name_; }

  // Declares a field; the getter receives the object's pointer.
  host_type& field(std::string name, type result, std::function<value(const void*)> get);
  // Typed convenience: `t.field<row>("criterion", type::string(), [](const row& r) {…})`.
  template <class T, class Getter>
  host_type& field_of(std::string name, type result, Getter get) {
    auto read = [get](const void* p) { return value(get(*static_cast<const T*>(p))); };
    using reader = decltype(read);
    // Shared, so that `getter` stays valid in every copy of the field (a copied host type).
    auto shared = std::make_shared<const reader>(std::move(read));
    field_def& f = add_field(std::move(name), std::move(result), [shared](const void* p) { return (*shared)(p); });
    f.getter = shared.get();
    f.read = [](const void* getter, const void* p) { return (*static_cast<const reader*>(getter))(p); };
    return *this;
  }
  // Where an object of this type sits in the plan (for `report at` and findings).
  host_type& locate(std::function<std::optional<location>(const void*)> where);
  // How `{x}` shows an object of this type (default: the type's name).
  host_type& display(std::function<std::string(const void*)> show);

  const field_def* find_field(std::string_view name) const;
  const std::map<std::string, field_def, std::less<>>& fields() const { return fields_; }
  std::optional<location> location_of(const void* p) const;
  std::string show(const void* p) const;

 private:
  field_def& add_field(std::string name, type result, std::function<value(const void*)> get);

  std::string name_;
  std::map<std::string, field_def, std::less<>> fields_;
  std::function<std::optional<location>(const void*)> locate_;
  std::function<std::string(const void*)> display_;
};

// A function's static check: the result type, or why the arguments do not fit
// ("expects (string, string), got (string, int)"). Arity is part of it.
using signature_check = std::function<std::variant<type, std::string>(std::span<const type>)>;

// What a call receives beyond its arguments.
struct call_extras {
  const re2::RE2* pattern = nullptr;  // the compiled literal pattern, for pattern functions
};

struct function_def {
  std::string name;
  signature_check check;
  std::function<value(std::span<const value>, const call_extras&)> call;
  // Set for a function added with a fixed signature: what `call` calls, called directly.
  std::function<value(std::span<const value>)> call_plain;
  // Absent in, absent out: when any argument is absent, the result is absent and `call`
  // is not run. Off for functions that look at absence themselves (exists, default, …).
  bool absent_propagates = true;
  // Index of an argument that must be a string literal, compiled once as an RE2 pattern.
  int pattern_argument = -1;
  // exists(x): the interpreter answers it without calling `call` (the same answer), since
  // rules ask it of nearly every row and result, and the call's argument copy and
  // std::function cost several times the test itself.
  bool tests_presence = false;
  std::string summary;  // one line for the reference ("same_text(a, b) -> bool: …")
};

struct global_def {
  std::string name;
  type result;
  std::function<value(const void* root)> get;
};

class host_registry {
 public:
  // Starts with the built-in function library (see engine/eval/builtins.hpp).
  host_registry();
  host_registry(host_registry&&) = default;
  host_registry& operator=(host_registry&&) = default;

  // Declares a host type; the reference stays valid for the registry's life, so types
  // may refer to each other (declare both, then add fields).
  host_type& add_type(std::string name);
  // A global name read from the evaluation root (the pointer passed to evaluate()).
  void add_global(std::string name, type result, std::function<value(const void* root)> get);
  // Adds or replaces a function (replacing lets an embedder swap a built-in).
  void add_function(function_def f);
  // Fixed signature: the arguments must be compatible with `parameters`.
  void add_function(std::string name, std::vector<type> parameters, type result,
                    std::function<value(std::span<const value>)> call,
                    bool absent_propagates = true);

  const host_type* find_type(std::string_view name) const;
  const global_def* find_global(std::string_view name) const;
  const function_def* find_function(std::string_view name) const;
  const std::vector<global_def>& globals() const { return globals_; }
  // Every declared host type, in declaration order.
  std::vector<const host_type*> types() const {
    std::vector<const host_type*> out;
    for (const auto& t : types_) out.push_back(t.get());
    return out;
  }
  std::size_t global_index(const global_def* g) const { return static_cast<std::size_t>(g - globals_.data()); }
  const std::map<std::string, function_def, std::less<>>& functions() const { return functions_; }

 private:
  std::vector<std::unique_ptr<host_type>> types_;
  std::vector<global_def> globals_;
  std::map<std::string, function_def, std::less<>> functions_;
};

}  // namespace planlint::eval
