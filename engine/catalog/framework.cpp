#include "engine/catalog/framework.hpp"

#include <algorithm>
#include <array>

namespace planlint::catalog {

namespace {
constexpr std::array<std::string_view, 5> levels = {"mam-non", "tieu-hoc", "thcs", "thpt",
                                                    "nhieu-cap"};
}  // namespace

std::span<const std::string_view> known_school_levels() { return levels; }

bool is_known_school_level(std::string_view level) {
  return std::find(levels.begin(), levels.end(), level) != levels.end();
}

const criterion* framework::find(std::string_view criterion_id) const {
  auto it = std::find_if(criteria.begin(), criteria.end(),
                         [&](const criterion& c) { return c.id == criterion_id; });
  return it == criteria.end() ? nullptr : &*it;
}

const criterion* framework::find(int standard, int number) const {
  auto it = std::find_if(criteria.begin(), criteria.end(),
                         [&](const criterion& c) { return c.standard == standard && c.number == number; });
  return it == criteria.end() ? nullptr : &*it;
}

const standard* framework::find_standard(int number) const {
  auto it = std::find_if(standards.begin(), standards.end(),
                         [&](const standard& s) { return s.number == number; });
  return it == standards.end() ? nullptr : &*it;
}

bool framework::applies_to(std::string_view school_level) const {
  return std::find(school_levels.begin(), school_levels.end(), school_level) !=
         school_levels.end();
}

bool framework::in_force_on(civil_date day) const {
  return effective_from && *effective_from <= day && (!effective_until || day <= *effective_until);
}

}  // namespace planlint::catalog
