#include "engine/cli/plan_setup.hpp"

#include <filesystem>
#include <set>

#include "engine/config/find.hpp"
#include "engine/suppress/apply.hpp"

namespace planlint::cli {

namespace {

// A found configuration's path as messages show it: relative to the working directory when
// it lies below it, so that output is the same on every machine.
std::string shown_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path here = fs::current_path(error);
  fs::path p(path);
  if (error || !p.is_absolute()) return path;
  fs::path relative = p.lexically_relative(here);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.string();
}

// Caches so that fifty plans under one .planlint.json read it and load its packs once.
class setup_cache {
 public:
  explicit setup_cache(const check_arguments& a) : args_(a) {}

  std::optional<plan_setup> for_plan(const std::string& path, std::string& errors) {
    return for_config(config_file_for(path), path, errors);
  }

  // A plan's setup depends only on its configuration file (the command line is the same
  // for all), so plans under one configuration share one setup: a batch of 10,000 plans
  // holds one copy, not 10,000. A failed setup is shared too (and reported once).
  std::shared_ptr<const plan_setup> shared_for_plan(const std::string& path, std::string& errors) {
    std::optional<std::string> file = config_file_for(path);
    std::string key = file ? "file:" + *file : "none";
    auto it = setups_.find(key);
    if (it != setups_.end()) return it->second;
    std::optional<plan_setup> setup = for_config(file, path, errors);
    return setups_[key] = std::make_shared<const plan_setup>(setup ? std::move(*setup) : plan_setup{});
  }

 private:
  std::optional<std::string> config_file_for(const std::string& path) const {
    std::optional<std::string> file = args_.config ? args_.config : config::find_config_for(path);
    if (file) file = shown_path(*file);
    return file;
  }

  std::optional<plan_setup> for_config(const std::optional<std::string>& file,
                                       const std::string& path, std::string& errors) {
    config::effective_config effective;
    if (file) {
      const config::config_result& loaded = load(*file);
      if (!loaded.ok()) return fail(errors, *file, config::render_errors(loaded.errors, loaded.source));
      config::resolve_result resolved = config::resolve(*loaded.value, args_.profile);
      if (!resolved.ok()) return fail(errors, *file, config::render_errors(resolved.errors, loaded.source));
      effective = resolved.value;
    } else if (args_.profile) {
      return fail(errors, "--profile",
                  "--profile: no .planlint.json found for " + path + " (profiles live in a configuration file)\n");
    }
    auto rules = rules_for(effective, errors);
    if (!rules) return std::nullopt;
    if (file) {
      std::vector<std::string> known;
      for (const rule_info& r : describe_rules(*rules)) known.push_back(r.id);
      const config::config_result& loaded = load(*file);
      auto unknown = config::check_rule_ids(*loaded.value, known);
      if (!unknown.empty()) return fail(errors, *file, config::render_errors(unknown, loaded.source));
    }
    plan_setup setup{rules, {}, effective};
    config::apply(effective, setup.options);
    setup.options.as_of = args_.as_of;
    if (args_.lang) setup.options.lang = *args_.lang == "en" ? language::en : language::vi;
    return setup;
  }

  std::optional<plan_setup> fail(std::string& errors, const std::string& key, const std::string& text) {
    if (reported_.insert(key).second) errors += text;
    return std::nullopt;
  }

  const config::config_result& load(const std::string& file) {
    auto it = configs_.find(file);
    if (it == configs_.end()) it = configs_.emplace(file, config::load_config_file(file)).first;
    return it->second;
  }

  std::shared_ptr<const rule_set> rules_for(const config::effective_config& c, std::string& errors) {
    rule_sources sources;
    sources.default_pack = c.default_rules && !args_.no_default_rules;
    sources.directories = c.packs;
    sources.directories.insert(sources.directories.end(), args_.rule_dirs.begin(), args_.rule_dirs.end());
    std::string key = std::to_string(sources.default_pack);
    for (const std::string& d : sources.directories) key += "\n" + d;
    auto it = rule_sets_.find(key);
    if (it != rule_sets_.end()) return it->second;
    rules_result loaded = load_rules(sources);
    if (!loaded.rules) fail(errors, "rules:" + key, render_diagnostics(loaded));
    rule_sets_[key] = loaded.rules;
    return loaded.rules;
  }

  const check_arguments& args_;
  std::map<std::string, config::config_result> configs_;
  std::map<std::string, std::shared_ptr<const rule_set>> rule_sets_;
  std::map<std::string, std::shared_ptr<const plan_setup>> setups_;
  std::set<std::string> reported_;
};

}  // namespace

batch_setup set_up_batch(const std::vector<std::string>& paths, const check_arguments& a) {
  batch_setup out;
  setup_cache cache(a);
  out.plans.reserve(paths.size());
  for (const std::string& path : paths) out.plans.push_back(cache.shared_for_plan(path, out.errors));
  return out;
}

printed_config effective_config_for(const std::string& plan_path,
                                    const std::optional<std::string>& config_file,
                                    const std::optional<std::string>& profile) {
  check_arguments a;
  a.config = config_file;
  a.profile = profile;
  setup_cache cache(a);
  printed_config out;
  std::optional<plan_setup> setup = cache.for_plan(plan_path, out.errors);
  if (setup) out.value = setup->effective;
  return out;
}

}  // namespace planlint::cli
