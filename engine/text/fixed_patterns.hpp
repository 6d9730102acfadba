#pragma once
// The fixed patterns the text readers look for in a folded text (text::fold: lower case, no
// marks, one space between words), each read by plain code over a cursor. Each function
// says which regular expression it stands for, with RE2's leftmost-first meaning and its
// ASCII \b; tests/text_fixed_patterns_test.cpp holds every one to its expression, run by
// RE2, on generated texts.
//
// Why not RE2 itself: these ran some 110 times a check, each match paying RE2's fixed cost
// (a lock on the compiled program's cache, the search set-up, a second pass for the groups;
// 19,000 instructions for the issuer's lazy repeat), 6% of a check's instructions (callgrind:
// 1.925 M a check with RE2, 1.807 M without). RE2 stays where a pattern is not known beforehand
// (a rule pack's matches() and find_all()) and for a document number's shape, which is
// asked of the composed text, capital letters and all.
#include <cstddef>
#include <optional>
#include <string_view>

namespace planlint::text::patterns {

// `(?:tieu ?chi|tc)(?: ?so\b)? ?:? ?` at the start: where it ends, 0 without it.
std::size_t criterion_keyword_end(std::string_view folded);
// `tieu ?chuan(?: ?so\b)? ?:? ?` at the start: where it ends, 0 without it.
std::size_t standard_keyword_end(std::string_view folded);

// `(\d{1,3}) ?\. ?(\d{1,3})` at `at`: the two numbers' digits and where the match ends.
struct criterion_code {
  std::string_view standard, number;
  std::size_t end = 0;
};
std::optional<criterion_code> criterion_code_at(std::string_view folded, std::size_t at);

// `(?:dat )?(muc(?: ?do)?)(?: ?(\d{1,3}))?|(?:khong|chua) ?dat`, the whole text: a level
// cell. `muc_word` (offsets) is empty for "không đạt"; `digits` may be empty after it.
struct level_cell {
  std::size_t muc_begin = 0, muc_end = 0;
  std::string_view digits;
};
std::optional<level_cell> level_cell_of(std::string_view folded);

// `\b(?:(dat|len) )?((muc(?: ?do)?) ?(\d+)|(?:khong|chua) ?dat)\b`, searched from `from`:
// a level named in a sentence. [begin, end) is the second group (without the verb).
struct level_mention {
  std::size_t begin = 0, end = 0;
  bool after_verb = false;
  std::size_t muc_begin = 0, muc_end = 0;  // equal for "không đạt"
  std::string_view digits;
};
std::optional<level_mention> next_level_mention(std::string_view folded, std::size_t from);

// `[ ,]*(ngay ?\d{1,2} ?(?:thang ?\d{1,2} ?nam ?\d{4}|[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}))` at
// `at`, and
// `[ ,]*cua ([^ ,;.()]+(?: [^ ,;.()]+){0,11}?)(?: (?:ban hanh|ve|ve viec|v/v|quy dinh|huong dan|ngay)\b|[,;.()]| ?$)`
// at `at`: a citation's date and its issuer (up to the words that start what the document is
// about). The offsets of the group.
struct group {
  std::size_t begin = 0, end = 0;
};
std::optional<group> citation_date_at(std::string_view folded, std::size_t at);

// `\b(thong tu lien tich|thong tu|cong van|van ban hop nhat|van ban|quyet dinh|nghi dinh|`
// `nghi quyet|chi thi|luat|ke hoach|huong dan|thong bao) ?(so\b ?:? ?)?(\d)?`, searched
// from `from`: where a citation may begin ("Thông tư số 18/…"). `so` and `digit` are empty
// (begin == end) when their group took no part.
struct citation_head {
  group type, so, digit;
};
std::optional<citation_head> next_citation_head(std::string_view folded, std::size_t from);
std::optional<group> citation_issuer_at(std::string_view folded, std::size_t at);

}  // namespace planlint::text::patterns
