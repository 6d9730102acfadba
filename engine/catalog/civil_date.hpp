#pragma once
// A calendar day as the reference data writes it ("2025-01-25"). Deliberately tiny and
// independent of engine/dates: the catalog only compares effective dates and never does
// calendar arithmetic.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace planlint::catalog {

struct civil_date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const civil_date&, const civil_date&) = default;
  friend bool operator==(const civil_date&, const civil_date&) = default;
  std::string iso() const;  // "2025-01-25"
};

// Reads "YYYY-MM-DD" naming a real day of the Gregorian calendar; nothing otherwise.
std::optional<civil_date> parse_iso_date(std::string_view text);

}  // namespace planlint::catalog
