#pragma once
// Rule files → a compiled rule set: parse every file, check them together (names, types,
// duplicate ids across files), compile. All diagnostics at once, sorted; no rule set when
// there is any error.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/eval/host.hpp"
#include "engine/eval/rule_set.hpp"
#include "engine/source.hpp"

namespace planlint::eval {

struct load_result {
  std::shared_ptr<const rule_set> rules;  // null when diagnostics has an error
  std::vector<diagnostic> diagnostics;
  std::vector<source_text> sources;       // to render the diagnostics with their lines
  bool ok() const { return rules != nullptr; }
};

load_result load_rules(std::vector<source_text> files, std::shared_ptr<const host_registry> registry,
                       pack_manifest manifest = {});

// A pack directory: `pack.json` ({"name", "version", "frameworks": [...]}) and every
// `*.rules` file in it (sorted by name, so rule order does not depend on the file system).
load_result load_pack(const std::filesystem::path& directory, std::shared_ptr<const host_registry> registry);

// The same from text already in memory (the embedded default pack): the manifest's text
// and name, and the rule files.
load_result load_pack(const source_text& manifest, std::vector<source_text> files,
                      std::shared_ptr<const host_registry> registry);

// Every diagnostic rendered with its source line and caret, one after the other.
std::string render_diagnostics(const load_result& result);

}  // namespace planlint::eval
