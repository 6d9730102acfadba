#pragma once
// A compiled rule set: immutable once built, evaluated many times, shared across threads
// without locks (it holds no caches; compiled RE2 patterns are thread-safe for matching).
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/check/typed.hpp"
#include "engine/eval/builtins.hpp"
#include "engine/eval/host.hpp"
#include "engine/finding.hpp"

namespace planlint::eval {

// What `planlint explain` and SARIF show about a rule.
struct rule_info {
  std::string id;
  severity level = severity::error;
  std::string category;
  std::string cite;
  bool enabled = true;
  std::string title_vi, title_en, explain_vi, explain_en;
  std::string file;
  position where;
};

// A rule pack's manifest (pack.json).
struct pack_manifest {
  std::string name;
  std::string version;
  std::vector<std::string> frameworks;  // e.g. "TT17"; empty: any framework
};

class rule_set {
 public:
  rule_set(std::vector<check::checked_rule> rules, std::shared_ptr<const host_registry> registry,
           pack_manifest manifest);

  const std::vector<rule_info>& rules() const { return infos_; }
  const rule_info* find(std::string_view id) const;
  const pack_manifest& manifest() const { return manifest_; }

  // Internal to eval/: the checked rules and the registry they were checked against.
  const std::vector<check::checked_rule>& compiled() const { return rules_; }
  const host_registry& registry() const { return *registry_; }

 private:
  std::vector<check::checked_rule> rules_;
  std::vector<rule_info> infos_;
  std::shared_ptr<const host_registry> registry_;
  pack_manifest manifest_;
};

struct evaluation_options {
  language lang = language::vi;
  std::size_t max_findings_per_rule = 1000;  // then one finding says how many were left out
  // Rules to run by id; unset: the rules enabled by default. Naming a disabled rule runs it.
  std::optional<std::set<std::string>> only_rules;
  // Rules to run by their index in compiled(), when set; takes the place of only_rules and
  // of `enabled`. The façade works it out per check from its switches without building a
  // set of ids (which cost ~100 allocations a check).
  const std::vector<bool>* selected = nullptr;
  std::map<std::string, severity> severity_overrides;
};

// The findings of every enabled rule over a host root (the pointer every global getter
// receives), in rule order, then iteration order. A rule that fails on unexpected data
// yields one `internal-error` finding; the other rules still run.
std::vector<finding> evaluate(const rule_set& rules, const void* root,
                              const evaluation_options& options = {});

}  // namespace planlint::eval
