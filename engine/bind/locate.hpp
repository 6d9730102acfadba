#pragma once
// Plan places as rule values: texts that remember where they were written, so that
// `report at row.owners` points a finding at that cell.
#include <string>

#include "engine/catalog/civil_date.hpp"
#include "engine/dates/date.hpp"
#include "engine/eval/value.hpp"
#include "engine/model/place_ref.hpp"
#include "engine/plan/plan.hpp"

namespace planlint::bind {

eval::location locate(const plan::location& at, std::string quoted, std::string place);

// A reviewer's place kept as two parts (engine/model/place_ref.hpp):
// {&row.cell_place, "Ghi chú"} for "bảng kế hoạch, dòng TT 3, cột Ghi chú".
using model::place_ref;
// A place that is only a literal ("nơi nhận").
place_ref literal_place(const char* text);

// A text field as a located string (items joined, normalised); absent when the field is.
// The location is worked out when a finding points at the value (most values are never
// reported). The value borrows the plan's text (eval::text_ref): the plan outlives the
// evaluation.
eval::value text_value(const plan::text& t, place_ref place);
// Each item of a text field as a located string.
eval::value text_items(const plan::text& t, place_ref place);
// `s` borrowed: text of the plan or its analysis, which outlive the evaluation.
eval::value located_string(std::string_view s, const plan::location& at, place_ref place);
eval::value located_string(std::string&&, const plan::location&, place_ref) = delete;  // would dangle
// `s` copied, the location built now.
eval::value located_string(std::string s, const plan::location& at, std::string place);

eval::date to_eval(const dates::civil_date& d);
eval::value optional_int(const std::optional<int>& i);
eval::value optional_string(const std::string& s);  // absent when empty, else borrows s
eval::value optional_string(std::string&&) = delete;  // would dangle

}  // namespace planlint::bind
