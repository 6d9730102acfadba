#pragma once
// The host types of the plan model, declared together so that their fields can refer to
// each other; each *_types.cpp adds the fields of a few of them.
#include "engine/eval/host.hpp"

namespace planlint::bind {

struct host_types {
  eval::host_type& plan;
  eval::host_type& document;
  eval::host_type& school_year;
  eval::host_type& reading;
  eval::host_type& row;
  eval::host_type& result;
  eval::host_type& section;
  eval::host_type& passage;
  eval::host_type& citation;
  eval::host_type& legal_document;
  eval::host_type& framework;
  eval::host_type& criterion;
  eval::host_type& standard;
  eval::host_type& amendment;
};

void add_plan_types(const host_types& t);       // plan, document, school_year, section, passage
void add_row_types(const host_types& t);        // row, result, reading
void add_reference_types(const host_types& t);  // framework, criterion, standard, amendment,
                                                // citation, legal_document
void add_legal_fields(const host_types& t);     // for recipients.rules and legal.rules
void add_plan_functions(eval::host_registry& registry);
// Timeline, structure and document rules: row.timeline_errors, document.school_year_error,
// sentence_of(text, reading).
void add_timeline_fields(eval::host_registry& registry, const host_types& t);
void add_coverage_fields(const host_types& t);    // result.level_name, plan's coverage lists

}  // namespace planlint::bind
