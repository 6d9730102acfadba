// The batch's paths in one buffer: each comes back exactly, empty ones included.
#include <gtest/gtest.h>

#include "engine/cli/path_list.hpp"

namespace planlint::cli {
namespace {

TEST(cli_path_list, gives_back_every_path_in_order) {
  const std::vector<std::string> paths = {"-", "", "kế hoạch/trường THCS.json", "", "a/b/c.json",
                                          std::string(300, 'x') + ".json"};
  path_list list(paths);
  ASSERT_EQ(list.size(), paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) EXPECT_EQ(list[i], paths[i]) << i;
}

TEST(cli_path_list, an_empty_batch_has_no_paths) {
  EXPECT_EQ(path_list(std::vector<std::string>{}).size(), 0u);
  EXPECT_EQ(path_list().size(), 0u);
}

}  // namespace
}  // namespace planlint::cli
