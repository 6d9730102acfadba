#pragma once
// A calendar day as the reference data writes it ("2025-01-25"): the engine's one plain day
// type (engine/dates/date.hpp, no Boost in it), read from ISO text.
#include <optional>
#include <string_view>

#include "engine/dates/date.hpp"

namespace planlint::catalog {

using civil_date = dates::civil_date;

// Reads "YYYY-MM-DD" naming a real day of the Gregorian calendar; nothing otherwise.
std::optional<civil_date> parse_iso_date(std::string_view text);

}  // namespace planlint::catalog
