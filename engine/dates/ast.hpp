#pragma once
// The syntax tree of a date text, as the X3 grammar reads it from the folded text
// (lower-case ASCII, see text::fold_with_origins). Internal to engine/dates: it carries
// Boost types and raw pointers into the folded text, which the resolver maps back to
// the original bytes. Nothing here is checked yet: "tháng 13" parses; resolve() rejects it.
#include <boost/optional.hpp>
#include <boost/variant.hpp>
#include <vector>

namespace planlint::dates::ast {

// Where a node was read, in the folded text (set by the grammar's on_success handler).
struct node {
  const char* text_begin = nullptr;
  const char* text_end = nullptr;
};

// A number as written: its value (capped, so "99999999999" stays an int) and digit count.
struct number : node {
  int value = 0;
  int digits = 0;
};

struct day : node { number d, m, y; };              // "ngày 17 tháng 5 năm 2024", "17/5/2024"
struct iso_day : node { number y, m, d; };          // "2024-05-17"
struct iso_month : node { number y, m; };           // "2024-09"
struct month : node { number m; boost::optional<number> y; };  // "tháng 9/2024", "T9/2024", "tháng 9"
struct numeric_month : node { number m, y; };       // "09/2024"
struct months_range : node { number from, to, y; };  // "tháng 9 – 12/2024"
struct months_list : node { number head; std::vector<number> tail; number y; };  // "tháng 10, 11/2024"
struct quarter : node { number q; boost::optional<number> y; };  // "Quý III/2024"
struct school_year : node { number first, second; };           // "Năm học 2024 - 2025"
struct semester : node { number s; boost::optional<school_year> year; };  // "HK II năm học 2024-2025"
struct calendar_year : node { bool keyword = false; number y; };  // "năm 2024", "2024"

using endpoint = boost::variant<iso_day, iso_month, day, months_range, months_list, month,
                                numeric_month, quarter, semester, school_year, calendar_year>;

// The words of a school-year part: "đầu", "cuối", "suốt", "cả".
enum class part_word { beginning = 1, end, throughout, whole };
struct part_of_year : node { int word = 0; boost::optional<school_year> year; };  // "Cuối năm học"
struct part_of_semester : node { int word = 0; semester sem; };           // "Cuối học kỳ I"

// Phrases with no date in them.
enum class fixed_word { continually = 1, yearly, monthly, quarterly, weekly, daily, lasting, onwards };
struct fixed : node { int word = 0; };  // "Thường xuyên", "Hằng năm", "Lâu dài"

// "tháng 9/2024", "Từ tháng 6/2024 đến tháng 5/2025", "giai đoạn 2022 - 2024", "Từ tháng 6/2024".
enum class lead_word { none = 0, from = 1, period = 2 };
struct span_expr : node {
  int lead = 0;
  endpoint from;
  boost::optional<endpoint> to;
};

using core = boost::variant<fixed, part_of_semester, part_of_year, span_expr>;

// A whole date text: its core and whether "… và những năm tiếp theo" follows.
struct expression : node {
  core body;
  bool onwards = false;
};

}  // namespace planlint::dates::ast
