#pragma once
// Golden-file comparison: the actual text must equal the file byte for byte. With
// UPDATE_GOLDENS=1 in the environment the file is rewritten instead, for review in git.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace planlint::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(PLANLINT_SOURCE_DIR) + "/" + relative;
}

// A word for /bin/sh: in single quotes, each quote inside written '\''.
inline std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void expect_golden(const std::string& actual, const std::string& relative) {
  const std::string path = source_path(relative);
  const char* update = std::getenv("UPDATE_GOLDENS");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream probe(path);
  ASSERT_TRUE(probe.good()) << "missing golden file " << relative
                            << " (run with UPDATE_GOLDENS=1 to create it); actual output:\n"
                            << actual;
  EXPECT_EQ(actual, read_file(path)) << "golden file " << relative
                                     << " differs; actual output:\n" << actual;
}

}  // namespace planlint::testing
