#pragma once
// The plan as the rules read it: the document model (engine/plan/) plus what the readers
// made of its texts — criterion numbers, levels, owners, dates and timelines, citations —
// and what the reference data says about it: the school year and its calendar, the
// framework in force. Built once per check by analyze(); read-only afterwards.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/catalog/catalog.hpp"
#include "engine/catalog/select.hpp"
#include "engine/dates/calendar.hpp"
#include "engine/dates/read.hpp"
#include "engine/dates/scan.hpp"
#include "engine/model/place_ref.hpp"
#include "engine/plan/plan.hpp"
#include "engine/text/citation.hpp"
#include "engine/text/criterion.hpp"
#include "engine/text/level.hpp"
#include "engine/text/owners.hpp"

namespace planlint::model {

// A date text and what the grammar made of it, with where it was written: the unit every
// date-reading rule reads (a timeline's start or end, the document date, a period found in
// free text, a citation's date).
struct located_reading {
  bool present = false;                     // the text (or that part of it) is there
  std::string text;                         // the text read (normalised)
  std::optional<dates::reading> reading;
  std::optional<dates::reading_error> error;
  const plan::location* at = nullptr;       // the JSON value it was read from
  place_ref place;                          // where a reviewer finds it
};

struct result_view;

struct row_view {
  const plan::row* row = nullptr;
  std::string label;  // how a reviewer finds the row: "TT 3", or "Tiêu chí 3.2"
  // A cell's place without its column: "bảng kế hoạch, dòng TT 3, cột ". start's and end's
  // places point at it, so a copy of a row_view would point into the original.
  std::string cell_place;
  std::optional<text::criterion_ref> criterion;
  std::string criterion_id;  // criterion->id(), kept: rules compare it row by result
  std::optional<text::read_error> criterion_error;
  std::optional<text::standard_heading> standard;
  std::optional<text::read_error> standard_error;
  std::optional<int> target_level;  // explicit target_level, else a level named in target
  std::vector<text::party> owners;
  located_reading start, end;       // end: the completion; for an unlabelled text, the whole
  // The completion the rules judge: the end when written, else a start that is a period
  // ("Thời gian thực hiện: Năm học 2024 – 2025" is done by that year's end).
  enum class deadline_from { none, start, end } deadline_source = deadline_from::none;
  const located_reading* deadline() const {
    return deadline_source == deadline_from::end     ? &end
           : deadline_source == deadline_from::start ? &start
                                                     : nullptr;
  }
  bool timeline_labelled = false;
  const catalog::criterion* official = nullptr;        // the framework's criterion
  const catalog::standard* official_standard = nullptr;  // the framework's standard
  std::string timeline_text;        // normalised, joined
  // Links into the plan_view's rows and results, set once all are read, so that a rule
  // pairing rows with results or with other rows reads a few items instead of every pair.
  // `results` and `same_criterion_rows` view runs of plan_view's rows_by_criterion and
  // results_by_criterion: a vector per row, filled from a map of vectors, was some 80 heap
  // allocations a check.
  const row_view* previous = nullptr;                  // the row above; none for the first
  std::span<const result_view* const> results;         // the results for this row's criterion
  std::span<const row_view* const> same_criterion_rows;  // every row for it, this one too, in order
};

struct result_view {
  const plan::result* result = nullptr;
  std::optional<text::criterion_ref> criterion;
  std::string criterion_id;  // criterion->id()
  std::optional<text::read_error> criterion_error;
  std::optional<int> level;
  std::optional<text::read_error> level_error;
  const catalog::criterion* official = nullptr;
  // The rows for this result's criterion, in plan order: a run of plan_view's
  // rows_by_criterion (a rule asking "has it a row?" walked every row per result).
  std::span<const row_view* const> rows;
};

// A passage of free text that rules scan for periods and school years.
struct passage {
  const plan::text_item* item = nullptr;
  const char* kind = "";  // "section", "target", "action", "note", "support"
  // Where: "phần I (Mục đích)", "dòng TT 3": the label of its section_view or row_view, which
  // the plan_view holds (a copy per passage was a string built per passage).
  const std::string* label = nullptr;
  // The text folded once (text::fold): rules match their patterns on it, and the date scan
  // reads it, instead of each folding the passage again. A view of plan_view's
  // folded_passages, where every passage's fold is written (a string per passage was a heap
  // allocation for most of them).
  std::string_view folded;
  std::vector<located_reading> dates;
};

struct citation_view {
  const plan::text_item* item = nullptr;
  std::size_t item_index = 0;
  text::citation citation;
  catalog::document_match match;
  located_reading date;  // the citation's date text, read
  bool first_of_document = true;  // the first citation of this document in the legal basis
  // When the cited document is a criteria framework: its family ("TT18") and school levels.
  std::string framework_family;
  std::vector<std::string> framework_levels;
  std::string place;  // "phần căn cứ, mục 2": date.place's head (a copy would point here)
  // When a newer document replaced the cited one: which, and from when it applies.
  std::string replaced_by;
  std::optional<catalog::civil_date> replaced_on;
};

struct section_view {
  const plan::section* section = nullptr;
  std::size_t index = 0;
  std::optional<int> numeral;           // "VI" → 6; absent when not a Roman or Arabic numeral
  std::optional<int> previous_numeral;  // the part before it
  std::string place;                    // a reviewer's place: "phần II"
  std::string label;                    // its passages' place: "phần II (Căn cứ)"
  // The title folded (text::fold; "" without one), folded once: rules match each section's
  // title against a pattern per required part.
  std::string folded_title;
};

struct plan_view {
  const plan::plan* plan = nullptr;

  // The school year the plan is for (Y for Y–Y+1), from document.school_year, else the title.
  std::optional<dates::reading> school_year;  // the reading it came from
  std::string school_year_source;              // "document.school_year" or "document.title"
  std::optional<int> school_year_start;
  std::vector<dates::reading> title_school_years;  // every school year the title names
  std::optional<dates::reading> field_school_year; // document.school_year, read as a school year
  std::optional<dates::reading_error> field_school_year_error;
  // The calendar's days (province shift included), and the decision that set them (the
  // calendar set's text; empty for a derived calendar). The days alone, not a copy of the
  // calendar: its facts' sources were sixteen strings copied a check, which no rule reads.
  std::optional<dates::school_year_days> calendar;
  std::string_view calendar_decision;
  std::string calendar_error;

  located_reading document_date;
  catalog::framework_choice framework{};

  std::optional<int> target_level;  // the effective target level
  std::string target_level_source;  // "configuration", "self_assessment.target_level", "most criteria"

  std::vector<section_view> sections;
  std::vector<row_view> rows;
  std::vector<result_view> results;
  std::vector<passage> passages;
  // Every passage's `folded`, one after the other. Behind a pointer, so that moving the
  // plan_view moves no byte the passages view (a short std::string keeps its bytes inside).
  std::unique_ptr<const std::string> folded_passages;
  std::vector<citation_view> citations;

  // The rows and results that name a criterion, sorted by criterion_id, each id's in plan
  // order: what row_view::same_criterion_rows and row_view::results view.
  std::vector<const row_view*> rows_by_criterion;
  std::vector<const result_view*> results_by_criterion;
};

struct analysis_context {
  const catalog::catalog* catalog = nullptr;
  const dates::calendar_set* calendars = nullptr;
  int province_shift_days = 0;
  std::optional<int> target_level_policy;
};

plan_view analyze(const plan::plan& p, const analysis_context& context);

// Helpers shared with the rules' bindings.
std::optional<int> roman_or_arabic_numeral(std::string_view text);
std::optional<int> effective_target_level(const std::vector<result_view>& results);

}  // namespace planlint::model
