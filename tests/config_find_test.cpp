// Finding a plan's .planlint.json by walking up from its directory, and relative pack paths
// resolved against the configuration file's own folder. Each test builds its own tree.
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <gtest/gtest.h>

#include "engine/config/config.hpp"
#include "engine/config/find.hpp"

namespace planlint::config {
namespace {

namespace fs = std::filesystem;

class ConfigFind : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "planlint-config-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = fs::path(pattern);
    fs::create_directories(root_ / "province/district/school");
    fs::create_directories(root_ / "province/other");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  static void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
  }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(ConfigFind, NearestFileWins) {
  write(root_ / "province/.planlint.json", "{}");
  write(root_ / "province/district/school/.planlint.json", "{}");
  EXPECT_EQ(find_config_for(at("province/district/school/plan.json")),
            std::optional<std::string>(at("province/district/school/.planlint.json")));
  EXPECT_EQ(find_config_for(at("province/district/plan.json")),
            std::optional<std::string>(at("province/.planlint.json")));
  EXPECT_EQ(find_config_for(at("province/other/plan.json")),
            std::optional<std::string>(at("province/.planlint.json")));
}

TEST_F(ConfigFind, WalksUpToTheRoot) {
  write(root_ / ".planlint.json", "{}");
  EXPECT_EQ(find_config_for(at("province/district/school/plan.json")),
            std::optional<std::string>(at(".planlint.json")));
  EXPECT_EQ(find_config_from(at("province/district/school/")),
            std::optional<std::string>(at(".planlint.json")));
}

TEST_F(ConfigFind, NothingInsideTheTreeFindsNothingInsideIt) {
  // Above the temporary root is the machine's own filesystem: a file there is not ours to
  // forbid, but nothing inside the tree may be found.
  auto found = find_config_for(at("province/district/school/plan.json"));
  EXPECT_TRUE(!found || !found->starts_with(root_.string())) << found.value_or("");
}

TEST_F(ConfigFind, ADirectoryNamedLikeTheFileIsSkipped) {
  write(root_ / "province/.planlint.json", "{}");
  fs::create_directories(root_ / "province/district/.planlint.json");
  EXPECT_EQ(find_config_for(at("province/district/plan.json")),
            std::optional<std::string>(at("province/.planlint.json")));
}

TEST_F(ConfigFind, StandardInputAndBareNamesStartFromTheWorkingDirectory) {
  write(root_ / "province/.planlint.json", "{}");
  fs::path before = fs::current_path();
  fs::current_path(root_ / "province/district");
  auto from_stdin = find_config_for("-");
  auto from_bare = find_config_for("plan.json");
  auto from_relative = find_config_for("school/plan.json");
  fs::current_path(before);
  EXPECT_EQ(from_stdin, std::optional<std::string>(at("province/.planlint.json")));
  EXPECT_EQ(from_bare, std::optional<std::string>(at("province/.planlint.json")));
  EXPECT_EQ(from_relative, std::optional<std::string>(at("province/.planlint.json")));
}

TEST_F(ConfigFind, RelativePacksResolveAgainstTheConfigurationsFolder) {
  fs::create_directories(root_ / "province/district-rules");
  fs::create_directories(root_ / "shared/rules");
  fs::create_directories(root_ / "absolute-pack");
  write(root_ / "province/.planlint.json",
        R"({"packs": ["./district-rules", "district-rules/", "../shared/rules", ")" +
            at("absolute-pack") + R"("]})");
  // Loaded from elsewhere: the working directory plays no part.
  fs::path before = fs::current_path();
  fs::current_path(root_ / "province/other");
  config_result r = load_config_file("../.planlint.json");
  fs::current_path(before);
  ASSERT_TRUE(r.ok()) << render_errors(r.errors, r.source);
  EXPECT_EQ(r.value->file, "../.planlint.json");
  // Relative packs stay relative to the working directory the file was loaded from (so
  // messages read the same on every machine) and point into the configuration's folder.
  std::vector<std::string> resolved;
  for (const std::string& pack : r.value->packs)
    resolved.push_back(fs::path(pack).is_absolute()
                           ? pack
                           : (root_ / "province/other" / pack).lexically_normal().string());
  EXPECT_EQ(resolved, (std::vector<std::string>{at("province/district-rules"), at("province/district-rules"),
                                                at("shared/rules"), at("absolute-pack")}));
}

}  // namespace
}  // namespace planlint::config
