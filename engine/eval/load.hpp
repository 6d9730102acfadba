#pragma once
// Rule files → a compiled rule set: parse every file, check them together (names, types,
// duplicate ids across files), compile. All diagnostics at once, sorted; no rule set when
// there is any error.
#include <filesystem>
#include <memory>
#include <optional>
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
// A whole file, or nothing when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

// Reads a pack.json; problems become diagnostics on the manifest file.
pack_manifest read_manifest(const source_text& source, std::vector<diagnostic>& errors);

// A pack as read from disk or from the embedded files: its manifest and its rule files.
struct pack_source {
  source_text manifest;
  std::vector<source_text> files;
};

// Reads DIR/pack.json and DIR/*.rules (sorted); unreadable files become diagnostics.
pack_source read_pack_directory(const std::filesystem::path& directory,
                                std::vector<diagnostic>& errors);

// Several packs and loose rule files checked together as one rule set, so that a rule id
// is unique across all of them. The set's manifest is the first pack's, with the
// frameworks of all packs.
load_result load_packs(std::vector<pack_source> packs, std::vector<source_text> loose_files,
                       std::shared_ptr<const host_registry> registry);

std::string render_diagnostics(const load_result& result);

}  // namespace planlint::eval
