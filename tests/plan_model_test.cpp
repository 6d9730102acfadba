// The plan model: every example of plan-format.md loads, and what the loader understood is
// compared exactly with a golden dump (UPDATE_GOLDENS=1 rewrites the goldens for review).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <type_traits>

#include <gtest/gtest.h>

#include "engine/plan/load.hpp"
#include "engine/plan/model_dump.hpp"

namespace planlint::plan {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<fs::path> examples() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(PLANLINT_SOURCE_DIR) / "tests/data/plan"))
    if (e.path().extension() == ".json" && e.path().filename().string().starts_with("format-"))
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(plan_model, every_format_example_loads_and_matches_its_golden_dump) {
  auto files = examples();
  ASSERT_GE(files.size(), 5u);
  bool update = std::getenv("UPDATE_GOLDENS") != nullptr;
  for (const auto& f : files) {
    std::string name = f.filename().string();
    load_result r = load_plan_file(f.string());
    ASSERT_TRUE(r.ok()) << name << ": " << (r.errors.empty() ? "" : render_headline(r.errors[0]));
    std::string actual = dump(*r.value);
    fs::path golden = f;
    golden.replace_extension(".model.txt");
    if (update) {
      std::ofstream(golden, std::ios::binary) << actual;
      continue;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " missing; run with UPDATE_GOLDENS=1";
    EXPECT_EQ(actual, slurp(golden)) << name;
  }
}

std::shared_ptr<const plan> load_ok(const std::string& text) {
  load_result r = load_plan_text(text, "t.json");
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : render_headline(r.errors[0]));
  return r.value;
}

TEST(plan_model, texts_are_normalised_joined_and_blank_when_empty) {
  auto p = load_ok(R"({"rows": [{
      "actions": ["Họp  hội đồng", " Tie\u0302u chí 1.1 "],
      "owners": "Hiệu trưởng",
      "budget": "  ",
      "notes": [],
      "support": null}]})");
  ASSERT_TRUE(p);
  const row& r = p->rows.at(0);
  EXPECT_TRUE(r.actions.is_list);
  EXPECT_EQ(r.actions.joined_raw(), "Họp  hội đồng\n Tie\u0302u chí 1.1 ");
  EXPECT_EQ(r.actions.joined_normalized(), "Họp hội đồng Tiêu chí 1.1");
  EXPECT_EQ(r.actions.items[1].at.pointer(), "/rows/0/actions/1");
  EXPECT_EQ(r.actions.items[1].at.where(), (position{2, 36}));
  EXPECT_FALSE(r.owners.blank());
  EXPECT_TRUE(r.budget.present);
  EXPECT_TRUE(r.budget.blank());
  EXPECT_TRUE(r.notes.present);
  EXPECT_TRUE(r.notes.blank());
  EXPECT_FALSE(r.support.present);  // null reads as "not given"
  EXPECT_TRUE(r.support.blank());
  EXPECT_FALSE(r.timeline.present);
}

TEST(plan_model, levels_and_timelines_in_both_forms) {
  auto p = load_ok(R"({"rows": [
      {"target_level": 2, "timeline": {"start": "2024-09", "end": ["Tháng 5/2025"]}},
      {"target_level": "Mức 3", "timeline": "Năm học 2024 - 2025"},
      {"target_level": 4.0}],
    "self_assessment": {"results": [{"level": 0}, {"level": "Không đạt"}]}})");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->rows.size(), 3u);
  EXPECT_EQ(std::get<int>(p->rows[0].target_level.written), 2);
  EXPECT_TRUE(p->rows[0].timeline.structured);
  EXPECT_EQ(p->rows[0].timeline.start.joined_raw(), "2024-09");
  EXPECT_EQ(p->rows[0].timeline.end.items.at(0).at.pointer(), "/rows/0/timeline/end/0");
  EXPECT_FALSE(p->rows[0].timeline.whole.present);
  EXPECT_EQ(std::get<std::string>(p->rows[1].target_level.written), "Mức 3");
  EXPECT_FALSE(p->rows[1].timeline.structured);
  EXPECT_EQ(p->rows[1].timeline.whole.joined_raw(), "Năm học 2024 - 2025");
  EXPECT_EQ(std::get<int>(p->rows[2].target_level.written), 4);
  EXPECT_EQ(std::get<int>(p->self_assessment.results.at(0).level.written), 0);
  EXPECT_EQ(std::get<std::string>(p->self_assessment.results.at(1).level.written), "Không đạt");
  EXPECT_FALSE(p->self_assessment.target_level.present);
}

TEST(plan_model, missing_parts_are_absent_not_errors) {
  auto p = load_ok(R"({"rows": []})");
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->school.present);
  EXPECT_FALSE(p->document.present);
  EXPECT_FALSE(p->sections_present);
  EXPECT_FALSE(p->legal_basis.present);
  EXPECT_FALSE(p->self_assessment.present);
  EXPECT_FALSE(p->monitoring_present);
  EXPECT_TRUE(p->rows.empty());
  EXPECT_EQ(p->rows_at.pointer(), "/rows");
  EXPECT_EQ(p->rows_at.where(), (position{1, 10}));
}

TEST(plan_model, unknown_fields_stay_in_the_tree) {
  auto p = load_ok(R"({"rows": [{"no": "1", "x-source": "trang 3"}], "x-converter": {"tool": "docx2plan"}})");
  ASSERT_TRUE(p);
  const json_tree& t = *p->tree;
  node_id converter = t.member(t.root(), "x-converter");
  ASSERT_NE(converter, no_node);
  EXPECT_EQ(t.as_string(t.member(converter, "tool")), "docx2plan");
  EXPECT_EQ(t.as_string(t.member(t.children(t.member(t.root(), "rows"))[0], "x-source")), "trang 3");
  EXPECT_EQ(p->source().name(), "t.json");
}

// text_item::raw is a view of the string in the plan's tree: it lives as long as the plan,
// whatever became of the load result and the text it was read from.
TEST(plan_model, raw_texts_live_as_long_as_the_plan) {
  std::shared_ptr<const plan> kept;
  {
    std::string text = R"({"rows": [{"owners": ["Hiệu  trưởng", "Tổ\tchuyên môn"], "no": "1"}]})";
    load_result r = load_plan_text(std::move(text), "t.json");
    ASSERT_TRUE(r.ok());
    kept = r.value;
  }
  const text& owners = kept->rows[0].owners;
  ASSERT_EQ(owners.items.size(), 2u);
  EXPECT_EQ(owners.items[0].raw, "Hiệu  trưởng");
  EXPECT_EQ(owners.items[0].normalized, "Hiệu trưởng");
  EXPECT_EQ(owners.items[1].raw, "Tổ\tchuyên môn");
  EXPECT_EQ(owners.items[1].normalized, "Tổ chuyên môn");
  EXPECT_EQ(owners.joined_raw(), "Hiệu  trưởng\nTổ\tchuyên môn");
  EXPECT_EQ(kept->rows[0].no.items[0].raw, "1");
}

// Every text views its own run of the plan's all_text_items: many texts, lists among them,
// and an empty list, each reading
// back exactly its own strings. Texts filled before later ones were added stay valid.
TEST(plan_model, texts_view_their_own_items_in_the_plan) {
  std::string rows;
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    rows += std::string(i ? "," : "") + R"({"no": ")" + n + R"(", "actions": ["a)" + n + R"(", " b  )" + n +
            R"(", "c)" + n + R"("], "owners": [], "notes": "Ghi\u00a0chú )" + n + R"("})";
  }
  load_result r = load_plan_text(R"({"rows": [)" + rows + "]}", "t.json");
  ASSERT_TRUE(r.ok());
  const plan& p = *r.value;
  ASSERT_EQ(p.rows.size(), 40u);
  for (std::size_t i = 0; i < 40; ++i) {
    const row& w = p.rows[i];
    const std::string n = std::to_string(i);
    ASSERT_EQ(w.no.items.size(), 1u);
    EXPECT_EQ(w.no.items.front().raw, n);
    ASSERT_EQ(w.actions.items.size(), 3u);
    EXPECT_EQ(w.actions.items[0].normalized, "a" + n);
    EXPECT_EQ(w.actions.items[1].raw, " b  " + n);
    EXPECT_EQ(w.actions.items[1].normalized, "b " + n);
    EXPECT_EQ(w.actions.items.back().normalized, "c" + n);
    EXPECT_EQ(w.actions.joined_normalized(), "a" + n + " b " + n + " c" + n);
    EXPECT_EQ(w.actions.items[2].at.pointer(), "/rows/" + n + "/actions/2");
    EXPECT_TRUE(w.owners.present);
    EXPECT_TRUE(w.owners.items.empty());
    EXPECT_EQ(w.notes.joined_normalized(), "Ghi chú " + n);
  }
  EXPECT_EQ(p.all_text_items.size(), 40u * 5);
  EXPECT_THROW(p.rows[0].actions.items.at(3), std::out_of_range);
  static_assert(!std::is_copy_constructible_v<plan>, "a copy's texts would view the original's items");
}

}  // namespace
}  // namespace planlint::plan
