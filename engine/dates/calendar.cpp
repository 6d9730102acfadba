#include "engine/dates/calendar.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/embedded.hpp"

namespace planlint::dates {

namespace {

using json = nlohmann::json;

// Every fact of a calendar: its name in the data, and where it sits in a calendar and in
// its days (one table, so that loading, deriving and looking up walk the same facts).
struct fact_field {
  const char* name;
  calendar_fact school_year_calendar::*fact;
  civil_date school_year_days::*day;
};
constexpr fact_field fact_fields[] = {
    {"earliest_return", &school_year_calendar::earliest_return, &school_year_days::earliest_return},
    {"general_return", &school_year_calendar::general_return, &school_year_days::general_return},
    {"opening", &school_year_calendar::opening, &school_year_days::opening},
    {"semester1_end", &school_year_calendar::semester1_end, &school_year_days::semester1_end},
    {"year_end", &school_year_calendar::year_end, &school_year_days::year_end},
    {"administration_end", &school_year_calendar::administration_end, &school_year_days::administration_end},
    {"admissions_end", &school_year_calendar::admissions_end, &school_year_days::admissions_end},
};

// "2024-08-22" → a day that exists, or nothing.
std::optional<civil_date> parse_iso(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return std::nullopt;
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return civil_date{y, m, d};
}

// "2024-2025" → 2024, when the second year follows the first.
std::optional<int> parse_school_year(const std::string& text) {
  int first = 0, second = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%4d-%4d%c", &first, &second, &tail) != 2 || second != first + 1)
    return std::nullopt;
  return first;
}

class loader {
 public:
  explicit loader(std::string source) : source_(std::move(source)) {}
  void error(const std::string& where, const std::string& what) {
    errors.push_back(source_ + ": " + where + ": " + what);
  }

  std::optional<calendar_fact> fact(const json& node, const std::string& where) {
    if (!node.is_object() || !node.contains("date") || !node["date"].is_string()) {
      error(where, "expected an object with \"date\", \"source\" and \"confidence\"");
      return std::nullopt;
    }
    auto day = parse_iso(node["date"].get<std::string>());
    if (!day) {
      error(where + ".date", "expected an existing day written YYYY-MM-DD");
      return std::nullopt;
    }
    calendar_fact out;
    out.date = *day;
    out.source = node.value("source", "");
    out.confidence = node.value("confidence", "");
    out.provisional = node.value("provisional", false);
    if (out.source.empty()) error(where + ".source", "every date needs its source");
    return out;
  }

  std::optional<school_year_calendar> year(const json& node, const std::string& where) {
    if (!node.is_object() || !node.contains("school_year") || !node["school_year"].is_string()) {
      error(where, "expected an object with \"school_year\": \"YYYY-YYYY\"");
      return std::nullopt;
    }
    auto first = parse_school_year(node["school_year"].get<std::string>());
    if (!first) {
      error(where + ".school_year", "expected \"Y-(Y+1)\", e.g. \"2024-2025\"");
      return std::nullopt;
    }
    school_year_calendar out;
    out.first_year = *first;
    out.decision = node.value("decision", "");
    if (node.contains("issued")) out.issued = fact(node["issued"], where + ".issued");
    bool complete = true;
    for (const fact_field& field : fact_fields) {
      const char* name = field.name;
      auto value = node.contains(name) ? fact(node[name], where + "." + name) : std::nullopt;
      if (!node.contains(name)) error(where, std::string("missing \"") + name + "\"");
      if (!value) complete = false;
      else out.*field.fact = *value;
    }
    if (!complete) return std::nullopt;
    if (!(out.earliest_return.date <= out.general_return.date &&
          out.general_return.date <= out.opening.date && out.opening.date < out.semester1_end.date &&
          out.semester1_end.date < out.year_end.date &&
          out.year_end.date <= out.administration_end.date &&
          out.administration_end.date <= out.admissions_end.date)) {
      error(where, "dates out of order (return ≤ opening < semester I end < year end ≤ 30/6 ≤ 31/7)");
      return std::nullopt;
    }
    return out;
  }

  std::vector<std::string> errors;

 private:
  std::string source_;
};

// "Y-08-22" or "Y+1-01-18".
bool parse_default_day(const std::string& text, int& offset, int& month, int& day) {
  char tail = 0;
  if (std::sscanf(text.c_str(), "Y+%d-%2d-%2d%c", &offset, &month, &day, &tail) == 3) return true;
  offset = 0;
  return std::sscanf(text.c_str(), "Y-%2d-%2d%c", &month, &day, &tail) == 2;
}

}  // namespace

school_year_days days_of(const school_year_calendar& c) {
  school_year_days out;
  for (const fact_field& field : fact_fields) out.*field.day = (c.*field.fact).date;
  out.derived = c.derived;
  return out;
}

interval school_year_window(const school_year_days& d) { return {d.earliest_return, d.year_end}; }

interval school_year_window(const school_year_calendar& c) { return school_year_window(days_of(c)); }

interval semester_window(const school_year_days& d, int semester) {
  if (semester == 1) return {d.earliest_return, d.semester1_end};
  return {add_days(d.semester1_end, 1), d.year_end};
}

interval semester_window(const school_year_calendar& c, int semester) {
  return semester_window(days_of(c), semester);
}

interval administration_window(const school_year_calendar& c) {
  return {add_days(c.year_end.date, 1), c.administration_end.date};
}

interval admissions_window(const school_year_calendar& c) {
  return {add_days(c.year_end.date, 1), c.admissions_end.date};
}

std::string calendar_set::lookup_error(int first_year, int shift_days) const {
  if (shift_days < -max_province_shift_days || shift_days > max_province_shift_days)
    return "độ lệch khung thời gian của địa phương " + std::to_string(shift_days) +
           " ngày vượt quá 15 ngày cho phép";
  if (first_year < 1900 || first_year > 2100)
    return "năm học " + std::to_string(first_year) + " nằm ngoài khoảng 1900–2100";
  return {};
}

school_year_days calendar_set::derive_days(int first_year) const {
  school_year_days out;
  out.derived = true;
  for (std::size_t i = 0; i < default_days_.size(); ++i) {
    if (!default_days_[i]) continue;  // missing from the file (an error when loading)
    const default_day& d = *default_days_[i];
    int year = first_year + d.year_offset;
    // 29/2 in a default would not exist every year; take the month's last day then.
    out.*fact_fields[i].day = {year, d.month, std::min(d.day, last_day_of_month(year, d.month))};
  }
  return out;
}

days_lookup calendar_set::days_for_year(int first_year, int shift_days) const {
  std::string error = lookup_error(first_year, shift_days);
  if (!error.empty()) return {std::nullopt, std::move(error)};
  auto it = years_.find(first_year);
  school_year_days out = it != years_.end() ? days_of(it->second) : derive_days(first_year);
  if (shift_days != 0) {  // add_days(d, 0) is d: no Boost round trip for the usual no shift
    out.earliest_return = add_days(out.earliest_return, shift_days);
    out.general_return = add_days(out.general_return, shift_days);
    out.year_end = add_days(out.year_end, shift_days);
  }
  return {out, {}};
}

calendar_lookup calendar_set::for_year(int first_year, int shift_days) const {
  days_lookup days = days_for_year(first_year, shift_days);
  if (!days.value) return {std::nullopt, std::move(days.error)};
  auto it = years_.find(first_year);
  school_year_calendar out;
  if (it != years_.end()) {
    out = it->second;
  } else {
    out.first_year = first_year;
    out.derived = true;
    for (const fact_field& field : fact_fields) {
      (out.*field.fact).source = default_source_;
      (out.*field.fact).confidence = "suy ra";
    }
  }
  for (const fact_field& field : fact_fields) (out.*field.fact).date = (*days.value).*field.day;
  out.shift_days = shift_days;
  return {std::move(out), {}};
}

calendar_set load_calendars(std::string_view text, std::string source_name) {
  calendar_set out;
  out.source_name_ = source_name;
  loader load(source_name);
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    out.errors_.push_back(source_name + ": not a JSON object");
    return out;
  }
  if (root.value("format", "") != "planlint.calendars/1")
    load.error("format", "expected \"planlint.calendars/1\"");
  const json& def = root.contains("default") ? root["default"] : json::object();
  out.default_source_ = def.is_object() ? def.value("source", "") : "";
  for (std::size_t i = 0; i < std::size(fact_fields); ++i) {
    const char* name = fact_fields[i].name;
    calendar_set::default_day d;
    std::string written =
        def.is_object() && def.contains(name) && def[name].is_string() ? def[name].get<std::string>() : "";
    if (!parse_default_day(written, d.year_offset, d.month, d.day) || d.month < 1 || d.month > 12 ||
        d.day < 1 || d.day > 31) {
      load.error(std::string("default.") + name, "expected \"Y-MM-DD\" or \"Y+1-MM-DD\"");
      continue;
    }
    out.default_days_[i] = d;
  }
  const json& years = root.contains("years") ? root["years"] : json();
  if (!years.is_array()) load.error("years", "expected an array");
  else
    for (std::size_t i = 0; i < years.size(); ++i) {
      std::string where = "years[" + std::to_string(i) + "]";
      if (auto year = load.year(years[i], where)) {
        if (!out.years_.emplace(year->first_year, *year).second)
          load.error(where, "school year given twice");
      }
    }
  out.errors_ = std::move(load.errors);
  return out;
}

calendar_set load_calendars_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    calendar_set out;
    out.source_name_ = path;
    out.errors_.push_back(path + ": cannot open the file");
    return out;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return load_calendars(buffer.str(), path);
}

const calendar_set& default_calendars() {
  static const calendar_set instance = [] {
    auto bytes = embedded::find("rules/data/calendars.json");
    return load_calendars(bytes ? *bytes : std::string_view{}, "rules/data/calendars.json");
  }();
  return instance;
}

}  // namespace planlint::dates
