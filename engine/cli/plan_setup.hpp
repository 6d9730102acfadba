#pragma once
// For every plan of a batch: which configuration applies (the nearest .planlint.json, or
// --config), which rule set it needs (its packs), and the check options it gives; with
// the command line's flags on top. Resolved before any plan is checked, so that a broken
// configuration or rule pack stops the run (exit 2) instead of half a batch.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/cli/check_arguments.hpp"
#include "engine/config/effective.hpp"
#include "engine/planlint.hpp"

namespace planlint::cli {

struct plan_setup {
  std::shared_ptr<const rule_set> rules;
  check_options options;
  config::effective_config effective;
};

struct batch_setup {
  // One per path, in order; plans under one configuration share one setup.
  std::vector<std::shared_ptr<const plan_setup>> plans;
  std::string errors;             // rendered; non-empty: usage error (exit 2)
};

batch_setup set_up_batch(const std::vector<std::string>& paths, const check_arguments& a);

// The effective configuration for one plan (for `planlint config --print`).
struct printed_config {
  std::optional<config::effective_config> value;
  std::string errors;
};
printed_config effective_config_for(const std::string& plan_path,
                                    const std::optional<std::string>& config_file,
                                    const std::optional<std::string>& profile);

}  // namespace planlint::cli
