#include "engine/catalog/json_parse.hpp"

#include <simdjson.h>

#include <cstdint>
#include <string>

namespace planlint::catalog {

namespace {

nlohmann::json convert(simdjson::dom::element e) {
  using type = simdjson::dom::element_type;
  switch (e.type()) {
    case type::ARRAY: {
      nlohmann::json out = nlohmann::json::array();
      for (simdjson::dom::element child : simdjson::dom::array(e)) out.push_back(convert(child));
      return out;
    }
    case type::OBJECT: {
      nlohmann::json out = nlohmann::json::object();
      for (simdjson::dom::key_value_pair member : simdjson::dom::object(e))
        out[std::string(member.key)] = convert(member.value);
      return out;
    }
    case type::INT64: {
      // nlohmann reads an integer without a minus sign as unsigned.
      const std::int64_t value = std::int64_t(e);
      if (value >= 0) return static_cast<std::uint64_t>(value);
      return value;
    }
    case type::UINT64: return std::uint64_t(e);
    case type::DOUBLE: return double(e);
    case type::STRING: return std::string(std::string_view(e));
    case type::BOOL: return bool(e);
    case type::NULL_VALUE: break;
  }
  return nullptr;
}

}  // namespace

std::optional<nlohmann::json> parse_json(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(simdjson::padded_string(text)).get(root) != simdjson::SUCCESS) return std::nullopt;
  return convert(root);
}

}  // namespace planlint::catalog
