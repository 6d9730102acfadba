#include "engine/eval/load.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/check/check.hpp"
#include "engine/dsl/parse.hpp"

namespace planlint::eval {

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Reads pack.json; problems become diagnostics on the manifest file.
pack_manifest read_manifest(const source_text& source, std::vector<diagnostic>& out) {
  pack_manifest manifest;
  auto fail = [&](std::string message) { out.push_back(make_diagnostic(source, {}, std::move(message))); };
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(source.text());
  } catch (const nlohmann::json::parse_error& e) {
    out.push_back(make_diagnostic(source, {static_cast<std::uint32_t>(e.byte > 0 ? e.byte - 1 : 0),
                                           static_cast<std::uint32_t>(e.byte)},
                                  "the manifest is not valid JSON"));
    return manifest;
  }
  if (!json.is_object()) return fail("the manifest must be a JSON object"), manifest;
  auto text_member = [&](const char* key, std::string& into) {
    if (!json.contains(key) || !json[key].is_string())
      return fail(std::string("the manifest needs \"") + key + "\" as a string");
    into = json[key].get<std::string>();
  };
  text_member("name", manifest.name);
  text_member("version", manifest.version);
  if (json.contains("frameworks")) {
    const auto& frameworks = json["frameworks"];
    if (!frameworks.is_array()) return fail("\"frameworks\" must be a list of strings"), manifest;
    for (const auto& f : frameworks) {
      if (!f.is_string()) return fail("\"frameworks\" must be a list of strings"), manifest;
      manifest.frameworks.push_back(f.get<std::string>());
    }
  }
  return manifest;
}

load_result load_rules(std::vector<source_text> files, std::shared_ptr<const host_registry> registry,
                       pack_manifest manifest) {
  load_result result;
  result.sources = std::move(files);
  std::vector<dsl::parse_result> parsed;
  parsed.reserve(result.sources.size());
  std::vector<check::parsed_file> inputs;
  for (const auto& source : result.sources) {
    parsed.push_back(dsl::parse(source));
    auto& diagnostics = parsed.back().diagnostics;
    result.diagnostics.insert(result.diagnostics.end(), diagnostics.begin(), diagnostics.end());
  }
  for (std::size_t i = 0; i < parsed.size(); ++i) inputs.push_back({&result.sources[i], &parsed[i].file});
  auto checked = check::check(inputs, *registry);
  result.diagnostics.insert(result.diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
  sort_diagnostics(result.diagnostics);
  if (result.diagnostics.empty())
    result.rules = std::make_shared<const rule_set>(std::move(checked.rules), std::move(registry), std::move(manifest));
  return result;
}

load_result load_pack(const source_text& manifest_source, std::vector<source_text> files,
                      std::shared_ptr<const host_registry> registry) {
  std::vector<diagnostic> manifest_errors;
  pack_manifest manifest = read_manifest(manifest_source, manifest_errors);
  load_result result = load_rules(std::move(files), std::move(registry), std::move(manifest));
  if (!manifest_errors.empty()) {
    result.rules = nullptr;
    result.diagnostics.insert(result.diagnostics.end(), manifest_errors.begin(), manifest_errors.end());
    sort_diagnostics(result.diagnostics);
    result.sources.push_back(manifest_source);
  }
  return result;
}

pack_source read_pack_directory(const std::filesystem::path& directory,
                                std::vector<diagnostic>& errors) {
  auto manifest_path = directory / "pack.json";
  auto manifest_text = read_file(manifest_path);
  if (!manifest_text)
    errors.push_back({diagnostic_level::error, manifest_path.string(), {}, {},
                      "cannot read the pack manifest"});
  pack_source pack{source_text(manifest_path.string(), manifest_text.value_or("")), {}};
  std::vector<std::filesystem::path> paths;
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ignored))
    if (entry.path().extension() == ".rules") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    auto text = read_file(path);
    if (!text)
      errors.push_back({diagnostic_level::error, path.string(), {}, {}, "cannot read the rule file"});
    else
      pack.files.emplace_back(path.string(), std::move(*text));
  }
  return pack;
}

load_result load_pack(const std::filesystem::path& directory, std::shared_ptr<const host_registry> registry) {
  std::vector<diagnostic> errors;
  pack_source pack = read_pack_directory(directory, errors);
  if (!errors.empty()) {
    load_result result;
    result.diagnostics = std::move(errors);
    return result;
  }
  return load_pack(pack.manifest, std::move(pack.files), std::move(registry));
}

load_result load_packs(std::vector<pack_source> packs, std::vector<source_text> loose_files,
                       std::shared_ptr<const host_registry> registry) {
  std::vector<diagnostic> manifest_errors;
  pack_manifest combined;
  std::vector<source_text> files = std::move(loose_files);
  std::vector<source_text> manifests;
  for (std::size_t i = 0; i < packs.size(); ++i) {
    pack_manifest m = read_manifest(packs[i].manifest, manifest_errors);
    if (i == 0) combined.name = m.name, combined.version = m.version;
    for (auto& f : m.frameworks)
      if (std::find(combined.frameworks.begin(), combined.frameworks.end(), f) == combined.frameworks.end())
        combined.frameworks.push_back(f);
    for (auto& f : packs[i].files) files.push_back(std::move(f));
    manifests.push_back(std::move(packs[i].manifest));
  }
  load_result result = load_rules(std::move(files), std::move(registry), std::move(combined));
  if (!manifest_errors.empty()) {
    result.rules.reset();
    result.diagnostics.insert(result.diagnostics.end(), manifest_errors.begin(), manifest_errors.end());
    sort_diagnostics(result.diagnostics);
  }
  for (auto& m : manifests) result.sources.push_back(std::move(m));
  return result;
}

std::string render_diagnostics(const load_result& result) {
  std::string out;
  for (const auto& d : result.diagnostics) {
    const source_text* source = nullptr;
    for (const auto& s : result.sources)
      if (s.name() == d.file) source = &s;
    out += render(d, source);
  }
  return out;
}

}  // namespace planlint::eval
