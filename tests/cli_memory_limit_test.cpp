// The command line under a data-segment limit (ulimit -d), as a shared CI runner or a
// reviewer's batch job may set one. The heap's huge-page step (engine/cli/huge_page_heap.cpp)
// once left glibc padding every later request by 8 MiB, and a one-plan check that needs a
// few megabytes ended in "internal error: std::bad_alloc" under 6-8 MB limits.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "tests/support/golden.hpp"
#include "tests/support/sanitizers.hpp"

namespace planlint {
namespace {

TEST(cli_memory_limit, a_plan_is_checked_under_an_8_mb_data_limit) {
  if (testing::built_with_address_sanitizer) GTEST_SKIP() << "AddressSanitizer's own memory exceeds any such limit";
  const std::string command = "cd " + testing::shell_quote(PLANLINT_SOURCE_DIR) + " && ulimit -d 8000 && " +
                              testing::shell_quote(PLANLINT_BINARY) +
                              " check --fail-on never --as-of 2024-10-01 fixtures/plans/model-thcs-2024.json"
                              " > /dev/null 2> /dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace planlint
