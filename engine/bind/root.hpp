#pragma once
// What one evaluation reads: the analysed plan and the check's settings. The `plan` global
// is this root itself, so lists the rules walk many times (rows, results) are built once.
#include <memory>

#include "engine/eval/host.hpp"
#include "engine/eval/value.hpp"
#include "engine/model/plan_view.hpp"

namespace planlint::bind {

struct check_root {
  const model::plan_view* view = nullptr;
  eval::date as_of;
  int document_date_window_months = 6;
  // Filled by prepare(): the collections as rule values.
  eval::value rows, results, sections, passages, citations;
  // The passages that name at least one date: rules about dates walk these, not the some
  // 120 passages of a plan, most of which name none.
  eval::value dated_passages;
};

// The host model the default rules (and any pack) are written against: built once, shared
// read-only by every rule set and thread.
std::shared_ptr<const eval::host_registry> plan_registry();

// Makes a root ready for evaluate(): the view must outlive it.
void prepare(check_root& root);

}  // namespace planlint::bind
