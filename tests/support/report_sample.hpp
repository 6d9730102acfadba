#pragma once
// One synthetic batch for the reporters' tests: a plan with findings and a suppression, a
// clean plan with a long school name, an unreadable plan.
#include "engine/report/report.hpp"

namespace planlint::report::samples {

inline finding make_finding(std::string rule, severity level, std::string message,
                            std::string pointer, position where, position end, std::string quoted) {
  finding f;
  f.rule_id = std::move(rule);
  f.level = level;
  f.category = "document";
  f.message = std::move(message);
  f.pointer = std::move(pointer);
  f.where = where;
  f.end = end;
  f.quoted = std::move(quoted);
  f.place = "đầu văn bản";
  f.reference = "Nghị định 30/2020/NĐ-CP";
  f.evidence = {{"number", f.quoted}};
  return f;
}

inline batch sample_batch() {
  batch b;
  b.rules = {
      {"document-number-malformed", severity::warning, "document", "Số văn bản sai thể thức",
       "Malformed document number", "Số, ký hiệu: KH-<tên trường>, có gạch nối.",
       "Number and symbol: KH-<school>, with a hyphen.", "Nghị định 30/2020/NĐ-CP", true},
      {"deadline-outside-school-year", severity::error, "timeline", "Hạn hoàn thành ngoài năm học",
       "Deadline outside the school year", "", "", "Quyết định khung năm học", true},
      {"coverage-not-checkable", severity::info, "coverage", "Không kiểm tra được độ bao phủ",
       "Coverage not checkable", "", "", "", true},
  };
  plan_outcome first;
  first.file = "fixtures/plans/seed, \"000\".json";
  first.school = "Trường THCS Lý Thường Kiệt";
  first.rules_run = {"document-number-malformed", "deadline-outside-school-year",
                     "coverage-not-checkable"};
  first.findings = {
      make_finding("document-number-malformed", severity::warning,
                   "Số văn bản \"94/KH LTK\" thiếu gạch nối: viết \"94/KH-LTK\"", "/document/number",
                   {12, 15}, {12, 26}, "94/KH LTK"),
      make_finding("deadline-outside-school-year", severity::error,
                   "Tiêu chí 3.2: hạn hoàn thành \"Năm học 2024 - 2026\" sau 31/05/2025,\nngoài năm học",
                   "/rows/7/timeline", {80, 20}, {80, 110},
                   "Thời gian thực hiện: Tháng 09/2024. Thời gian hoàn thành: Năm học 2024 - 2026."),
      make_finding("deadline-outside-school-year", severity::error, "Tiêu chí 3.3: 100% ngoài năm học",
                   "/rows/8/timeline", {90, 20}, {91, 4}, "Năm học 2024 - 2026"),
      make_finding("coverage-not-checkable", severity::info, "Không có kết quả tự đánh giá", "",
                   {1, 1}, {}, ""),
  };
  first.suppressed = {{make_finding("document-number-malformed", severity::warning, "Số văn bản",
                                    "/document/number", {12, 15}, {12, 26}, "94/KH LTK"),
                       "Văn bản đã ký, không sửa được", true}};
  plan_outcome clean;
  clean.file = "fixtures/plans/model.json";
  clean.school = "Trường THCS Mẫu Mực Có Một Cái Tên Rất Dài Để Thử Cắt Ở Tám Mươi Cột";
  clean.rules_run = first.rules_run;
  plan_outcome broken;
  broken.file = "fixtures/bad/truncated.json";
  broken.problems = {{"không phải JSON: thiếu '}' ở cuối tệp", "", {3, 1}}};
  b.plans = {first, clean, broken};
  return b;
}

}  // namespace planlint::report::samples
