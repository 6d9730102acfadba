// Applying suppressions: matching by rule and by pointer prefix (segment-wise), the whole
// plan, expiry against the as-of date, unused ones, and the exact lists that come back.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/suppress/apply.hpp"

namespace planlint::suppress {
namespace {

finding found(std::string rule, std::string pointer) {
  finding f;
  f.rule_id = std::move(rule);
  f.level = severity::warning;
  f.pointer = std::move(pointer);
  f.message = f.rule_id + " at " + f.pointer;
  return f;
}

suppression in_plan(std::string rule, std::optional<std::string> at, std::string reason,
                    std::size_t index, std::optional<std::string> until = std::nullopt) {
  suppression s;
  s.rule = std::move(rule);
  s.at = std::move(at);
  s.reason = std::move(reason);
  s.until = std::move(until);
  s.file = "plan.json";
  s.pointer = "/planlint/ignore/" + std::to_string(index);
  s.where = {static_cast<std::uint32_t>(20 + index), 7};
  s.end = {static_cast<std::uint32_t>(20 + index), 60};
  s.bytes = {static_cast<std::uint32_t>(400 + 50 * index), static_cast<std::uint32_t>(450 + 50 * index)};
  return s;
}

// "rule@pointer" per finding, "rule@pointer (reason, source|sidecar)" per suppressed one,
// "rule@pointer line:col: message" per note: each list whole, in order.
std::vector<std::string> ids(const std::vector<finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.rule_id + "@" + f.pointer);
  return out;
}
std::vector<std::string> ids(const std::vector<suppression_match>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms)
    out.push_back(m.what.rule_id + "@" + m.what.pointer + " (" + m.reason + ", " +
                  (m.in_source ? "source" : "sidecar") + ")");
  return out;
}
std::vector<std::string> notes(const std::vector<finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs)
    out.push_back(f.rule_id + "@" + f.pointer + " " + std::to_string(f.where.line) + ":" +
                  std::to_string(f.where.column) + " " + severity_name(f.level) + ": " + f.message);
  return out;
}

struct covers_case {
  const char* at;
  const char* pointer;
  bool covered;
};

TEST(SuppressCovers, SegmentWisePrefix) {
  const covers_case cases[] = {
      {"/rows/3", "/rows/3", true},
      {"/rows/3", "/rows/3/timeline", true},
      {"/rows/3", "/rows/3/timeline/start", true},
      {"/rows/3", "/rows/30", false},
      {"/rows/3", "/rows/30/timeline", false},
      {"/rows/3", "/rows", false},
      {"/rows/3", "", false},
      {"/rows/3/", "/rows/3", false},   // "/rows/3/" names the member "" of row 3
      {"/rows/3/", "/rows/3/", true},
      {"", "/rows/3", true},
      {"", "", true},
      {"/a~1b", "/a~1b/c", true},
      {"/a~1b", "/a~1bc", false},
  };
  for (const auto& c : cases) EXPECT_EQ(covers(c.at, c.pointer), c.covered) << c.at << " vs " << c.pointer;
}

TEST(SuppressApply, ByRuleAndPointerPrefix) {
  std::vector<finding> findings = {
      found("owner-placeholder", "/rows/3/owners"), found("owner-placeholder", "/rows/30/owners"),
      found("deadline-open-ended", "/rows/3/timeline"), found("owner-placeholder", "/rows/3")};
  std::vector<suppression> s = {in_plan("owner-placeholder", "/rows/3", "chờ phân công", 0)};
  applied_suppressions r = apply_suppressions(findings, s, "2024-10-01");
  EXPECT_EQ(ids(r.active), (std::vector<std::string>{"owner-placeholder@/rows/30/owners",
                                                     "deadline-open-ended@/rows/3/timeline"}));
  EXPECT_EQ(ids(r.suppressed), (std::vector<std::string>{
                                   "owner-placeholder@/rows/3/owners (chờ phân công, source)",
                                   "owner-placeholder@/rows/3 (chờ phân công, source)"}));
  EXPECT_TRUE(r.notes.empty());
  EXPECT_EQ(r.suppressed[0].what, findings[0]);  // the finding itself, untouched
}

TEST(SuppressApply, WithoutAtCoversTheWholePlan) {
  std::vector<finding> findings = {found("stale-period", ""), found("stale-period", "/rows/0/timeline"),
                                   found("owner-placeholder", "/rows/0/owners")};
  std::vector<suppression> s = {in_plan("stale-period", std::nullopt, "nộp lại nguyên văn", 0)};
  applied_suppressions r = apply_suppressions(findings, s, "2024-10-01");
  EXPECT_EQ(ids(r.active), std::vector<std::string>{"owner-placeholder@/rows/0/owners"});
  EXPECT_EQ(ids(r.suppressed), (std::vector<std::string>{
                                   "stale-period@ (nộp lại nguyên văn, source)",
                                   "stale-period@/rows/0/timeline (nộp lại nguyên văn, source)"}));
  EXPECT_TRUE(r.notes.empty());
}

TEST(SuppressApply, WildcardRuleUnderAPointer) {
  std::vector<finding> findings = {found("a", "/rows/1/x"), found("b", "/rows/1"), found("c", "/rows/2")};
  std::vector<suppression> s = {in_plan("*", "/rows/1", "hàng mẫu", 0)};
  applied_suppressions r = apply_suppressions(findings, s, "2024-10-01");
  EXPECT_EQ(ids(r.active), std::vector<std::string>{"c@/rows/2"});
  EXPECT_EQ(ids(r.suppressed), (std::vector<std::string>{"a@/rows/1/x (hàng mẫu, source)",
                                                         "b@/rows/1 (hàng mẫu, source)"}));
}

TEST(SuppressApply, FirstMatchGivesTheReasonAndEveryMatchCountsAsUsed) {
  std::vector<finding> findings = {found("a", "/rows/1/x")};
  std::vector<suppression> s = {in_plan("a", "/rows/1", "first", 0), in_plan("*", "/rows", "second", 1)};
  applied_suppressions r = apply_suppressions(findings, s, "2024-10-01");
  EXPECT_EQ(ids(r.suppressed), std::vector<std::string>{"a@/rows/1/x (first, source)"});
  EXPECT_TRUE(r.notes.empty());
}

TEST(SuppressApply, UnusedYieldsAnInfoNoteAtTheEntry) {
  std::vector<finding> findings = {found("owner-placeholder", "/rows/3/owners")};
  std::vector<suppression> s = {in_plan("owner-placeholder", "/rows/30", "x", 0),
                                in_plan("owner-placehodler", std::nullopt, "y", 1)};
  applied_suppressions vi = apply_suppressions(findings, s, "2024-10-01", language::vi);
  EXPECT_EQ(ids(vi.active), std::vector<std::string>{"owner-placeholder@/rows/3/owners"});
  EXPECT_TRUE(vi.suppressed.empty());
  EXPECT_EQ(notes(vi.notes),
            (std::vector<std::string>{
                "suppression-unused@/planlint/ignore/0 20:7 info: Miễn trừ quy tắc \"owner-placeholder\" "
                "tại \"/rows/30\" không khớp với phát hiện nào; hãy xoá, hoặc sửa \"rule\" hay \"at\"",
                "suppression-unused@/planlint/ignore/1 21:7 info: Miễn trừ quy tắc \"owner-placehodler\" "
                "cho cả kế hoạch không khớp với phát hiện nào; hãy xoá, hoặc sửa \"rule\" hay \"at\""}));
  applied_suppressions en = apply_suppressions(findings, s, "2024-10-01", language::en);
  EXPECT_EQ(en.notes[0].message,
            "Suppression of \"owner-placeholder\" at \"/rows/30\" matches no finding; remove it, or "
            "correct \"rule\" or \"at\"");
  const finding& n = vi.notes[0];
  EXPECT_EQ(n.category, "suppression");
  EXPECT_EQ(n.end, (position{20, 60}));
  EXPECT_EQ(n.bytes, (span{400, 450}));
  EXPECT_EQ(n.evidence, (std::vector<evidence_item>{{"suppression.file", "plan.json"},
                                                    {"suppression.entry", "/planlint/ignore/0"},
                                                    {"suppression.rule", "owner-placeholder"},
                                                    {"suppression.at", "/rows/30"},
                                                    {"suppression.reason", "x"}}));
}

TEST(SuppressApply, ExpiredAfterItsLastDay) {
  std::vector<finding> findings = {found("deadline-open-ended", "/rows/1/timeline")};
  std::vector<suppression> s = {
      in_plan("deadline-open-ended", "/rows/1", "duy trì", 0, std::string("2025-05-31"))};
  // On its last day it still applies.
  applied_suppressions on_the_day = apply_suppressions(findings, s, "2025-05-31");
  EXPECT_TRUE(on_the_day.active.empty());
  EXPECT_EQ(ids(on_the_day.suppressed),
            std::vector<std::string>{"deadline-open-ended@/rows/1/timeline (duy trì, source)"});
  EXPECT_TRUE(on_the_day.notes.empty());
  // The day after, it suppresses nothing and says so.
  applied_suppressions after = apply_suppressions(findings, s, "2025-06-01", language::vi);
  EXPECT_EQ(ids(after.active), std::vector<std::string>{"deadline-open-ended@/rows/1/timeline"});
  EXPECT_TRUE(after.suppressed.empty());
  EXPECT_EQ(notes(after.notes),
            std::vector<std::string>{
                "suppression-expired@/planlint/ignore/0 20:7 info: Miễn trừ quy tắc "
                "\"deadline-open-ended\" tại \"/rows/1\" đã hết hạn ngày 31/05/2025, không còn tác "
                "dụng; hãy sửa lỗi hoặc gia hạn \"until\""});
  EXPECT_EQ(after.notes[0].evidence.back(), (evidence_item{"suppression.until", "2025-05-31"}));
  applied_suppressions en = apply_suppressions(findings, s, "2025-06-01", language::en);
  EXPECT_EQ(en.notes[0].message,
            "Suppression of \"deadline-open-ended\" at \"/rows/1\" expired on 2025-05-31 and "
            "suppresses nothing; fix the finding or extend \"until\"");
}

TEST(SuppressApply, AnExpiredSuppressionIsNotAlsoUnused) {
  std::vector<suppression> s = {in_plan("x", std::nullopt, "r", 0, std::string("2024-01-01"))};
  applied_suppressions r = apply_suppressions({}, s, "2024-10-01", language::en);
  EXPECT_EQ(ids(r.notes), std::vector<std::string>{"suppression-expired@/planlint/ignore/0"});
}

TEST(SuppressApply, SidecarEntriesAreNamedInTheMessageNotPlacedInThePlan) {
  suppression s = in_plan("stale-period", std::nullopt, "r", 1);
  s.in_source = false;
  s.file = "x/plan.ignore.json";
  s.pointer = "/ignore/1";
  s.where = {4, 5};
  std::vector<finding> findings = {found("owner-placeholder", "/rows/0")};
  applied_suppressions r = apply_suppressions(findings, {s}, "2024-10-01", language::en);
  ASSERT_EQ(r.notes.size(), 1u);
  // The note's place is the plan as a whole: line 0 and pointer "" point at nothing in it.
  EXPECT_EQ(notes(r.notes),
            std::vector<std::string>{
                "suppression-unused@ 0:0 info: Suppression of \"stale-period\" for the whole plan (in "
                "x/plan.ignore.json:4:5) matches no finding; remove it, or correct \"rule\" or \"at\""});
  EXPECT_EQ(r.notes[0].bytes, span{});
  EXPECT_EQ(r.notes[0].evidence[0], (evidence_item{"suppression.file", "x/plan.ignore.json"}));
  EXPECT_EQ(r.notes[0].evidence[1], (evidence_item{"suppression.entry", "/ignore/1"}));
}

TEST(SuppressApply, SidecarMatchIsMarkedSo) {
  suppression s = in_plan("owner-placeholder", "/rows/0", "giữ nguyên bản nộp", 0);
  s.in_source = false;
  applied_suppressions r = apply_suppressions({found("owner-placeholder", "/rows/0/owners")}, {s}, "2024-10-01");
  EXPECT_EQ(ids(r.suppressed),
            std::vector<std::string>{"owner-placeholder@/rows/0/owners (giữ nguyên bản nộp, sidecar)"});
}

}  // namespace
}  // namespace planlint::suppress
