// Loading speed of a seed-sized plan (~20 KB of Vietnamese text): the two JSON readers the
// loader could use, nlohmann's DOM parse for reference, and the whole load (parse + model).
// The product goal is ≥ 5,000 plans per second per core including checking.
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "engine/plan/json_read.hpp"
#include "engine/plan/load.hpp"

namespace {

using namespace planlint::plan;

// A plan shaped like the seeds: header, sections, legal basis, self-assessment and a table
// of rows with long Vietnamese cells, grown to about 20 KB.
std::string seed_sized_plan() {
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json plan = {
      {"format", "planlint.plan/1"},
      {"school", {{"name", "Trường THCS Lý Thường Kiệt"}, {"level", "thcs"}, {"authority", "UBND Quận Tân Bình"}}},
      {"document", {{"number", "94/KH LTK"}, {"place", "Tân Bình"}, {"date", "ngày 17 tháng 5 năm 2024"},
                    {"title", "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC Năm học 2024 – 2025"},
                    {"school_year", "2024 – 2025"},
                    {"signer", {{"title", "HIỆU TRƯỞNG"}, {"name", "Ngô Nguyễn Thiên Trang"}}},
                    {"recipients", {"Phòng GD&ĐT (để báo cáo);", "Hội đồng trường;", "Lưu: VT, hồ sơ."}}}},
      {"sections", {{{"number", "I"}, {"title", "MỤC ĐÍCH, YÊU CẦU"},
                     {"text", "Nhằm cải tiến, nâng cao chất lượng giáo dục của nhà trường sau tự đánh giá."}},
                    {{"number", "II"}, {"title", "CĂN CỨ XÂY DỰNG KẾ HOẠCH"}}}},
      {"legal_basis", {"Căn cứ Thông tư số 18/2018/TT-BGDĐT, ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo",
                       "Căn cứ báo cáo tự đánh giá nhà trường năm học 2023 - 2024"}}};
  for (int i = 0; rows.dump().size() < 18000; ++i) {
    std::string n = std::to_string(i % 5 + 1) + "." + std::to_string(i % 10 + 1);
    rows.push_back({{"no", std::to_string(i + 1)},
                    {"standard", "Tiêu chuẩn " + std::to_string(i % 5 + 1) + ": Tổ chức và quản lý nhà trường"},
                    {"criterion", "Tiêu chí " + n},
                    {"criterion_title", "Phương hướng, chiến lược xây dựng và phát triển nhà trường"},
                    {"target", "Nâng cao công tác giám sát việc thực hiện kế hoạch; đạt Mức 2"},
                    {"actions", {"Hiệu trưởng xây dựng kế hoạch chiến lược giai đoạn 2024 – 2029.",
                                 "Tiếp tục thực hiện rà soát, điều chỉnh phương hướng phù hợp với thực tế."}},
                    {"owners", "Hiệu trưởng, Phó hiệu trưởng, Tổ trưởng chuyên môn"},
                    {"timeline", "Tháng 9/2024. Thời gian hoàn thành: Trong năm học 2024 - 2025."},
                    {"budget", ""},
                    {"support", "Các thành viên hội đồng trường."},
                    {"notes", ""}});
  }
  plan["rows"] = rows;
  return plan.dump(2);
}

const std::string& plan_text() {
  static const std::string text = seed_sized_plan();
  return text;
}

void read_simdjson(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(read_json(plan_text(), "bench.json", load_limits{}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plan_text().size()));
  state.counters["bytes"] = static_cast<double>(plan_text().size());
}
BENCHMARK(read_simdjson);

void read_nlohmann_sax(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(read_json_with_nlohmann(plan_text(), "bench.json", load_limits{}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plan_text().size()));
}
BENCHMARK(read_nlohmann_sax);

// Reference only: nlohmann's DOM, which keeps no positions.
void parse_nlohmann_dom(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(nlohmann::json::parse(plan_text()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plan_text().size()));
}
BENCHMARK(parse_nlohmann_dom);

void load_plan(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(load_plan_text(plan_text(), "bench.json"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * plan_text().size()));
}
BENCHMARK(load_plan);

}  // namespace
