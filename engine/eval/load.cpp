#include "engine/eval/load.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/check/check.hpp"
#include "engine/dsl/parse.hpp"

namespace planlint::eval {

namespace {

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

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

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

load_result load_pack(const std::filesystem::path& directory, std::shared_ptr<const host_registry> registry) {
  auto manifest_path = directory / "pack.json";
  auto manifest_text = read_file(manifest_path);
  if (!manifest_text) {
    load_result result;
    result.diagnostics.push_back({diagnostic_level::error, manifest_path.string(), {}, {},
                                  "cannot read the pack manifest"});
    return result;
  }
  std::vector<std::filesystem::path> paths;
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ignored))
    if (entry.path().extension() == ".rules") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<source_text> files;
  for (const auto& path : paths) {
    auto text = read_file(path);
    if (!text) {
      load_result result;
      result.diagnostics.push_back({diagnostic_level::error, path.string(), {}, {}, "cannot read the rule file"});
      return result;
    }
    files.emplace_back(path.string(), std::move(*text));
  }
  return load_pack(source_text(manifest_path.string(), std::move(*manifest_text)), std::move(files),
                   std::move(registry));
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
