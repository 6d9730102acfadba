// Date texts read per second on a realistic mix: the seed plans' timeline cells and one
// text of every family the grammar reads. Reported as items_per_second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "engine/dates/read.hpp"
#include "engine/dates/scan.hpp"

namespace {

const std::vector<std::string> date_texts = {
    "ngày 17 tháng 5 năm 2024", "17/5/2024", "05/09/2024", "2024-05-17", "Tháng 9/2024",
    "tháng 09/2024", "T9/2024", "Tháng 9 – 12/2024", "tháng 10, 11/2024", "Quý III/2024",
    "quý 4 năm 2024", "Học kỳ I", "HK II năm học 2024-2025", "Cuối học kỳ I",
    "Năm học 2024 - 2025", "Trong năm học 2023-2024", "NH 2024-2025",
    "Năm học: 2024 – 2025 và những năm tiếp theo", "Đầu năm học", "Cuối năm học",
    "Từ tháng 6/2024 đến tháng 5/2025", "giai đoạn từ năm 2017 đến 2022", "2022 – 2025",
    "Từ Tháng 6/2024", "Thường xuyên", "Hằng năm", "Lâu dài", "Năm học 2024 - 2026",
    "Trong\n\nnăm học\n\n2023-\n\n2024",
};

const std::vector<std::string> timeline_cells = {
    "Tháng 9/2024. Thời gian hoàn thành: Trong năm học 2024 - 2025.",
    "Thời gian thực hiện: Tháng 9/2024. Thời gian hoàn\n\nthành: Trong năm học 2024 - 2025.",
    "Thời gian thực hiện: Tháng 8/2024. Thời gian hoàn thành: Trong năm học 2024 – 2025.",
    "Thời gian hoàn thành: Trong năm học 2024 - 2025.",
    "<p>Thời gian thực hiện: Từ Tháng 6/2024.</p> <p>Thời gian hoàn thành: Năm học 2024 - 2025.</p>",
    "Thời gian thực hiện: Năm học 2024 – 2025.",
    "Thời gian thực hiện: Tháng 09/2024. Thời gian hoàn thành: Năm học 2024 - 2026.",
    "Thời gian bắt đầu: Tháng 9/2024. Thời gian hoàn thành: Năm học 2024 - 2025.",
    "Thời gian bắt đầu: Tháng 9/2024. Thời gian hoàn thành: năm học 2024 - 2025 và những năm tiếp theo.",
    "Trong \n\nnăm học \n\n2023- \n\n2024 ",
};

planlint::dates::reading_context context() {
  planlint::dates::reading_context c;
  c.school_year_start = 2024;
  return c;
}

void read_date_texts(benchmark::State& state) {
  const auto c = context();
  for (auto _ : state)
    for (const auto& text : date_texts) benchmark::DoNotOptimize(planlint::dates::read_date(text, c));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(date_texts.size()));
}
BENCHMARK(read_date_texts);

void read_timeline_cells(benchmark::State& state) {
  const auto c = context();
  for (auto _ : state)
    for (const auto& text : timeline_cells) benchmark::DoNotOptimize(planlint::dates::read_timeline(text, c));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(timeline_cells.size()));
}
BENCHMARK(read_timeline_cells);

void scan_action_passage(benchmark::State& state) {
  const std::string passage =
      "Hiệu trưởng xây dựng các biện pháp giám sát cụ thể, báo cáo kết quả thực hiện vào cuối năm "
      "học để làm cơ sở xây dựng phương hướng; Hiệu trưởng tham mưu với UBND Quận Tân Bình xây mới "
      "khu B và nhà vệ sinh vào giai đoạn 2022 - 2024. Cải tạo 08 phòng học khu B (tháng 5/2025).";
  const auto c = context();
  for (auto _ : state) benchmark::DoNotOptimize(planlint::dates::scan(passage, c));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(passage.size()));
}
BENCHMARK(scan_action_passage);

}  // namespace
