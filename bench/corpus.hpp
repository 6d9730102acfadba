#pragma once
// A deterministic generator of realistic plan documents (plan format 1) for benchmarks and
// for measuring the rules on many plans. Plans have the shape of the seed plans: a school of
// one level with its framework's real standards and criteria (from the embedded catalog), a
// document header, numbered parts, legal basis, an optional self-assessment, and improvement
// rows with every timeline form the seeds and the contract use; some are written without
// diacritics, in decomposed Unicode, or with non-breaking spaces and en dashes. A share of the
// plans carries 1-4 defects of the kinds the seed plans carry.
//
// The same (seed, index) gives byte-identical JSON on every machine: the generator draws from
// its own splitmix64 stream (never from <random>'s distributions, whose output the standard
// leaves to the implementation) and emits no floating-point numbers.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace planlint::bench {

struct corpus_options {
  std::uint64_t seed = 1;
  std::size_t min_rows = 10, max_rows = 200;
  double defect_share = 0.3;  // the probability that a plan carries defects
};

// The defects a generated plan may carry, modelled on fixtures/plans/README.md.
enum class defect {
  malformed_number,        // "94/KH LTK": a space instead of the hyphen (S0-01)
  section_jump,            // parts I, II, III, VI (S0-03, S2-02)
  two_year_deadline,       // completion "Năm học 2024 - 2026" (S0-13)
  open_ended_deadline,     // "… và những năm tiếp theo", "Thường xuyên", "Hằng năm" (S0-16)
  stale_period,            // "giai đoạn 2022 - 2024" in an action (S0-14)
  other_school_year,       // a paragraph about the previous school year (S0-04)
  missing_owner,           // owners ""
  placeholder_owner,       // owners "…"
  missing_deadline,        // timeline ""
  early_start,             // "Từ tháng 6/2024 đến tháng 5/2025", "Quý III/2024": starts before
                           // the school year (S0-17)
  unknown_criterion,       // "Tiêu chí 1.11", "Tiêu chí 6.1"
  level_above_criterion,   // target Mức 3 on a criterion whose levels stop at Mức 2
  wrong_standard_name,     // "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên" (S0-10)
  missing_legal_basis,     // no legal_basis at all
  citation_typo,           // "18/2018/TT-BGD ĐT"
  missing_recipients,      // no document.recipients
};
inline constexpr std::size_t defect_kind_count = 16;
std::string_view defect_name(defect d);  // "malformed_number", …

// How the text of a plan is written.
enum class writing {
  composed,      // NFC with diacritics, as the seeds
  decomposed,    // NFD, as some Word and PDF exports
  no_diacritics, // "Tieu chi 1.1", "Thang 9/2024" throughout
};

struct generated_plan {
  std::string json;              // the plan, pretty-printed, UTF-8, ending in a newline
  std::vector<defect> defects;   // what it carries, in the order applied; empty when clean
  writing style = writing::composed;
  std::size_t rows = 0;
};

generated_plan generate(const corpus_options& options, std::size_t index);

// One plan's JSON text: generate(options, index).json.
std::string generate_plan(const corpus_options& options, std::size_t index);
// A plan with the shape and size of seed 000: a THCS school under TT18, 12 rows (about
// 15-20 KB).
std::string generate_seed_sized_plan(std::uint64_t seed, std::size_t index);
// A plan with 200 rows.
std::string generate_large_plan(std::uint64_t seed, std::size_t index);

struct write_corpus_result {
  std::size_t written = 0;
  std::string error;  // empty on success: what failed, with the path
  bool ok() const { return error.empty(); }
};

// Writes plans 1 … count as DIR/plan-000001.json … (file k holds generate(options, k)), and
// DIR/MANIFEST.tsv listing each file with its writing style and defects, so that findings can
// be compared with what was planted. Creates DIR when missing.
write_corpus_result write_corpus(const std::filesystem::path& directory, std::size_t count,
                                 const corpus_options& options);

}  // namespace planlint::bench
