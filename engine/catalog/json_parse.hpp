#pragma once
// The catalog's JSON, parsed. Every run of planlint loads the embedded catalog (about 70 KB);
// nlohmann's parser was a seventh of a one-plan run, simdjson's takes a fraction of that.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace planlint::catalog {

// The document as nlohmann::json::parse(text) reads it (duplicate keys: the last one wins;
// non-negative integers unsigned), or nothing when simdjson refuses the text: the caller
// then parses it with nlohmann, whose error (with its position) is the one reported.
std::optional<nlohmann::json> parse_json(std::string_view text);

}  // namespace planlint::catalog
