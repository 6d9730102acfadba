#pragma once
// A small fake plan model for the rule-language tests: a plan with rows (criterion,
// owner and timeline texts with locations), self-assessment results with levels, and
// globals plan / school_year / as_of. Stands in for engine/plan until the lead binds it.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/eval/host.hpp"

namespace planlint::testing {

struct fake_row {
  int tt = 0;
  std::string criterion_id;
  std::string criterion;
  std::string owner;
  std::optional<eval::interval> timeline;
  std::vector<std::string> tags;
  std::size_t index = 0;  // its place in plan.rows
};

struct fake_result {
  std::string criterion_id;
  int level = 0;
};

struct fake_plan {
  std::string title;
  std::vector<fake_row> rows;
  std::vector<fake_result> results;
};

struct fake_root {
  const fake_plan* plan = nullptr;
  eval::interval school_year{{2024, 9, 5}, {2025, 5, 31}};
  eval::date as_of{2025, 1, 15};
};

inline eval::location row_location(const fake_row& r, const std::string& column = "") {
  eval::location at;
  at.pointer = "/rows/" + std::to_string(r.index) + (column.empty() ? "" : "/" + column);
  at.where = {static_cast<std::uint32_t>(10 + r.index), column.empty() ? 1u : 5u};
  at.place = "bảng kế hoạch, dòng TT " + std::to_string(r.tt) + (column.empty() ? "" : ", cột " + column);
  return at;
}

inline std::shared_ptr<const eval::host_registry> fake_registry() {
  using eval::type;
  using eval::value;
  auto registry = std::make_shared<eval::host_registry>();
  auto& plan = registry->add_type("plan");
  auto& row = registry->add_type("row");
  auto& result = registry->add_type("result");
  plan.field_of<fake_plan>("title", type::string(), [](const fake_plan& p) { return p.title; })
      .field("rows", type::list_of(type::object(row)), [&row](const void* p) {
        eval::list rows;
        for (const auto& r : static_cast<const fake_plan*>(p)->rows) rows.emplace_back(eval::object{&row, &r});
        return value(std::move(rows));
      })
      .field("results", type::list_of(type::object(result)), [&result](const void* p) {
        eval::list results;
        for (const auto& r : static_cast<const fake_plan*>(p)->results)
          results.emplace_back(eval::object{&result, &r});
        return value(std::move(results));
      });
  row.field_of<fake_row>("tt", type::integer(), [](const fake_row& r) { return r.tt; })
      .field_of<fake_row>("criterion_id", type::string(), [](const fake_row& r) { return r.criterion_id; })
      .field("criterion", type::string(), [](const void* p) {
        const auto& r = *static_cast<const fake_row*>(p);
        return value(r.criterion).located(row_location(r, "criterion"));
      })
      .field("owner", type::string(), [](const void* p) {
        const auto& r = *static_cast<const fake_row*>(p);
        if (r.owner.empty()) return value();
        return value(r.owner).located(row_location(r, "owner"));
      })
      .field("timeline", type::interval(), [](const void* p) {
        const auto& r = *static_cast<const fake_row*>(p);
        return r.timeline ? value(*r.timeline).located(row_location(r, "timeline")) : value();
      })
      .field("tags", type::list_of(type::string()), [](const void* p) {
        eval::list tags;
        for (const auto& t : static_cast<const fake_row*>(p)->tags) tags.emplace_back(t);
        return value(std::move(tags));
      })
      .field("broken", type::string(), [](const void*) -> value { throw std::runtime_error("the cell is unreadable"); })
      .locate([](const void* p) { return std::optional(row_location(*static_cast<const fake_row*>(p))); })
      .display([](const void* p) { return "TT " + std::to_string(static_cast<const fake_row*>(p)->tt); });
  result.field_of<fake_result>("criterion_id", type::string(), [](const fake_result& r) { return r.criterion_id; })
      .field_of<fake_result>("level", type::integer(), [](const fake_result& r) { return r.level; });
  registry->add_global("plan", type::object(plan), [&plan](const void* root) {
    return value(eval::object{&plan, static_cast<const fake_root*>(root)->plan});
  });
  registry->add_global("school_year", type::interval(),
                       [](const void* root) { return value(static_cast<const fake_root*>(root)->school_year); });
  registry->add_global("as_of", type::date(),
                       [](const void* root) { return value(static_cast<const fake_root*>(root)->as_of); });
  registry->add_global("nothing", type::string(), [](const void*) { return value(); });
  registry->add_function("target_level", {}, type::integer(),
                         [](std::span<const value>) { return value(3); });
  return registry;
}

// Three rows and four results: enough for every construct.
inline fake_plan sample_plan() {
  fake_plan p;
  p.title = "Kế hoạch cải tiến chất lượng năm học 2024-2025";
  p.rows = {
      {1, "1.1", "Tiêu chí 1.1", "Hiệu trưởng", eval::interval{{2024, 9, 15}, {2025, 5, 15}}, {"tbd"}, 0},
      {2, "1.2", "Tiêu chí 1.2", "", eval::interval{{2024, 10, 1}, {2025, 8, 30}}, {}, 1},
      {3, "2.1", "Tieu chi 2.1", "Tổ chuyên môn", std::nullopt, {"x", "y"}, 2},
  };
  p.results = {{"1.1", 3}, {"1.2", 1}, {"2.1", 2}, {"3.1", 1}};
  return p;
}

}  // namespace planlint::testing
