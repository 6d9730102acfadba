// Fields the coverage rules read beyond the shared model: a level as a reviewer names it,
// where the school's target level came from in words, and how the self-assessment's list
// of criteria differs from the framework's. The rule language has no way to map a list
// (it filters and counts), and "the results leave out 1.2, 1.5 and 3.4" is one finding,
// not three, so the two difference lists are computed here.
#include <algorithm>

#include "engine/bind/locate.hpp"
#include "engine/bind/root.hpp"
#include "engine/bind/types.hpp"

namespace planlint::bind {

namespace {

using eval::type;
using model::result_view;

const std::string results_place = "kết quả tự đánh giá";

std::string level_name(int level) { return level == 0 ? "Không đạt" : "Mức " + std::to_string(level); }

// The framework's criteria that no result names, located at the results table; absent
// when there is nothing to compare (no framework, no results) or nothing is missing.
eval::value criteria_without_result(const check_root& r) {
  const model::plan_view& v = *r.view;
  const catalog::framework* f = v.framework.chosen;
  if (!f || v.results.empty()) return {};
  eval::list missing;
  for (const catalog::criterion& c : f->criteria) {
    bool named = std::any_of(v.results.begin(), v.results.end(),
                             [&](const result_view& res) { return res.official == &c; });
    // Borrowed, located when reported: the catalog and the plan outlive the evaluation.
    if (!named) missing.push_back(located_string(std::string_view(c.id), v.plan->self_assessment.results_at,
                                                 place_ref{&results_place}));
  }
  return missing.empty() ? eval::value() : eval::value(std::move(missing));
}

// The criteria the results name, as written, that the framework does not have (or that
// cannot be read as a criterion), each located at its result.
eval::value results_outside_framework(const check_root& r) {
  const model::plan_view& v = *r.view;
  if (!v.framework.chosen) return {};
  eval::list extra;
  for (const result_view& res : v.results) {
    if (res.official || !res.result->criterion.present || res.result->criterion.blank()) continue;
    std::string written(res.result->criterion.joined_normalized());
    extra.push_back(located_string(written, res.result->criterion.at, results_place + ", " + written));
  }
  return extra.empty() ? eval::value() : eval::value(std::move(extra));
}

std::string target_level_basis(const std::string& source) {
  if (source == "configuration") return "theo cấu hình kiểm tra";
  if (source == "self_assessment.target_level") return "kế hoạch ghi mức trường hướng tới";
  if (source == "most criteria") return "mức mà nhiều tiêu chí đạt nhất";
  return source;
}

}  // namespace

void add_coverage_fields(const host_types& t) {
  t.result.field_of<result_view>("level_name", type::string(), [](const result_view& r) {
    return r.level ? eval::value(level_name(*r.level)) : eval::value();
  });
  t.plan
      .field_of<check_root>("criteria_without_result", type::list_of(type::string()), criteria_without_result)
      .field_of<check_root>("results_outside_framework", type::list_of(type::string()), results_outside_framework)
      .field_of<check_root>("target_level_basis", type::string(), [](const check_root& r) {
        return r.view->target_level ? eval::value(target_level_basis(r.view->target_level_source)) : eval::value();
      });
}

}  // namespace planlint::bind
