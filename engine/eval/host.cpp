#include "engine/eval/host.hpp"

#include "engine/eval/builtins.hpp"

namespace planlint::eval {

host_type& host_type::field(std::string name, type result, std::function<value(const void*)> get) {
  add_field(std::move(name), std::move(result), std::move(get));
  return *this;
}

field_def& host_type::add_field(std::string name, type result, std::function<value(const void*)> get) {
  std::string key = name;
  field_def f;
  f.name = std::move(name);
  f.result = std::move(result);
  f.get = std::move(get);
  return fields_.insert_or_assign(std::move(key), std::move(f)).first->second;
}

host_type& host_type::locate(std::function<std::optional<location>(const void*)> where) {
  locate_ = std::move(where);
  return *this;
}

host_type& host_type::display(std::function<std::string(const void*)> show) {
  display_ = std::move(show);
  return *this;
}

const field_def* host_type::find_field(std::string_view name) const {
  auto it = fields_.find(name);
  return it == fields_.end() ? nullptr : &it->second;
}

std::optional<location> host_type::location_of(const void* p) const {
  return locate_ ? locate_(p) : std::nullopt;
}

std::string host_type::show(const void* p) const { return display_ ? display_(p) : name_; }

host_registry::host_registry() { add_builtins(*this); }

host_type& host_registry::add_type(std::string name) {
  types_.push_back(std::make_unique<host_type>(std::move(name)));
  return *types_.back();
}

void host_registry::add_global(std::string name, type result,
                               std::function<value(const void* root)> get) {
  globals_.push_back({std::move(name), std::move(result), std::move(get)});
}

void host_registry::add_function(function_def f) {
  std::string key = f.name;
  functions_.insert_or_assign(std::move(key), std::move(f));
}

void host_registry::add_function(std::string name, std::vector<type> parameters, type result,
                                 std::function<value(std::span<const value>)> call,
                                 bool absent_propagates) {
  function_def f;
  f.name = name;
  f.check = [name, parameters, result](std::span<const type> args) -> std::variant<type, std::string> {
    bool fits = args.size() == parameters.size();
    for (std::size_t i = 0; fits && i < args.size(); ++i) fits = compatible(args[i], parameters[i]);
    if (fits) return result;
    return name + " expects " + type_list(parameters) + ", got " + type_list(args);
  };
  f.call = [call](std::span<const value> args, const call_extras&) { return call(args); };
  f.call_plain = std::move(call);
  f.absent_propagates = absent_propagates;
  f.summary = name + type_list(parameters) + " -> " + result.name();
  add_function(std::move(f));
}

const host_type* host_registry::find_type(std::string_view name) const {
  for (const auto& t : types_)
    if (t->name() == name) return t.get();
  return nullptr;
}

const global_def* host_registry::find_global(std::string_view name) const {
  for (const auto& g : globals_)
    if (g.name == name) return &g;
  return nullptr;
}

const function_def* host_registry::find_function(std::string_view name) const {
  auto it = functions_.find(name);
  return it == functions_.end() ? nullptr : &it->second;
}

}  // namespace planlint::eval
