// The plan JSON Schema is embedded and printed by `planlint schema`.
#include <cstdio>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/embedded.hpp"

namespace planlint {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(plan_schema, embedded_bytes_are_the_file) {
  auto schema = embedded::find("engine/plan/plan.schema.json");
  ASSERT_TRUE(schema);
  EXPECT_EQ(*schema, slurp(std::string(PLANLINT_SOURCE_DIR) + "/engine/plan/plan.schema.json"));
  auto parsed = nlohmann::json::parse(*schema);
  EXPECT_EQ(parsed["$schema"], "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(parsed["required"], nlohmann::json::array({"rows"}));
}

TEST(plan_schema, cli_prints_it) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(PLANLINT_BINARY " schema", "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  EXPECT_EQ(out, *embedded::find("engine/plan/plan.schema.json"));
}

}  // namespace
}  // namespace planlint
