#include "engine/bind/root.hpp"

#include <span>
#include <vector>

#include "engine/bind/objects.hpp"
#include "engine/bind/types.hpp"

namespace planlint::bind {

namespace {

using eval::type;

void add_globals(eval::host_registry& r, const host_types& t) {
  auto root = [](const void* p) -> const check_root& { return *static_cast<const check_root*>(p); };
  r.add_global("plan", type::object(t.plan),
               [&plan = t.plan](const void* p) { return eval::value(eval::object{&plan, p}); });
  r.add_global("school_year", type::object(t.school_year), [root, &y = t.school_year](const void* p) {
    const model::plan_view& v = *root(p).view;
    return v.school_year ? eval::value(eval::object{&y, &v}) : eval::value();
  });
  r.add_global("framework", type::object(t.framework), [root, &f = t.framework](const void* p) {
    const model::plan_view& v = *root(p).view;
    return v.framework.chosen ? eval::value(eval::object{&f, v.framework.chosen}) : eval::value();
  });
  r.add_global("target_level", type::integer(), [root](const void* p) {
    const auto& level = root(p).view->target_level;
    return level ? eval::value(*level) : eval::value();
  });
  r.add_global("target_level_source", type::string(), [root](const void* p) {
    return eval::value::borrow(root(p).view->target_level_source);
  });
  r.add_global("as_of", type::date(), [root](const void* p) { return eval::value(root(p).as_of); });
  r.add_global("document_date_window_months", type::integer(),
               [root](const void* p) { return eval::value(root(p).document_date_window_months); });
}

eval::host_registry build() {
  eval::host_registry r;
  host_types t{r.add_type("plan"),           r.add_type("document"), r.add_type("school_year"),
               r.add_type("reading"),        r.add_type("row"),      r.add_type("result"),
               r.add_type("section"),        r.add_type("passage"),  r.add_type("citation"),
               r.add_type("legal_document"), r.add_type("framework"), r.add_type("criterion"),
               r.add_type("standard"),       r.add_type("amendment")};
  add_plan_types(t);
  add_row_types(t);
  add_reference_types(t);
  add_globals(r, t);
  add_plan_functions(r);
  add_legal_fields(t);
  add_timeline_fields(r, t);
  add_coverage_fields(t);
  return r;
}

}  // namespace

std::shared_ptr<const eval::host_registry> plan_registry() {
  static const std::shared_ptr<const eval::host_registry> registry =
      std::make_shared<const eval::host_registry>(build());
  return registry;
}

void prepare(check_root& root) {
  const eval::host_registry& r = *plan_registry();
  const model::plan_view& v = *root.view;
  root.rows = objects(*r.find_type("row"), v.rows);
  root.results = objects(*r.find_type("result"), v.results);
  root.sections = objects(*r.find_type("section"), v.sections);
  const eval::host_type& passage = *r.find_type("passage");
  root.passages = objects(passage, v.passages);
  std::vector<const model::passage*> dated;
  for (const model::passage& p : v.passages)
    if (!p.dates.empty()) dated.push_back(&p);
  root.dated_passages = objects(passage, std::span<const model::passage* const>(dated));
  root.citations = objects(*r.find_type("citation"), v.citations);
}

}  // namespace planlint::bind
