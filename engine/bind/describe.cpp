#include "engine/bind/describe.hpp"

#include "engine/bind/root.hpp"

namespace planlint::bind {

std::string describe_model() {
  const eval::host_registry& r = *plan_registry();
  std::string out =
      "# What rules can read\n\n"
      "Generated from the host registry (`engine/bind/`) by a test that fails when this file is "
      "out of date (`UPDATE_GOLDENS=1` rewrites it). Every value may be absent; see "
      "`docs/rule-language.md` for how absence behaves.\n\n## Globals\n\n| name | type |\n| --- | --- |\n";
  for (const eval::global_def& g : r.globals()) out += "| `" + g.name + "` | `" + g.result.name() + "` |\n";
  for (const eval::host_type* t : r.types()) {
    out += "\n## " + t->name() + "\n\n| field | type |\n| --- | --- |\n";
    for (const auto& [name, field] : t->fields()) out += "| `" + name + "` | `" + field.result.name() + "` |\n";
  }
  out += "\n## Functions\n\n| function | summary |\n| --- | --- |\n";
  for (const auto& [name, f] : r.functions())
    out += "| `" + name + "` | " + (f.summary.empty() ? "(plan model)" : f.summary) + " |\n";
  return out;
}

}  // namespace planlint::bind
