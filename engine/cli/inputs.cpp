#include "engine/cli/inputs.hpp"

#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <system_error>

namespace planlint::cli {

namespace {

namespace fs = std::filesystem;

bool looks_like_glob(const std::string& argument) {
  return argument.find_first_of("*?[") != std::string::npos;
}

bool is_sidecar_or_expectation(const fs::path& path) {
  // PLAN.ignore.json (suppressions) and CASE.expected.json (golden findings) are not plans.
  const std::string name = path.filename().string();
  auto ends_with = [&](const std::string& suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".ignore.json") || ends_with(".expected.json") || name == ".planlint.json";
}

bool is_plan_file_name(const fs::path& path) {
  return path.extension() == ".json" && !is_sidecar_or_expectation(path);
}

// Every plan below a folder, sorted. A folder that cannot be read, or that holds no plan, is
// an error rather than a silent gap in the batch. Symbolic links to folders are not followed
// (no loops), as std::filesystem::recursive_directory_iterator does not follow them.
void add_directory(const std::string& directory, expanded_inputs& out) {
  std::vector<std::string> found;
  const std::size_t errors_before = out.errors.size();
  std::vector<fs::path> pending{directory};
  while (!pending.empty()) {
    const fs::path folder = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator();
         it.increment(error)) {
      std::error_code type_error;
      if (it->is_directory(type_error)) {
        if (!it->is_symlink(type_error)) pending.push_back(it->path());
      } else if (is_plan_file_name(it->path())) {
        found.push_back(it->path().string());
      }
    }
    if (error) out.errors.push_back(folder.string() + ": cannot be read: " + error.message());
  }
  if (found.empty() && out.errors.size() == errors_before)
    out.errors.push_back(directory + ": no plan file (*.json) in this folder");
  std::sort(found.begin(), found.end());
  out.plans.insert(out.plans.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
}

void add_glob(const std::string& pattern, expanded_inputs& out) {
  glob_t matches{};
  int status = glob(pattern.c_str(), 0, nullptr, &matches);
  if (status == GLOB_NOMATCH || status != 0) {
    out.errors.push_back(pattern + ": no file matches this pattern");
  } else {
    for (std::size_t i = 0; i < matches.gl_pathc; ++i) {
      std::string path = matches.gl_pathv[i];
      std::error_code error;
      if (fs::is_directory(path, error))
        add_directory(path, out);
      else
        out.plans.push_back(path);
    }
  }
  globfree(&matches);
}

}  // namespace

expanded_inputs expand_inputs(const std::vector<std::string>& arguments) {
  expanded_inputs out;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (argument == "-")
      out.plans.push_back(argument);
    else if (fs::is_directory(argument, error))
      add_directory(argument, out);
    else if (!fs::exists(argument, error) && looks_like_glob(argument))
      add_glob(argument, out);
    else
      out.plans.push_back(argument);
  }
  return out;
}

}  // namespace planlint::cli
