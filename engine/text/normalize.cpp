#include "engine/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

namespace planlint::text {

namespace {

bool is_space_from_icu(UChar32 c) {
  return c == 0xA0 || c == 0x2007 || c == 0x202F || u_isUWhiteSpace(c);
}

bool is_combining_mark_from_icu(UChar32 c) {
  return c >= 0x300 && (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_ENCLOSING_MARK);
}

// ICU's answers for the characters below U+2000 (Latin, the combining marks, Latin Extended
// Additional: every letter of a Vietnamese text), asked once: a call into ICU per letter was
// a tenth of the time normalising and folding took.
struct low_characters {
  static constexpr UChar32 limit = 0x2000;
  static constexpr unsigned char space = 1, mark = 2;
  unsigned char flags[limit] = {};
  low_characters() {
    for (UChar32 c = 0; c < limit; ++c)
      flags[c] = static_cast<unsigned char>((is_space_from_icu(c) ? space : 0) |
                                            (is_combining_mark_from_icu(c) ? mark : 0));
  }
};

// Built at start-up (a few thousand ICU calls) rather than on first use: a function-local
// static's guard, checked per character, cost as much as the lookup.
const low_characters low_table;

bool is_space(UChar32 c) {
  // Most of every plan is ASCII, even a Vietnamese one: answer those inline.
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c < low_characters::limit) return low_table.flags[c] & low_characters::space;
  return is_space_from_icu(c);
}

bool is_combining_mark(UChar32 c) {
  if (c < low_characters::limit) return c >= 0x300 && (low_table.flags[c] & low_characters::mark);
  return is_combining_mark_from_icu(c);
}

// Characters that print as nothing. Word and PDF exports scatter them inside words
// ("Tiêu\u200Bchí"), so they are dropped rather than read as a space.
bool is_invisible(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         c == 0x00AD;
}

bool is_dash(UChar32 c) {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
         c == 0xFF0D;
}

// The folding of white space, dashes and invisible characters, one character at a time:
// put(start, end, c) takes the character c read from source bytes [start, end) and calls
// emit(begin, end, c) for each one kept, with the source bytes it stands for; a space stands
// for the whole run of white space before the next kept character, and none is kept first
// or last.
struct space_folder {
  bool pending_space = false;
  bool at_start = true;
  int32_t space_start = 0;
  template <typename Emit>
  void put(int32_t start, int32_t end, UChar32 c, Emit& emit) {
    if (c >= 0x80) {  // ASCII (most of any plan) is neither invisible nor a Unicode dash
      if (is_invisible(c)) return;
      if (is_dash(c)) c = '-';
    }
    if (is_space(c)) {
      if (!pending_space) space_start = start;
      pending_space = !at_start;
      return;
    }
    if (pending_space) emit(space_start, start, static_cast<UChar32>(' '));
    pending_space = false;
    at_start = false;
    emit(start, end, c);
  }
};

// Folds white space and dashes of an NFC (or folded) text in one UTF-8 pass (space_folder).
template <typename Emit>
void fold_spaces(std::string_view in, Emit emit) {
  space_folder folder;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(in.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c = static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(in.data(), i, length, c);
      if (c < 0) c = 0xFFFD;
    }
    folder.put(start, i, c, emit);
  }
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
  return *instance;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
  return *instance;
}

// The letter a Vietnamese character is built on, in lower case: "Ệ" → "e", "Đ" → "d".
UChar32 base_letter_from_icu(UChar32 c) {
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0) return 'd';
  icu::UnicodeString decomposition;
  if (nfd().getDecomposition(c, decomposition) && decomposition.length() > 0)
    c = decomposition.char32At(0);
  return u_tolower(c);
}

// base_letter() of the Latin blocks Vietnamese is written in (Latin-1 Supplement, Latin
// Extended-A and -B, Latin Extended Additional), computed once: folding asked ICU for a
// decomposition per letter, which was most of the time a check spent in fold().
struct latin_letters {
  static constexpr UChar32 low_first = 0x80, low_last = 0x24F;
  static constexpr UChar32 high_first = 0x1E00, high_last = 0x1EFF;
  UChar32 low[low_last - low_first + 1];
  UChar32 high[high_last - high_first + 1];
  latin_letters() {
    for (UChar32 c = low_first; c <= low_last; ++c) low[c - low_first] = base_letter_from_icu(c);
    for (UChar32 c = high_first; c <= high_last; ++c) high[c - high_first] = base_letter_from_icu(c);
  }
};

UChar32 ascii_lower(UChar32 c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// Built at start-up, like low_table: a function-local static's guard was checked per letter.
const latin_letters latin_table;

UChar32 base_letter(UChar32 c) {
  if (c < 0x80) return ascii_lower(c);
  const latin_letters& table = latin_table;
  if (c <= latin_letters::low_last) return table.low[c - latin_letters::low_first];
  if (c >= latin_letters::high_first && c <= latin_letters::high_last)
    return table.high[c - latin_letters::high_first];
  return base_letter_from_icu(c);
}

// The letters of latin_letters' blocks that fold to one ASCII byte with nothing else to ask:
// neither white space, invisible, a dash nor a combining mark, with a base letter in ASCII
// other than a space (every letter of a Vietnamese text). 0 for the others, which take the
// folder's general path.
struct plain_letters {
  char low[latin_letters::low_last - latin_letters::low_first + 1];
  char high[latin_letters::high_last - latin_letters::high_first + 1];
  plain_letters() {
    for (UChar32 c = latin_letters::low_first; c <= latin_letters::low_last; ++c)
      low[c - latin_letters::low_first] = key_of(c);
    for (UChar32 c = latin_letters::high_first; c <= latin_letters::high_last; ++c)
      high[c - latin_letters::high_first] = key_of(c);
  }
  static char key_of(UChar32 c) {
    if (is_space(c) || is_invisible(c) || is_dash(c) || is_combining_mark(c)) return 0;
    const UChar32 base = base_letter(c);
    return base > 0 && base < 0x80 && base != ' ' ? static_cast<char>(base) : 0;
  }
  // c >= 0x80.
  char of(UChar32 c) const {
    if (c <= latin_letters::low_last) return low[c - latin_letters::low_first];
    if (c >= latin_letters::high_first && c <= latin_letters::high_last)
      return high[c - latin_letters::high_first];
    return 0;
  }
};

const plain_letters plain_table;  // after latin_table, which it reads

// The code point at b[i] (a byte >= 0x80) when it is a well-formed two-byte sequence
// (U+0080-U+07FF) or a Latin Extended Additional letter (E1 B8-BB xx: U+1E00-U+1EFF), the
// sequences a Vietnamese text is made of, with its length; -1 for anything else, which
// U8_NEXT reads with every check. Forced inline: GCC kept it a call in the folder's loop, and
// the call cost as much as the decoding.
[[gnu::always_inline]] inline UChar32 latin_at(const unsigned char* b, std::size_t i, std::size_t n, std::size_t& length) {
  const unsigned char lead = b[i];
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n && (b[i + 1] & 0xC0) == 0x80) {
    length = 2;
    return ((lead & 0x1F) << 6) | (b[i + 1] & 0x3F);
  }
  if (lead == 0xE1 && i + 2 < n && b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB && (b[i + 2] & 0xC0) == 0x80) {
    length = 3;
    return 0x1000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
  }
  return -1;
}

// Well-formed UTF-8 already in NFC (nearly every plan's text) needs no UTF-16 round trip.
bool is_composed(std::string_view utf8) {
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    if (c < 0) return false;  // ill-formed: icu_composed() writes U+FFFD for it
  }
  UErrorCode status = U_ZERO_ERROR;
  bool composed = nfc().isNormalizedUTF8(icu::StringPiece(utf8.data(), length), status);
  return U_SUCCESS(status) && composed;
}

// What compose_latin() may meet, asked of ICU once (on first use): which characters of ASCII and
// latin_letters' blocks are starters that stay as they are (NFC on their own, nothing before
// them composes with them), and the combining class of each combining mark U+0300-U+036F
// that NFC keeps (0 for U+0340, U+0341, U+0343, U+0344, which it replaces, and for any other
// character there that is no mark). Also which characters of General Punctuation
// (U+2000-U+206F) are such starters that normalize() folds to a space, a dash or nothing,
// and the composites of the eight marks Vietnamese is written with.
struct latin_composition {
  static constexpr UChar32 marks_first = 0x300, marks_last = 0x36F;
  static constexpr UChar32 punctuation_first = 0x2000, punctuation_last = 0x206F;
  // Grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
  static constexpr UChar32 vietnamese_marks[] = {0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323};
  static constexpr int mark_count = std::size(vietnamese_marks);
  bool low[latin_letters::low_last + 1];
  bool high[latin_letters::high_last - latin_letters::high_first + 1];
  bool punctuation_folds[punctuation_last - punctuation_first + 1];
  std::uint8_t mark_class[marks_last - marks_first + 1];
  std::int8_t mark_slot[marks_last - marks_first + 1];  // in vietnamese_marks, or -1
  // composePair(starter, mark) of the Latin blocks' starters and the Vietnamese marks; 0 for
  // none (every composite is in the BMP, and none is U+0000). ICU's call was a fifth of
  // composing a decomposed text.
  std::uint16_t low_pairs[latin_letters::low_last + 1][mark_count];
  std::uint16_t high_pairs[latin_letters::high_last - latin_letters::high_first + 1][mark_count];
  latin_composition() {
    for (UChar32 c = 0; c <= latin_letters::low_last; ++c) low[c] = stays(c);
    for (UChar32 c = latin_letters::high_first; c <= latin_letters::high_last; ++c)
      high[c - latin_letters::high_first] = stays(c);
    for (UChar32 c = punctuation_first; c <= punctuation_last; ++c)
      punctuation_folds[c - punctuation_first] = (is_space(c) || is_invisible(c) || is_dash(c)) && stays(c);
    for (UChar32 c = marks_first; c <= marks_last; ++c) {
      mark_class[c - marks_first] = is_nfc(c) ? nfc().getCombiningClass(c) : 0;
      mark_slot[c - marks_first] = -1;
    }
    for (int m = 0; m < mark_count; ++m) {
      mark_slot[vietnamese_marks[m] - marks_first] = static_cast<std::int8_t>(m);
      for (UChar32 c = 0; c <= latin_letters::low_last; ++c) low_pairs[c][m] = pair_of(c, vietnamese_marks[m]);
      for (UChar32 c = latin_letters::high_first; c <= latin_letters::high_last; ++c)
        high_pairs[c - latin_letters::high_first][m] = pair_of(c, vietnamese_marks[m]);
    }
  }
  static bool is_nfc(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const bool yes = nfc().isNormalized(icu::UnicodeString(c), status);
    return U_SUCCESS(status) && yes;
  }
  static bool stays(UChar32 c) {
    return nfc().getCombiningClass(c) == 0 && nfc().hasBoundaryBefore(c) && is_nfc(c);
  }
  static std::uint16_t pair_of(UChar32 starter, UChar32 mark) {
    const UChar32 composite = nfc().composePair(starter, mark);
    return composite > 0 && composite <= 0xFFFF ? static_cast<std::uint16_t>(composite) : 0;
  }
  bool is_starter(UChar32 c) const {
    if (c <= latin_letters::low_last) return low[c];
    return c >= latin_letters::high_first && c <= latin_letters::high_last &&
           high[c - latin_letters::high_first];
  }
  // A starter normalize() writes as a space, a dash or nothing.
  bool folds_alone(UChar32 c) const {
    return c >= punctuation_first && c <= punctuation_last && punctuation_folds[c - punctuation_first];
  }
  // The starter's row of low_pairs or high_pairs; null outside the Latin blocks.
  const std::uint16_t* pairs_of(UChar32 starter) const {
    if (starter <= latin_letters::low_last) return low_pairs[starter];
    if (starter >= latin_letters::high_first && starter <= latin_letters::high_last)
      return high_pairs[starter - latin_letters::high_first];
    return nullptr;
  }
  // composePair(starter, mark): the composite, or -1.
  UChar32 composite(UChar32 starter, UChar32 mark) const {
    const int slot = mark_slot[mark - marks_first];
    if (const std::uint16_t* pairs = slot >= 0 ? pairs_of(starter) : nullptr)
      return pairs[slot] ? pairs[slot] : -1;
    return nfc().composePair(starter, mark);
  }
};

// Built on first use, unlike the folder's tables: it costs some 850,000 instructions of ICU
// calls, which a process that never meets a decomposed text need not pay, and it is asked
// once per text, not per character.
const latin_composition& composition_table() {
  static const latin_composition table;
  return table;
}

// Writes c at out[size] and moves size past it. Inline, on a buffer sized beforehand: an
// append (a call, and a capacity check) per character was a third of compose_latin's cost.
inline void put_utf8(char* out, std::size_t& size, UChar32 c) {
  if (c < 0x80) {  // most starters
    out[size++] = static_cast<char>(c);
    return;
  }
  int32_t length = 0;
  U8_APPEND_UNSAFE(out + size, length, c);
  size += static_cast<std::size_t>(length);
}

// Where compose_latin() puts the composed characters. For compose(): as they are.
struct composed_writer {
  static constexpr bool folds = false;
  explicit composed_writer(char* buffer) : out(buffer) {}
  char* out;
  std::size_t size = 0;
  void put(UChar32 c) { put_utf8(out, size, c); }
};

// For normalize(): through space_folder as they come, as fold_spaces() would fold the
// composed text, which then takes no pass of its own.
struct normalized_writer {
  static constexpr bool folds = true;
  explicit normalized_writer(char* buffer) : out(buffer) {}
  char* out;
  std::size_t size = 0;
  space_folder folder;
  void put(UChar32 c) {
    auto write = [this](int32_t, int32_t, UChar32 kept) { put_utf8(out, size, kept); };
    folder.put(0, 0, c, write);
  }
};

// NFC of a decomposed Latin text (Vietnamese from a Word or PDF export) without ICU's whole
// normalisation, which cost about 6,000 instructions a text: every character must be a
// starter of composition_table() or a mark U+0300-U+036F that follows a starter, in canonical
// order (combining classes not decreasing), and composes with it through ICU's pairwise
// composition (composePair: a canonical composite, never an excluded one). Then NFC is
// exactly these compositions: the starter's own decomposition comes before the mark in
// canonical order (it is the composite's decomposition), so nothing is reordered or
// blocked. False (and `out` of no use) for any other text, which ICU composes.
//
// For normalize() (a normalized_writer), the white space, dashes and invisible characters
// of General Punctuation that stay as they are under NFC are starters too: nothing composes
// with them, so a mark after one sends the text to ICU, as any mark that does not compose.
//
// The result fits in the source's size: a starter written alone takes the bytes it had, and a
// composite (a BMP character, at most three bytes) replaces a starter and at least one mark
// of U+0300-U+036F (two bytes), at least three bytes. Folding only shortens it.
template <class Writer>
bool compose_latin(std::string_view utf8, std::string& out) {
  out.assign(utf8.size(), '\0');
  Writer writer(out.data());
  const latin_composition& table = composition_table();
  UChar32 starter = -1;        // the last starter, written when the next one comes
  std::uint8_t last_class = 0;  // the class of the last mark composed into it
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    if (c < 0) return false;
    if (c >= latin_composition::marks_first && c <= latin_composition::marks_last) {
      const std::uint8_t mark_class = table.mark_class[c - latin_composition::marks_first];
      if (mark_class == 0 || starter < 0 || mark_class < last_class) return false;
      const UChar32 composite = table.composite(starter, c);
      if (composite < 0 || composite > 0xFFFF) return false;  // (none is past the BMP)
      starter = composite;
      last_class = mark_class;
      continue;
    }
    if (!table.is_starter(c) && !(Writer::folds && table.folds_alone(c))) return false;
    if (starter >= 0) writer.put(starter);
    starter = c;
    last_class = 0;
  }
  if (starter >= 0) writer.put(starter);
  out.resize(writer.size);
  return true;
}

// NFC of a text compose_latin() refused, through UTF-16 (ICU's NFC normalizeUTF8 was
// measured: it cost more than the round trip on decomposed Vietnamese). Ill-formed sequences
// become U+FFFD.
std::string icu_composed(std::string_view utf8) {
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString result = nfc().normalize(unicode, status);
  if (U_FAILURE(status)) result = unicode;
  std::string composed;
  result.toUTF8String(composed);
  return composed;
}

}  // namespace

std::string compose(std::string_view utf8) {
  if (is_ascii(utf8) || is_composed(utf8)) return std::string(utf8);
  if (std::string composed; compose_latin<composed_writer>(utf8, composed)) return composed;
  return icu_composed(utf8);
}

namespace {

// `composed` (NFC) with its white space and dashes folded, in its own buffer: every kept
// character takes no more bytes than it had (a space stands for a run of at least one byte, a
// dash for two or three), so each is written at or before where it was read, and read before
// anything is written over it. Composing a decomposed export into one string and folding into
// a second cost an allocation more. The text is well-formed, so a kept character is copied as
// its bytes rather than decoded and encoded again; the write position is a local (push_back
// and append per character were most of the cost).
void fold_spaces_in_place(std::string& composed) {
  char* out = composed.data();
  std::size_t size = 0;
  fold_spaces(composed, [&](int32_t start, int32_t end, UChar32 c) {
    if (c < 0x80) {
      out[size++] = static_cast<char>(c);
    } else {
      for (int32_t k = start; k < end; ++k) out[size++] = composed[static_cast<std::size_t>(k)];
    }
  });
  composed.resize(size);
}

}  // namespace

// True when normalize() would return `utf8` as it is, decided from the bytes alone: printable
// ASCII with single spaces inside, and letters of the Latin blocks Vietnamese is written in
// (U+00C0-U+024F, U+1E00-U+1EFF), which are all NFC on their own and none of them a space,
// a dash or an invisible character (tests/normalize_test.cpp checks this against ICU for
// every one of them). No combining mark may follow, so nothing can compose. Most texts of a
// plan pass, and skip the NFC check and the folding copy.
namespace {

// already_normalized() as a state machine over the bytes, one table lookup per byte and no
// branch: Vietnamese text alternates one-, two- and three-byte characters, so the byte-at-a-
// time version's branch per character kind was mispredicted about once a character, which made
// it 7% of a check's time. Each byte's table entry holds, for every state, the state that byte
// leads to, six bits a state (a "shift DFA"): the next state is (entry >> state) & 63, with
// states numbered by their bit offset, so the chain from byte to byte is a shift and a mask.
enum dfa_state : unsigned {
  after_space = 0,       // at the start, or after a space: a space here is refused
  after_char = 6,        // after a whole character that is no space
  needs_tail = 12,       // after C3-C8: any continuation byte (U+00C0-U+023F)
  needs_tail_c9 = 18,    // after C9: 80-8F only (U+0240-U+024F)
  needs_e1_second = 24,  // after E1: B8-BB (U+1E00-U+1EFF)
  needs_e1_tail = 30,    // after E1 B8-BB: any continuation byte
  refused = 36,          // anything else; it stays refused
};

constexpr dfa_state dfa_step(dfa_state from, unsigned char c) {
  const bool tail = c >= 0x80 && c <= 0xBF;
  switch (from) {
    case after_space:
    case after_char:
      if (c == ' ') return from == after_char ? after_space : refused;
      if (c >= 0x21 && c <= 0x7E) return after_char;
      if (c >= 0xC3 && c <= 0xC8) return needs_tail;
      if (c == 0xC9) return needs_tail_c9;
      if (c == 0xE1) return needs_e1_second;
      return refused;  // control characters, DEL, other leads, stray continuation bytes
    case needs_tail: return tail ? after_char : refused;
    case needs_tail_c9: return c >= 0x80 && c <= 0x8F ? after_char : refused;
    case needs_e1_second: return c >= 0xB8 && c <= 0xBB ? needs_e1_tail : refused;
    case needs_e1_tail: return tail ? after_char : refused;
    case refused: return refused;
  }
  return refused;
}

struct normalized_dfa {
  std::uint64_t next[0x100] = {};
  constexpr normalized_dfa() {
    constexpr dfa_state states[] = {after_space,     after_char,    needs_tail, needs_tail_c9,
                                    needs_e1_second, needs_e1_tail, refused};
    for (int c = 0; c < 0x100; ++c)
      for (dfa_state s : states)
        next[c] |= std::uint64_t{dfa_step(s, static_cast<unsigned char>(c))} << s;
  }
};
constexpr normalized_dfa normalized_table;

}  // namespace

bool already_normalized(std::string_view utf8) {
  if (utf8.empty()) return true;
  // Starting after a space refuses a leading space; ending anywhere but after a character
  // refuses a trailing space and a truncated sequence.
  std::uint64_t state = after_space;
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t n = utf8.size();
  auto step = [&state](unsigned char c) { state = (normalized_table.next[c] >> state) & 63; };
  // Four bytes a round: the loop's own increment, compare and branch were three of the
  // eight instructions a byte took (every text of a plan passes here, 5% of a check).
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    step(bytes[i]);
    step(bytes[i + 1]);
    step(bytes[i + 2]);
    step(bytes[i + 3]);
  }
  for (; i < n; ++i) step(bytes[i]);
  return state == after_char;
}

std::string normalize(std::string_view utf8) {
  if (already_normalized(utf8)) return std::string(utf8);
  std::string normalized;
  normalize_refused(utf8, normalized);
  return normalized;
}

void normalize_refused(std::string_view utf8, std::string& out) {
  if (is_ascii(utf8)) {
    out.assign(utf8);
    fold_spaces_in_place(out);
    return;
  }
  // Past the byte check, a text with marks to compose (a decomposed export) is the usual
  // case: compose_latin() checks, composes and folds it in one pass (an NFC Latin text comes
  // out as it is, folded), where is_composed(), composing and folding took three.
  if (compose_latin<normalized_writer>(utf8, out)) return;
  if (is_composed(utf8)) {
    out.assign(utf8);
  } else {
    out = icu_composed(utf8);
  }
  fold_spaces_in_place(out);
}

namespace {

// ASCII as the folder reads it: white space as " ", letters in lower case, the rest as is.
// One lookup per byte instead of the comparisons behind is_space() and ascii_lower().
struct ascii_folding {
  char folded[0x80] = {};
  constexpr ascii_folding() {
    for (int c = 0; c < 0x80; ++c)
      folded[c] = static_cast<char>(c == ' ' || (c >= '\t' && c <= '\r') ? ' '
                                    : c >= 'A' && c <= 'Z'              ? c - 'A' + 'a'
                                                                        : c);
  }
};
constexpr ascii_folding ascii_table;

// The folding fold() and fold_with_origins() share, in one pass over the original bytes (not
// an NFC copy, so that offsets stay the source's; decomposed input is handled too: its
// combining marks are dropped like any other). White space runs become one space, none at
// the ends; invisible characters are dropped, dashes read as "-", letters as their base
// letter in lower case. With origins, every folded byte records the source bytes of the
// character behind it (a dropped mark widens the character before it).
//
// Written over preallocated buffers, with the write position and buffer pointers in locals:
// a store through a char pointer may alias any member, so members used in the loop were
// reloaded per byte. The buffers hold the source's size plus `slack` bytes. An ASCII byte
// folds to at most one byte, and a space run's one space is paid for by the run's own
// bytes, so (capacity - written) - (source bytes left) never shrinks on ASCII and the ASCII
// path needs no capacity check; only a non-ASCII character can fold to more bytes than it
// has (U+FFFD for one stray byte, a few lower-case letters), and that path checks.
//
// A short source (every cell, most passages) is folded into buffers on the stack and the
// results are made at their exact size: a folded key of up to 15 bytes then needs no heap at
// all (the string's own buffer), and origins of up to folded_text::inline_origins ranges
// none either. A longer one is folded straight into a heap buffer: the text is moved out,
// trimmed; the origins are copied into the result.
template <bool with_origins>
class folder {
 public:
  explicit folder(std::string_view in) : in_(in) {
    if (in.size() + slack <= inline_capacity) {
      text_ = inline_text_;
      origins_ = inline_origins_;
      capacity_ = inline_capacity;
    } else {
      grow(in.size() + slack);
    }
  }
  // text_ and origins_ may point into this object's own inline buffers.
  folder(const folder&) = delete;
  folder& operator=(const folder&) = delete;

  void run() {
    const auto* bytes = reinterpret_cast<const unsigned char*>(in_.data());
    const std::size_t n = in_.size();
    state s{text_, origins_, capacity_};
    std::size_t i = 0;
    while (i < n) {
      const unsigned char b = bytes[i];
      if (b < 0x80) {
        // ASCII (most of any plan): no decoding, one folded byte.
        const char folded = ascii_table.folded[b];
        if (folded == ' ') {
          start_space(s, i);
        } else {
          flush_space(s, i);
          emit(s, folded, i, i + 1);
        }
        ++i;
        continue;
      }
      std::size_t length = 0;
      if (const UChar32 letter = latin_at(bytes, i, n, length); letter >= 0) {
        // A Vietnamese letter: one folded byte for two or three, so no capacity check.
        if (const char key = plain_table.of(letter)) {
          flush_space(s, i);
          emit(s, key, i, i + length);
          i += length;
          continue;
        }
      }
      // Anything else, out of line and on a copy of the state: the loop above then makes no
      // call, and its state stays in registers (with the general path inline, the calls into
      // ICU there made the compiler keep it on the stack, reloaded and stored per byte).
      i = general_character(s, i);
    }
    // A trailing space is possible when the text ended in marks after a space.
    while (s.size > 0 && s.text[s.size - 1] == ' ') --s.size;
    size_ = s.size;
  }

  void append_text_to(std::string& out) const { out.append(text_, size_); }

  std::string take_text() {
    if (text_ == inline_text_) return std::string(text_, size_);
    heap_text_.resize(size_);
    return std::move(heap_text_);
  }

  folded_text take() {
    folded_text out;
    const auto end = static_cast<std::uint32_t>(in_.size());
    out.origins.reserve(size_ + 1);  // within its own room for a cell: no allocation
    out.origins.assign(origins_, origins_ + size_);
    out.origins.push_back({end, end});
    out.text = take_text();
    return out;
  }

 private:
  // Room for the longest folding of one character (4 bytes) and the space before it.
  static constexpr std::size_t slack = 8;

  // What the loop carries from byte to byte: the buffers it writes, how much it wrote, and
  // whether a run of white space waits to be written as one space (and where it began).
  struct state {
    char* text;
    span* origins;  // with origins only
    std::size_t capacity;
    std::size_t size = 0;
    std::size_t space_start = 0;
    bool pending_space = false;
  };

  static void emit(state& s, char c, std::size_t start, std::size_t end) {
    s.text[s.size] = c;
    if constexpr (with_origins)
      s.origins[s.size] = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    ++s.size;
  }
  // A space is kept only between kept characters: never first, never doubled (a space can
  // be left last when marks follow it; it is trimmed at the end).
  static void emit_space(state& s, std::size_t start, std::size_t end) {
    if (s.size > 0 && s.text[s.size - 1] != ' ') emit(s, ' ', start, end);
  }
  static void start_space(state& s, std::size_t at) {
    if (!s.pending_space) s.space_start = at;
    s.pending_space = true;
  }
  static void flush_space(state& s, std::size_t at) {
    if (!s.pending_space) return;
    s.pending_space = false;
    emit_space(s, s.space_start, at);
  }

  // The character at source byte i on the general path (decoded with every check: marks,
  // white space and invisible characters beyond ASCII, dashes, other scripts, ill-formed
  // bytes); returns where the next one starts.
  // The state goes in and out field by field: copied whole, the compiler kept the loop's
  // state as one block on the stack.
  std::size_t general_character(state& s, std::size_t i) {
    state copy{s.text, s.origins, s.capacity, s.size, s.space_start, s.pending_space};
    i = general_character_of(copy, i);
    s.text = copy.text;
    s.origins = copy.origins;
    s.capacity = copy.capacity;
    s.size = copy.size;
    s.space_start = copy.space_start;
    s.pending_space = copy.pending_space;
    return i;
  }
  [[gnu::noinline]] std::size_t general_character_of(state& s, std::size_t i) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(in_.data());
    const std::size_t n = in_.size();
    const std::size_t start = i;
    int32_t next = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(bytes, next, static_cast<int32_t>(n), c);
    i = static_cast<std::size_t>(next);
    if (c < 0) c = 0xFFFD;
    if (is_invisible(c)) return i;
    if (is_dash(c)) c = '-';
    if (is_space(c)) {
      start_space(s, start);
      return i;
    }
    if (s.capacity - s.size < (n - i) + slack) {
      size_ = s.size;
      grow(std::max(2 * s.capacity, s.size + (n - i) + 2 * slack));
      s.text = text_;
      s.origins = origins_;
      s.capacity = capacity_;
    }
    flush_space(s, start);
    if (is_combining_mark(c)) {
      // The mark belongs to the last kept character: all its folded bytes (they share an
      // origin, and no other character has that origin) now end after the mark.
      if constexpr (with_origins) {
        for (std::size_t k = s.size; k > 0 && s.origins[k - 1].begin == s.origins[s.size - 1].begin; --k)
          s.origins[k - 1].end = static_cast<std::uint32_t>(i);
      }
      return i;
    }
    const UChar32 folded = base_letter(c);
    if (folded == ' ') {  // none is known to, but a base letter read as a space is one
      emit_space(s, start, i);
    } else if (folded < 0x80) {
      emit(s, static_cast<char>(folded), start, i);
    } else {
      char buffer[U8_MAX_LENGTH];
      int32_t length = 0;
      UBool error = false;
      U8_APPEND(buffer, length, U8_MAX_LENGTH, folded, error);
      if (error) {
        length = 0;
        U8_APPEND_UNSAFE(buffer, length, 0xFFFD);
      }
      for (int32_t k = 0; k < length; ++k) emit(s, buffer[k], start, i);
    }
    return i;
  }
  // The stack buffers' size: a cell, or a passage of a few lines.
  static constexpr std::size_t inline_capacity = 256;

  // Moves the first size_ folded bytes (and origins) to heap buffers of `capacity`.
  void grow(std::size_t capacity) {
    std::string text(capacity, '\0');
    std::copy_n(text_, size_, text.data());
    heap_text_ = std::move(text);
    text_ = heap_text_.data();
    if constexpr (with_origins) {
      std::vector<span> origins(capacity);
      std::copy_n(origins_, size_, origins.data());
      heap_origins_ = std::move(origins);
      origins_ = heap_origins_.data();
    }
    capacity_ = capacity;
  }

  std::string_view in_;
  char* text_ = nullptr;        // inline_text_ or heap_text_'s buffer
  span* origins_ = nullptr;     // inline_origins_ or heap_origins_'s buffer (with origins)
  std::size_t capacity_ = 0;    // of both
  std::size_t size_ = 0;        // folded bytes written
  std::string heap_text_;
  std::vector<span> heap_origins_;
  char inline_text_[inline_capacity];
  // Raw storage, not span[]: span's members have initialisers, and an array of them would be
  // zeroed (2 KB) per call. A span is an implicit-lifetime aggregate: each one begins to exist
  // as the folder writes it, and only written ones are read.
  alignas(span) unsigned char inline_origins_storage_[sizeof(span) * (with_origins ? inline_capacity : 1)];
  span* const inline_origins_ = reinterpret_cast<span*>(inline_origins_storage_);
};

}  // namespace

// Composition cannot matter: the only white space or invisible characters with a canonical
// decomposition (U+2000, U+2001) decompose to white space, and nothing else composes to one.
// Stops at the first character that is neither white space nor invisible.
bool is_blank(std::string_view utf8) {
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = static_cast<unsigned char>(utf8[static_cast<std::size_t>(i)]);
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(utf8.data(), i, length, c);
      if (c < 0) return false;  // read as U+FFFD, which is kept
      if (is_invisible(c)) continue;
    }
    if (!is_space(c)) return false;
  }
  return true;
}

folded_text fold_with_origins(std::string_view utf8) {
  folder<true> f(utf8);
  f.run();
  return f.take();
}

std::size_t folded_text::folded_at(std::uint32_t source_offset) const {
  // The starts are non-decreasing; the last entry (the source size) is not a folded byte.
  auto it = std::lower_bound(origins.begin(), origins.end() - 1, source_offset,
                             [](const span& s, std::uint32_t offset) { return s.begin < offset; });
  return static_cast<std::size_t>(it - origins.begin());
}

// Not fold_with_origins(utf8).text: rules fold every passage, and filling the two offset
// vectors cost as much as the folding.
std::string fold(std::string_view utf8) {
  folder<false> f(utf8);
  f.run();
  return f.take_text();
}

namespace {

// fold(utf8) appended to `out`.
void fold_append(std::string_view utf8, std::string& out) {
  folder<false> f(utf8);
  f.run();
  f.append_text_to(out);
}

}  // namespace

// Straight into `out`, a character at a time: a normalised text has no white space run to
// fold, no space at either end, no invisible character and no dash but "-", so its ASCII and
// its Latin letters fold each on its own, with none of the folder's space bookkeeping and no
// buffer of its own to copy from (the analysis folds every passage of a plan this way). A
// character the folder would need to look around (a mark that did not compose, another
// script) sends the whole text to the folder.
bool fold_normalized_append(std::string_view normalized, std::string& out) {
  const std::size_t start = out.size();
  // Each of these characters folds to one byte, and takes at least one.
  out.resize(start + normalized.size());
  char* write = out.data() + start;
  const auto* bytes = reinterpret_cast<const unsigned char*>(normalized.data());
  const std::size_t n = normalized.size();
  for (std::size_t i = 0; i < n;) {
    if (bytes[i] < 0x80) {
      *write++ = ascii_table.folded[bytes[i++]];
      continue;
    }
    std::size_t length = 0;
    const UChar32 letter = latin_at(bytes, i, n, length);
    const char key = letter >= 0 ? plain_table.of(letter) : 0;
    if (key == 0) {
      out.resize(start);
      fold_append(normalized, out);
      return false;
    }
    *write++ = key;
    i += length;
  }
  out.resize(static_cast<std::size_t>(write - out.data()));
  return true;
}

bool equals_folded(std::string_view a, std::string_view b) {
  if (a == b) return true;  // the same text folds to the same key, with no key built
  return fold(a) == fold(b);
}

}  // namespace planlint::text
