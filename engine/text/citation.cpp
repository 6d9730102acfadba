#include "engine/text/citation.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "engine/text/fixed_patterns.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::text {

namespace {

// ---- the number and symbol, scanned on the text as written ----------------------------
// Case matters here ("KH LTK" continues a symbol, "ngày" does not), so this part reads the
// original bytes, not the folded key.

UChar32 code_point_at(std::string_view t, std::size_t at, std::size_t* next) {
  auto i = static_cast<int32_t>(at);
  UChar32 c = -1;
  if (at < t.size()) U8_NEXT(t.data(), i, static_cast<int32_t>(t.size()), c);
  *next = static_cast<std::size_t>(i);
  return c;
}

bool is_mark(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }
bool is_symbol_char(UChar32 c) { return c >= 0 && (u_isalpha(c) || u_isdigit(c) || c == '&' || is_mark(c)); }
bool is_dash(UChar32 c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_hspace(UChar32 c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x2007 || c == 0x202F; }

template <typename Pred>
std::size_t skip_while(std::string_view t, std::size_t at, Pred pred) {
  for (std::size_t next; at < t.size() && pred(code_point_at(t, at, &next));) at = next;
  return at;
}

std::size_t skip_hspace(std::string_view t, std::size_t at) { return skip_while(t, at, is_hspace); }
std::size_t word_end(std::string_view t, std::size_t at) { return skip_while(t, at, is_symbol_char); }
std::size_t digits_end(std::string_view t, std::size_t at) {
  return skip_while(t, at, [](UChar32 c) { return c >= '0' && c <= '9'; });
}

// A word in capitals ("ĐT", "LTK", "QH14"): what may continue a symbol after a space.
bool capital_word(std::string_view t, std::size_t begin, std::size_t end) {
  bool letter = false;
  for (std::size_t i = begin, next; i < end; i = next) {
    UChar32 c = code_point_at(t, i, &next);
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      letter = true;
    }
  }
  return letter;
}

std::optional<int> to_int(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  return std::stoi(std::string(digits));
}

struct number_symbol {
  std::optional<int> number, year;
  std::size_t symbol_begin = 0, symbol_end = 0;
  std::size_t end = 0;
};

// The symbol's words from `at`, joined by "-" or "/" (any word) or by spaces (a capital word).
std::size_t symbol_end(std::string_view t, std::size_t at) {
  std::size_t end = word_end(t, at);
  if (end == at) return at;
  for (;;) {
    std::size_t q = skip_hspace(t, end), after;
    UChar32 c = code_point_at(t, q, &after);
    bool joiner = is_dash(c) || c == '/';
    std::size_t word = joiner ? skip_hspace(t, after) : q;
    std::size_t next = word_end(t, word);
    bool spaced = q > end || (joiner && word > after);
    if (next == word || (!joiner && q == end)) return end;
    if (spaced && !capital_word(t, word, next)) return end;
    end = next;
  }
}

number_symbol scan_number_symbol(std::string_view t, std::size_t at) {
  number_symbol out;
  out.end = digits_end(t, at);
  out.number = to_int(t.substr(at, out.end - at));
  out.symbol_begin = out.symbol_end = out.end;
  std::size_t slash = skip_hspace(t, out.end);
  if (slash >= t.size() || t[slash] != '/') return out;
  std::size_t k = skip_hspace(t, slash + 1);
  std::size_t year_end = digits_end(t, k);
  std::size_t after_year = skip_hspace(t, year_end);
  if (year_end - k == 4 && after_year < t.size() && t[after_year] == '/') {
    out.year = to_int(t.substr(k, 4));
    out.end = year_end;
    k = skip_hspace(t, after_year + 1);
  }
  std::size_t end = symbol_end(t, k);
  if (end > k) out.symbol_begin = k, out.symbol_end = out.end = end;
  return out;
}

// ---- the rest, read on the folded key ---------------------------------------------------

std::string shown(std::string_view t, span s) { return normalize(t.substr(s.begin, s.end - s.begin)); }

// Takes a part found at folded byte `from` into `text` and `bytes`; moves `from` past it.
bool take_part(const std::optional<patterns::group>& part, std::string_view t, const folded_text& f,
               std::size_t& from, std::string& text, span& bytes) {
  if (!part) return false;
  bytes = f.source_span(part->begin, part->end);
  text = shown(t, bytes);
  from = part->end;
  return true;
}

// A date right after `from` ("…, ngày 22 tháng 8 năm 2018", "ngày 22/8/2018").
bool read_date(std::string_view t, const folded_text& f, std::size_t& from, citation& c) {
  return take_part(patterns::citation_date_at(f.text, from), t, f, from, c.date_text, c.date_bytes);
}

// "của <issuer>" right after `from`, up to the words that start what the document is about.
bool read_issuer(std::string_view t, const folded_text& f, std::size_t& from, citation& c) {
  return take_part(patterns::citation_issuer_at(f.text, from), t, f, from, c.issuer, c.issuer_bytes);
}

}  // namespace

std::vector<citation> find_citations(std::string_view text) {
  const folded_text f = fold_with_origins(text);
  std::vector<citation> out;
  std::size_t from = 0;
  while (from < f.text.size()) {
    const std::optional<patterns::citation_head> head = patterns::next_citation_head(f.text, from);
    if (!head) break;
    from = head->type.end;
    const bool has_so = head->so.end > head->so.begin, has_digit = head->digit.end > head->digit.begin;
    if (!has_so && !has_digit) continue;  // "theo Thông tư này": no number
    citation c;
    span type_bytes = f.source_span(head->type.begin, head->type.end);
    c.type = shown(text, type_bytes);
    std::uint32_t end = type_bytes.end;
    if (has_digit) {
      std::uint32_t at = f.source_begin(head->digit.begin);
      number_symbol n = scan_number_symbol(text, at);
      c.number_bytes = {at, static_cast<std::uint32_t>(n.end)};
      c.number_symbol = shown(text, c.number_bytes);
      c.number = n.number;
      c.year_in_number = n.year;
      c.symbol = shown(text, {static_cast<std::uint32_t>(n.symbol_begin), static_cast<std::uint32_t>(n.symbol_end)});
      c.well_formed = well_formed_number_symbol(text.substr(at, n.end - at));
      end = c.number_bytes.end;
    } else {
      std::size_t so_end = head->so.end;
      while (f.text[so_end - 1] == ' ') --so_end;  // the group ends in the space before a number
      end = f.source_end(so_end);
      c.number_bytes = {end, end};
    }
    from = f.folded_at(end);
    bool dated = read_date(text, f, from, c);
    if (read_issuer(text, f, from, c) && !dated) read_date(text, f, from, c);
    c.bytes = {type_bytes.begin, std::max({end, c.date_bytes.end, c.issuer_bytes.end})};
    out.push_back(std::move(c));
  }
  return out;
}

bool well_formed_number_symbol(std::string_view text) {
  static const RE2 prefix(R"(so ?:? ?)");
  // The capital letters of the Vietnamese alphabet, spelled out: \p{Lu} (every script's
  // capitals) made this one pattern cost 0.5 ms to compile, most of a one-plan run's RE2 time.
  static const RE2 shape(
      R"(\d+(?:/\d{4})?/[A-Z\d&ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]+(?:-[A-Z\d&ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]+)+|\d+/\d{4}/(?:UBTV)?QH\d+)");
  const folded_text f = fold_with_origins(text);
  re2::StringPiece g[1];
  std::size_t skip = prefix.Match(f.text, 0, f.text.size(), RE2::ANCHOR_START, g, 1) ? g[0].size() : 0;
  span rest = f.source_span(skip, f.text.size());
  return RE2::FullMatch(compose(text.substr(rest.begin, rest.end - rest.begin)), shape);
}

}  // namespace planlint::text
