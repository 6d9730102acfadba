#include "engine/catalog/civil_date.hpp"

#include <charconv>

namespace planlint::catalog {

namespace {

// A fixed-width run of ASCII digits, or nothing.
std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<civil_date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = digits(text.substr(0, 4));
  auto month = digits(text.substr(5, 2));
  auto day = digits(text.substr(8, 2));
  if (!year || !month || !day || *year < 1900 || !dates::is_valid_date(*year, *month, *day))
    return std::nullopt;
  return civil_date{*year, *month, *day};
}

}  // namespace planlint::catalog
