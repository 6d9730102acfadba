#pragma once
// How close a title written in a plan is to the official name of a criterion or standard.
// Both compare the folded words (marks, case and punctuation ignored).
#include <string_view>

namespace planlint::text {

// The Dice coefficient over the two titles' word multisets: 2·|common| / (|a| + |b|), in
// [0, 1], 1 only when both have the same words. Words rather than characters because titles
// differ by whole words left out or added ("Hoạt động và kết quả giáo dục" against
// "Hoạt động giáo dục và kết quả giáo dục": 0.875), and a multiset rather than a sequence
// because an edit distance over words gives no better ranking here at more cost; the order
// of words is checked by is_faithful_prefix where it matters. Two empty titles: 1.
double title_similarity(std::string_view a, std::string_view b);

// Whether `written` is the official title cut short without changing its meaning: its words
// are the official title's first words, and the cut either is marked ("…", "...") or falls
// inside a phrase. A cut before "và"/"hoặc" or at a comma, semicolon or hyphen of the
// official title is not faithful: the shortened title reads as a complete, different list
// ("Cán bộ quản lý, giáo viên, nhân viên" of "… nhân viên và học sinh" drops the pupils),
// while "Tổ chức Đảng Cộng" of "Tổ chức Đảng Cộng sản Việt Nam, …" cannot be read as whole.
// The full title is a faithful prefix of itself; an empty `written` is not.
bool is_faithful_prefix(std::string_view written, std::string_view official);

}  // namespace planlint::text
