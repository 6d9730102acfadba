// The façade over the stages: rules are loaded against the plan host model; a plan is
// loaded into the document model; check() analyses the plan and evaluates the rules.
#include "engine/planlint.hpp"
#include "engine/planlint_internal.hpp"

#include <algorithm>
#include <chrono>

#include "engine/bind/root.hpp"
#include "engine/catalog/load.hpp"
#include "engine/dates/calendar.hpp"
#include "engine/embedded.hpp"
#include "engine/eval/load.hpp"
#include "engine/eval/rule_set.hpp"
#include "engine/model/plan_view.hpp"
#include "engine/plan/load.hpp"
#include "engine/suppress/read.hpp"

namespace planlint {

namespace {

constexpr std::string_view embedded_pack = "rules/pack/";

eval::pack_source embedded_default_pack() {
  eval::pack_source pack{source_text("rules/pack/pack.json", ""), {}};
  for (const embedded::file& f : embedded::files()) {
    if (f.path.substr(0, embedded_pack.size()) != embedded_pack) continue;
    if (f.path == "rules/pack/pack.json")
      pack.manifest = source_text(std::string(f.path), std::string(f.bytes));
    else if (f.path.size() > 6 && f.path.substr(f.path.size() - 6) == ".rules")
      pack.files.emplace_back(std::string(f.path), std::string(f.bytes));
  }
  return pack;
}


// Which frameworks the rules of each file apply to: their pack manifest's list.
std::map<std::string, std::vector<std::string>> pack_frameworks(const std::vector<eval::pack_source>& packs) {
  std::map<std::string, std::vector<std::string>> out;
  for (const eval::pack_source& pack : packs) {
    std::vector<diagnostic> ignored;  // load_packs reports manifest errors
    eval::pack_manifest manifest = eval::read_manifest(pack.manifest, ignored);
    for (const source_text& file : pack.files) out[file.name()] = manifest.frameworks;
  }
  return out;
}

input_error from_plan_error(const plan::input_error& e) {
  return {e.file, e.pointer, e.where, e.message};
}

// A plan's suppressions are part of it: one that cannot be read (no reason, a bad pointer)
// makes the plan unreadable rather than silently reporting findings its authors answered.
plan_result wrap(plan::load_result loaded, std::string file, bool with_sidecar) {
  plan_result out;
  for (const auto& e : loaded.errors) out.errors.push_back(from_plan_error(e));
  if (!loaded.value) return out;
  suppress::suppressions_result suppressions =
      with_sidecar ? suppress::read_suppressions(*loaded.value, file)
                   : suppress::read_plan_suppressions(*loaded.value->tree);
  for (const auto& e : suppressions.errors) out.errors.push_back(from_plan_error(e));
  if (!out.errors.empty()) return out;
  auto p = std::make_shared<loaded_plan>();
  p->document = std::move(loaded.value);
  p->file = std::move(file);
  p->suppressions = std::move(suppressions.value);
  out.value = std::move(p);
  return out;
}

plan::load_limits limits_of(const plan_limits& l) {
  plan::load_limits out;
  out.max_file_bytes = l.max_file_bytes;
  out.max_depth = l.max_depth;
  out.max_string_bytes = l.max_string_bytes;
  return out;
}

}  // namespace

std::string input_error::render() const {
  std::string out = file;
  if (where.known()) out += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  return out + ": error: " + message;
}

rules_result load_rules(const rule_sources& sources) {
  rules_result out;
  const catalog::catalog_load_result& reference = catalog::embedded_catalog();
  if (!reference.ok()) {
    out.errors = reference.errors;
    return out;
  }
  std::vector<eval::pack_source> packs;
  if (sources.default_pack) packs.push_back(embedded_default_pack());
  for (const std::string& directory : sources.directories)
    packs.push_back(eval::read_pack_directory(directory, out.errors));
  std::map<std::string, std::vector<std::string>> frameworks_of_file = pack_frameworks(packs);
  std::vector<source_text> loose;
  for (const std::string& path : sources.files)
    if (auto text = eval::read_file(path)) loose.emplace_back(path, std::move(*text));
    else out.errors.push_back({diagnostic_level::error, path, {}, {}, "cannot read the rule file"});
  for (const rule_sources::named_text& t : sources.texts) loose.emplace_back(t.name, t.source);
  if (!out.errors.empty()) return out;
  eval::load_result loaded = eval::load_packs(std::move(packs), std::move(loose), bind::plan_registry());
  out.errors = loaded.diagnostics;
  out.sources = loaded.sources;
  if (!loaded.ok()) return out;
  auto set = std::make_shared<rule_set>();
  set->rules = loaded.rules;
  set->reference = &reference.value;
  set->calendars = &dates::default_calendars();
  for (const eval::rule_info& r : set->rules->rules()) {
    auto it = frameworks_of_file.find(r.file);
    set->frameworks_by_index.push_back(it != frameworks_of_file.end() ? it->second : std::vector<std::string>());
  }
  out.rules = std::move(set);
  return out;
}

std::string render_diagnostics(const rules_result& result) {
  std::string out;
  for (const diagnostic& d : result.errors) {
    const source_text* source = nullptr;
    for (const source_text& s : result.sources)
      if (s.name() == d.file) source = &s;
    out += render(d, source);
  }
  return out;
}

std::vector<rule_info> describe_rules(const rule_set& rules) {
  std::vector<rule_info> out;
  for (const eval::rule_info& r : rules.rules->rules())
    out.push_back({r.id, r.level, r.category, r.title_vi, r.title_en, r.explain_vi, r.explain_en,
                   r.cite, r.enabled});
  return out;
}

plan_result load_plan_file(const std::string& path, const plan_limits& limits) {
  return wrap(plan::load_plan_file(path, limits_of(limits)), path, true);
}

plan_result load_plan_text(std::string text, std::string name, const plan_limits& limits) {
  std::string file = name;
  return wrap(plan::load_plan_text(std::move(text), std::move(name), limits_of(limits)), file, false);
}

plan_result load_plan_json(const nlohmann::json& document, std::string name) {
  std::string file = name;
  return wrap(plan::load_plan_json(document, std::move(name)), file, false);
}

std::string school_name(const loaded_plan& p) {
  const auto& name = p.document->school.name;
  return std::string(name.present ? name.joined_normalized() : "");
}

const std::string& plan_file_name(const loaded_plan& p) { return p.file; }

}  // namespace planlint
