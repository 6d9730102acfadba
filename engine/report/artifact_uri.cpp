#include "engine/report/artifact_uri.hpp"

#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace planlint::report {

namespace {

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

std::string percent_encode(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

}  // namespace

std::string relative_path(const std::string& file, const std::string& working_directory) {
  namespace fs = std::filesystem;
  if (file == "-") return "stdin";
  fs::path path(file);
  if (path.is_absolute() && !working_directory.empty()) {
    fs::path relative = path.lexically_relative(fs::path(working_directory));
    if (!relative.empty() && *relative.begin() != "..") path = relative;
  }
  return path.lexically_normal().generic_string();
}

std::string artifact_uri(const std::string& file, const std::string& working_directory) {
  return percent_encode(relative_path(file, working_directory));
}

std::string stable_digest(const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace planlint::report
