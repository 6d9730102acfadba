#include "engine/catalog/json_parse.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planlint::catalog {
namespace {

// Equal values of equal types all the way down (nlohmann's == calls 5 and 5u equal).
bool same(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.type() != b.type() || a.size() != b.size()) return false;
  if (a.is_object()) {
    for (auto it = a.begin(); it != a.end(); ++it)
      if (!b.contains(it.key()) || !same(it.value(), b.at(it.key()))) return false;
    return true;
  }
  if (a.is_array()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  }
  return a == b;
}

TEST(catalog_json_parse, reads_as_nlohmann_does) {
  const char* documents[] = {
      R"({})",
      R"([])",
      R"({"a": 1, "b": -2, "c": 18446744073709551615, "d": 1.5, "e": -0.25e3, "f": 1e2})",
      R"({"a": "Tiêu chí 1.1", "b": "\u0110\u00e0o t\u1ea1o \"x\" \\ \n", "c": true, "d": false, "e": null})",
      R"({"a": 1, "a": 2})",
      R"({"frameworks": [{"id": "tt18-2018", "standards": [{"number": 1, "criteria": [[], {}]}]}]})",
      " \n\t[1, [2, [3, [4]]]] \n",
  };
  for (const char* text : documents) {
    const std::optional<nlohmann::json> parsed = parse_json(text);
    ASSERT_TRUE(parsed) << text;
    EXPECT_TRUE(same(*parsed, nlohmann::json::parse(text))) << text << "\n" << parsed->dump();
  }
}

TEST(catalog_json_parse, leaves_refused_text_to_nlohmann) {
  const char* refused[] = {"", "{", R"({"a": })", R"({"a": 1,})", "[1] x", "\xff", R"(["\ud800"])"};
  for (const char* text : refused) EXPECT_FALSE(parse_json(text)) << text;
}

}  // namespace
}  // namespace planlint::catalog
