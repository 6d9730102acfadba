#pragma once
// Reading the date tables under tests/data/dates/ and describing readings in their terms,
// so that a mismatch prints the expected and the actual row side by side.
#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <optional>
#include <string>
#include <vector>

#include "engine/dates/read.hpp"

namespace planlint::testing {

struct table_row {
  int line = 0;
  std::vector<std::string> fields;
};

inline void PrintTo(const table_row& row, std::ostream* os) {
  *os << "line " << row.line << ": " << (row.fields.size() > 1 ? row.fields[1] : "");
}

// "\n" → line break, "\t" → tab, "\\" → backslash.
inline std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Rows of a TSV file under the source tree; "#" lines are comments. Empty fields are kept.
inline std::vector<table_row> read_table(const std::string& relative, std::size_t columns) {
  std::ifstream in(std::string(PLANLINT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::vector<table_row> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    table_row row{number, {}};
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      row.fields.push_back(unescape(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() != columns)
      ADD_FAILURE() << relative << ":" << number << ": expected " << columns << " columns, got "
                    << row.fields.size();
    else
      rows.push_back(std::move(row));
  }
  return rows;
}

// "a | b | c" → {"a", "b", "c"} (for "-", nothing).
inline std::vector<std::string> split(const std::string& s, const std::string& separator) {
  std::vector<std::string> out;
  if (s == "-") return out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(separator, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + separator.size();
  }
}

// "2024" or "-", optionally followed by ";shift=N".
inline dates::reading_context context_of(const std::string& field) {
  dates::reading_context context;
  std::string year = field.substr(0, field.find(';'));
  if (year != "-") context.school_year_start = std::stoi(year);
  auto shift = field.find(";shift=");
  if (shift != std::string::npos) context.province_shift_days = std::stoi(field.substr(shift + 7));
  return context;
}

inline std::string covered(std::string_view text, span bytes) {
  if (bytes.end < bytes.begin || bytes.end > text.size()) return "<out of range>";
  return std::string(text.substr(bytes.begin, bytes.end - bytes.begin));
}

inline std::string flags_of(const dates::reading& r) {
  std::string out;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!out.empty()) out += ",";
    out += name;
  };
  add(r.open_ended, "open");
  add(r.recurring, "recurring");
  add(r.malformed, "malformed");
  add(r.relies_on_default_calendar, "default-cal");
  return out.empty() ? "-" : out;
}

inline std::string interval_of(const std::optional<dates::interval>& i) {
  return i ? i->to_iso() : "-";
}

// Where `piece` occurs in `text` at or after `from`: the expected byte range of a covered text.
inline span locate(std::string_view text, const std::string& piece, std::size_t from = 0) {
  std::size_t at = text.find(piece, from);
  if (at == std::string::npos) return {0xFFFFFFFF, 0xFFFFFFFF};
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + piece.size())};
}

}  // namespace planlint::testing
