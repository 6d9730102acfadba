#include "engine/text/owners.hpp"

#include <boost/container/small_vector.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "engine/text/normalize.hpp"
#include "engine/text/strip.hpp"

namespace planlint::text {

namespace {

bool is_ascii_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Folded; what may start a party after a comma even when written in lower case.
constexpr std::array<std::string_view, 36> role_words = {
    "hieu truong", "pho hieu truong", "hieu pho",  "to truong",  "to pho",
    "to chuyen mon", "giao vien",     "gv",        "gvcn",       "gvbm",
    "cbql",        "cbgv",            "cb",        "cnv",        "nhan vien",
    "chi doan",    "chi bo",          "lien doi",  "cong doan",  "doan thanh nien",
    "tong phu trach", "tptd",         "ke toan",   "van thu",    "thu quy",
    "thu vien",    "y te",            "ubnd",      "phong",      "ban",
    "cong an",     "hoi dong",        "ttcm",      "bi thu",     "chu tich",
    "nha truong"};

// Punctuation that surrounds a party but is no part of it.
constexpr std::string_view party_trim = " .,;:-+*";

bool starts_with_word(std::string_view folded, std::string_view word) {
  if (folded.substr(0, word.size()) != word) return false;
  if (folded.size() == word.size()) return true;
  unsigned char next = static_cast<unsigned char>(folded[word.size()]);
  return !(std::isalnum(next) || next >= 0x80);
}

// The first code point of `text` from `at` after white space.
UChar32 first_letter(std::string_view text, std::size_t at) {
  auto i = static_cast<int32_t>(at);
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c >= 0 && !u_isUWhiteSpace(c) && c != 0xA0) return c;
  }
  return -1;
}

// Whether the text after a comma starts a new party.
bool starts_party(std::string_view text, std::size_t at, std::size_t end) {
  if (u_isupper(first_letter(text.substr(0, end), at))) return true;
  std::string folded = fold(text.substr(at, end - at));
  return std::any_of(role_words.begin(), role_words.end(),
                     [&](std::string_view role) { return starts_with_word(folded, role); });
}

// The length of a bullet ("-", "–", "—", "•", "*", "+" and a space) at `at`, or 0.
std::size_t bullet_at(std::string_view text, std::size_t at) {
  static constexpr std::array<std::string_view, 6> bullets = {"-", "*", "+", "\u2022", "\u2013", "\u2014"};
  for (std::string_view b : bullets)
    if (text.substr(at, b.size()) == b) {
      std::size_t after = at + b.size();
      if (after < text.size() && (text[after] == ' ' || text[after] == '\t')) return b.size();
    }
  return 0;
}

// A cell's byte ranges, on the stack: a cell names a few parties, and two vectors a cell were
// two heap allocations per row.
using spans = boost::container::small_vector<span, 16>;

// Where the cell breaks into pieces before the comma rule: [begin, end) byte ranges.
spans pieces(std::string_view cell) {
  spans out;
  std::size_t begin = 0;
  auto cut = [&](std::size_t end, std::size_t next) {
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    begin = next;
  };
  for (std::size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c == ';' || c == '+') {
      cut(i, i + 1);
    } else if (c == '\n') {
      std::size_t j = cell.find_first_not_of(" \t\r\n", i);
      if (j == std::string_view::npos) continue;
      if (std::size_t length = bullet_at(cell, j)) {
        cut(i, j + length);
        i = j + length - 1;
      }
    }
  }
  cut(cell.size(), cell.size());
  return out;
}

// A piece split further at the commas that start a new party.
void split_commas(std::string_view cell, span piece, spans& out) {
  std::size_t begin = piece.begin;
  for (std::size_t i = piece.begin; i < piece.end; ++i) {
    if (cell[i] != ',' || !starts_party(cell, i + 1, piece.end)) continue;
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
    begin = i + 1;
  }
  out.push_back({static_cast<std::uint32_t>(begin), piece.end});
}

// The piece trimmed of surrounding punctuation and white space (NBSP and bullets too).
span trimmed(std::string_view cell, span piece) {
  std::string_view text = cell.substr(piece.begin, piece.end - piece.begin);
  // A piece that begins and ends with an ASCII letter or digit ("Hiệu trưởng", "Tổ trưởng
  // CM", most of them) has nothing to trim: no fold (one per party was most of reading a cell).
  if (!text.empty() && is_ascii_letter_or_digit(text.front()) && is_ascii_letter_or_digit(text.back())) return piece;
  folded_text f = fold_with_origins(text);
  std::string_view key = f.text;
  std::string_view inner = strip_front(key, party_trim);
  if (inner.substr(0, 3) == "\u2022") inner = strip_front(inner.substr(3), party_trim);
  inner = strip_back(inner, party_trim);
  if (inner.empty()) return {piece.begin, piece.begin};
  std::size_t b = static_cast<std::size_t>(inner.data() - key.data());
  span local = f.source_span(b, b + inner.size());
  return {piece.begin + local.begin, piece.begin + local.end};
}

}  // namespace

std::vector<party> read_owners(std::string_view cell) {
  const spans cut = pieces(cell);
  spans parts;
  for (span piece : cut) split_commas(cell, piece, parts);
  std::vector<party> out;
  out.reserve(parts.size());  // sized once: a cell names a few parties, and growing cost two or three allocations
  for (span part : parts) {
    span bytes = trimmed(cell, part);
    if (bytes.empty()) continue;
    out.push_back({normalize(cell.substr(bytes.begin, bytes.end - bytes.begin)), bytes});
  }
  return out;
}

namespace {

// More ASCII letters and digits than the longest placeholder has ("chua phan cong": 12).
// Stops at the thirteenth: most owner cells ("Phó Hiệu trưởng", "Tổ trưởng chuyên môn")
// have that many within their first twenty bytes, and rules ask this of every row.
bool has_too_many_letters_for_a_placeholder(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    letters += is_ascii_letter_or_digit(c);
    if (letters > 12) return true;
  }
  return false;
}

}  // namespace

bool is_placeholder(std::string_view owner) {
  static constexpr std::array<std::string_view, 12> placeholders = {
      "x", "xx", "xxx", "tbd", "todo", "n/a", "na", "chua phan cong", "dang cap nhat",
      "chua xac dinh", "chua co", "khong co"};
  // Folding a prefix folds to a prefix of the key, so the prefix's letters are the key's: a
  // long text (a row's actions, say) is judged from its first 64 bytes without folding it all.
  // A text no longer than that is folded once, its prefix being the whole of it.
  constexpr std::size_t judged = 64;
  // Each ASCII letter or digit folds to one in the key: a prefix with too many of them is
  // judged without folding (most cells a rule asks about: actions, "Phó Hiệu trưởng …").
  if (has_too_many_letters_for_a_placeholder(owner.substr(0, judged))) return false;
  std::string key = fold(owner.substr(0, judged));
  if (has_too_many_letters_for_a_placeholder(key)) return false;
  if (owner.size() > judged) key = fold(owner);
  for (std::size_t at; (at = key.find("\u2026")) != std::string::npos;) key.replace(at, 3, ".");
  std::string_view inner = strip_both(key, " .,;:-_*?!/()[]");
  return inner.empty() ||
         std::find(placeholders.begin(), placeholders.end(), inner) != placeholders.end();
}

}  // namespace planlint::text
