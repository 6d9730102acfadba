#include "engine/text/fixed_patterns.hpp"

#include <algorithm>
#include <iterator>
#include <limits>

#include "engine/text/cursor.hpp"

namespace planlint::text::patterns {

namespace {

// `(?: ?so\b)?`: the word "số" ("Tiêu chí số 2.1"), if it is there.
void take_so_word(cursor& c) {
  cursor tried = c;
  tried.take(' ');
  if (tried.take("so") && tried.at_word_boundary()) c = tried;
}

// ` ?:? ?`: what joins a keyword to its number ("Tiêu chí: 1.1", "Tiêu chuẩn 2").
void take_joint(cursor& c) {
  c.take(' ');
  c.take(':');
  c.take(' ');
}

// `(?:dat|len) `: the verb before the level aimed at ("đạt Mức 2", "lên Mức 3").
bool take_verb(cursor& c) {
  cursor tried = c;
  if (!(tried.take("dat") || tried.take("len")) || !tried.take(' ')) return false;
  c = tried;
  return true;
}

// `muc(?: ?do)?`: "Mức" or "Mức độ".
bool take_muc_word(cursor& c) {
  if (!c.take("muc")) return false;
  cursor tried = c;
  tried.take(' ');
  if (tried.take("do")) c = tried;
  return true;
}

// `(?:khong|chua) ?dat`: "Không đạt", "Chưa đạt".
bool take_not_met(cursor& c) {
  if (!(c.take("khong") || c.take("chua"))) return false;
  c.take(' ');
  return c.take("dat");
}

// A mention of a level starting at `p` (the caller has seen a word begin there).
std::optional<level_mention> level_mention_at(std::string_view folded, std::size_t p) {
  cursor c(folded, p);
  level_mention m;
  m.after_verb = take_verb(c);
  m.begin = c.at();
  if (take_muc_word(c)) {
    m.muc_begin = m.begin;
    m.muc_end = c.at();
    c.take(' ');
    if (!c.take_digits(1, std::numeric_limits<std::size_t>::max(), &m.digits)) return std::nullopt;
  } else if (!take_not_met(c)) {
    return std::nullopt;
  }
  if (!c.at_word_boundary()) return std::nullopt;
  m.end = c.at();
  return m;
}

// ` (?:ban hanh|ve|ve viec|v/v|quy dinh|huong dan|ngay)\b|[,;.()]| ?$` at `c`: an issuer's
// name ends here.
bool issuer_ends_at(cursor c) {
  if (c.take_any_of(",;.()") || c.at_end()) return true;
  if (!c.take(' ')) return false;
  if (c.at_end()) return true;
  for (std::string_view word : {"ban hanh", "ve", "ve viec", "v/v", "quy dinh", "huong dan", "ngay"}) {
    cursor tried = c;
    if (tried.take(word) && tried.at_word_boundary()) return true;
  }
  return false;
}

void skip_spaces_and_commas(cursor& c) {
  while (c.take_any_of(" ,")) {
  }
}

}  // namespace

std::size_t criterion_keyword_end(std::string_view folded) {
  cursor c(folded);
  if (c.take("tieu")) {
    c.take(' ');
    if (!c.take("chi")) return 0;
  } else if (!c.take("tc")) {
    return 0;
  }
  take_so_word(c);
  take_joint(c);
  return c.at();
}

std::size_t standard_keyword_end(std::string_view folded) {
  cursor c(folded);
  if (!c.take("tieu")) return 0;
  c.take(' ');
  if (!c.take("chuan")) return 0;
  take_so_word(c);
  take_joint(c);
  return c.at();
}

std::optional<criterion_code> criterion_code_at(std::string_view folded, std::size_t at) {
  cursor c(folded, at);
  criterion_code code;
  if (!c.take_digits(1, 3, &code.standard)) return std::nullopt;
  c.take(' ');
  if (!c.take('.')) return std::nullopt;
  c.take(' ');
  if (!c.take_digits(1, 3, &code.number)) return std::nullopt;
  code.end = c.at();
  return code;
}

std::optional<level_cell> level_cell_of(std::string_view folded) {
  cursor c(folded);
  level_cell cell;
  if (take_not_met(c)) return c.at_end() ? std::optional(cell) : std::nullopt;
  c = cursor(folded);
  c.take("dat ");
  cell.muc_begin = c.at();
  if (!take_muc_word(c)) return std::nullopt;
  cell.muc_end = c.at();
  cursor tried = c;
  tried.take(' ');
  if (tried.take_digits(1, 3, &cell.digits)) c = tried;
  return c.at_end() ? std::optional(cell) : std::nullopt;
}

std::optional<level_mention> next_level_mention(std::string_view folded, std::size_t from) {
  // A mention begins a word (\b, then a letter): not after a word byte.
  for (std::size_t p = from; p < folded.size(); ++p) {
    if (p > 0 && is_regex_word_byte(folded[p - 1])) continue;
    if (auto m = level_mention_at(folded, p)) return m;
  }
  return std::nullopt;
}

std::optional<group> citation_date_at(std::string_view folded, std::size_t at) {
  cursor c(folded, at);
  skip_spaces_and_commas(c);
  group g;
  g.begin = c.at();
  if (!c.take("ngay")) return std::nullopt;
  c.take(' ');
  if (!c.take_digits(1, 2)) return std::nullopt;
  c.take(' ');
  if (c.take("thang")) {  // "ngày 22 tháng 8 năm 2018"
    c.take(' ');
    if (!c.take_digits(1, 2)) return std::nullopt;
    c.take(' ');
    if (!c.take("nam")) return std::nullopt;
    c.take(' ');
    if (!c.take_digits(4, 4)) return std::nullopt;
  } else {  // "ngày 22/8/2018"
    if (!c.take_any_of("/.-")) return std::nullopt;
    c.take(' ');
    if (!c.take_digits(1, 2)) return std::nullopt;
    c.take(' ');
    if (!c.take_any_of("/.-")) return std::nullopt;
    c.take(' ');
    if (!c.take_digits(2, 4)) return std::nullopt;
  }
  g.end = c.at();
  return g;
}

std::optional<citation_head> next_citation_head(std::string_view folded, std::size_t from) {
  // In the expression's order: where one type begins another, the longer comes first.
  static constexpr std::string_view types[] = {
      "thong tu lien tich", "thong tu", "cong van", "van ban hop nhat", "van ban", "quyet dinh", "nghi dinh",
      "nghi quyet", "chi thi", "luat", "ke hoach", "huong dan", "thong bao"};
  for (std::size_t p = from; p < folded.size(); ++p) {
    if (p > 0 && is_regex_word_byte(folded[p - 1])) continue;  // \b, then a letter
    cursor c(folded, p);
    const auto type = std::find_if(std::begin(types), std::end(types), [&](std::string_view t) { return c.take(t); });
    if (type == std::end(types)) continue;
    citation_head head;
    head.type = {p, c.at()};
    c.take(' ');
    cursor so = c;
    if (so.take("so") && so.at_word_boundary()) {
      take_joint(so);
      head.so = {c.at(), so.at()};
      c = so;
    } else {
      head.so = {c.at(), c.at()};
    }
    const std::size_t digit_begin = c.at();
    c.take_digits(1, 1);
    head.digit = {digit_begin, c.at()};
    return head;
  }
  return std::nullopt;
}

std::optional<group> citation_issuer_at(std::string_view folded, std::size_t at) {
  cursor c(folded, at);
  skip_spaces_and_commas(c);
  if (!c.take("cua ")) return std::nullopt;
  group g;
  g.begin = c.at();
  // The fewest words (up to twelve) after which the name ends: the expression's lazy {0,11}?.
  for (int words = 1;; ++words) {
    if (!c.take_none_of(" ,;.()")) return std::nullopt;
    g.end = c.at();
    if (issuer_ends_at(c)) return g;
    if (words == 12 || !c.take(' ')) return std::nullopt;
  }
}

}  // namespace planlint::text::patterns
