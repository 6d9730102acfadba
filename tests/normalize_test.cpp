#include "engine/text/normalize.hpp"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>

namespace planlint::text {
namespace {

struct normalize_case {
  const char* input;
  const char* normalized;
  const char* folded;
};

// Where the source range behind each folded byte starts, and where it ends (the closing
// entry included), as two lists: how the expected values below are written.
std::vector<std::uint32_t> starts(const folded_text& f) {
  std::vector<std::uint32_t> out;
  for (const span& s : f.origins) out.push_back(s.begin);
  return out;
}

std::vector<std::uint32_t> ends(const folded_text& f) {
  std::vector<std::uint32_t> out;
  for (const span& s : f.origins) out.push_back(s.end);
  return out;
}

const normalize_case cases[] = {
    {"Tiêu chí 1.1", "Tiêu chí 1.1", "tieu chi 1.1"},
    {"Tie\u0302u chi\u0301", "Tiêu chí", "tieu chi"},  // decomposed marks compose to NFC
    // Composed, then its spaces and dashes folded in the same buffer.
    {"  Tie\u0302u chi\u0301\u00a0\u00a01.1 \u2013 Mu\u031b\u0301c 2  ", "Tiêu chí 1.1 - Mức 2", "tieu chi 1.1 - muc 2"},
    {"  \u03b1\u0301 \u00a0\u2014 x ", "\u03ac - x", "\u03b1 - x"},  // composed by ICU (Greek)
    {"Tieu chí", "Tieu chí", "tieu chi"},
    {"  Năm\u00a0học\t2024 \u2013 2025\n", "Năm học 2024 - 2025", "nam hoc 2024 - 2025"},
    {"ĐÀO TẠO", "ĐÀO TẠO", "dao tao"},
    {"\u00d0ào tạo", "\u00d0ào tạo", "dao tao"},  // Icelandic Eth in place of Đ
    {"\u00f0ội ngũ", "\u00f0ội ngũ", "doi ngu"},  // Icelandic eth in place of đ
    {"Mức\u2014độ", "Mức-độ", "muc-do"},
    {"ỨNG DỤNG", "ỨNG DỤNG", "ung dung"},
    {"", "", ""},
    {" \t\n ", "", ""},
    // decomposed input: tone mark and hat/horn as separate combining characters
    {"Vie\u0302\u0323t Nam", "Việt Nam", "viet nam"},
    {"Tru\u031b\u01a1\u0300ng", "Trường", "truong"},  // ư decomposed, ờ precomposed
    {"\u0110a\u0300o ta\u0323o", "Đào tạo", "dao tao"},
    // white space: NBSP, narrow NBSP, figure space, ideographic space, CR/LF, tabs
    {"Hiệu\u202ftrưởng", "Hiệu trưởng", "hieu truong"},
    {"Tháng\u20079/2024", "Tháng 9/2024", "thang 9/2024"},
    {"Tiêu\u3000chuẩn", "Tiêu chuẩn", "tieu chuan"},
    {"Ban lãnh \r\n\r\nđạo nhà \r\ntrường", "Ban lãnh đạo nhà trường", "ban lanh dao nha truong"},
    {"a\t\t\tb", "a b", "a b"},
    // dashes: en, em, minus sign, hyphen, non-breaking hyphen, fullwidth hyphen-minus
    {"2022 \u2013 2025", "2022 - 2025", "2022 - 2025"},
    {"TT\u2212BGDĐT", "TT-BGDĐT", "tt-bgddt"},
    {"TT\u2010BGDĐT", "TT-BGDĐT", "tt-bgddt"},
    {"TT\u2011BGDĐT", "TT-BGDĐT", "tt-bgddt"},
    {"TT\uff0dBGDĐT", "TT-BGDĐT", "tt-bgddt"},
    // invisible characters are dropped, not read as spaces
    {"Tiêu\u200bchí", "Tiêuchí", "tieuchi"},
    {"Tiêu chí\u200b 1.1", "Tiêu chí 1.1", "tieu chi 1.1"},
    {"\ufeffKẾ HOẠCH", "KẾ HOẠCH", "ke hoach"},
    {"cải\u00adtiến", "cảitiến", "caitien"},  // soft hyphen
    // all five tone marks on one vowel, and the letters with hat, horn and breve
    {"a à á ả ã ạ", "a à á ả ã ạ", "a a a a a a"},
    {"Ơ Ờ Ớ Ở Ỡ Ợ", "Ơ Ờ Ớ Ở Ỡ Ợ", "o o o o o o"},
    {"ư ừ ứ ử ữ ự", "ư ừ ứ ử ữ ự", "u u u u u u"},
    {"ă ằ ắ ẳ ẵ ặ", "ă ằ ắ ẳ ẵ ặ", "a a a a a a"},
    {"Â Ầ Ấ Ẩ Ẫ Ậ", "Â Ầ Ấ Ẩ Ẫ Ậ", "a a a a a a"},
    {"ê ề ế ể ễ ệ", "ê ề ế ể ễ ệ", "e e e e e e"},
    {"Ô Ồ Ố Ổ Ỗ Ộ", "Ô Ồ Ố Ổ Ỗ Ộ", "o o o o o o"},
    {"i ì í ỉ ĩ ị Y Ỳ Ý Ỷ Ỹ Ỵ", "i ì í ỉ ĩ ị Y Ỳ Ý Ỷ Ỹ Ỵ", "i i i i i i y y y y y y"},
    // upper case and mixed scripts: other scripts are lower-cased but kept
    {"KIỂM ĐỊNH CHẤT LƯỢNG", "KIỂM ĐỊNH CHẤT LƯỢNG", "kiem dinh chat luong"},
    {"Trường THCS Lý Thường Kiệt", "Trường THCS Lý Thường Kiệt", "truong thcs ly thuong kiet"},
    {"Quỹ Москва 学校", "Quỹ Москва 学校", "quy москва 学校"},
    {"Ελλάδα", "Ελλάδα", "ελλαδα"},
    // stray marks around spaces leave neither a leading nor a doubled space in the key
    {"\u0301 abc", "\u0301 abc", "abc"},
    {"a \u0301 b", "a \u0301 b", "a b"},
    {"a \u0301", "a \u0301", "a"},
};

TEST(normalize, table) {
  ASSERT_GE(std::size(cases), 30u);
  for (const auto& c : cases) {
    EXPECT_EQ(normalize(c.input), c.normalized) << c.input;
    EXPECT_EQ(fold(c.input), c.folded) << c.input;
  }
}

TEST(normalize, is_blank_agrees_with_the_table) {
  for (const auto& c : cases) EXPECT_EQ(is_blank(c.input), std::string(c.normalized).empty()) << c.input;
}

TEST(normalize, is_blank_only_for_white_space_and_invisible_characters) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \t\r\n\u00a0\u2000\u2001\u3000"));
  EXPECT_TRUE(is_blank("\u200b\u00ad\ufeff "));
  EXPECT_FALSE(is_blank(" \u0301 "));   // a stray mark prints
  EXPECT_FALSE(is_blank(" \xff "));     // ill-formed UTF-8 normalises to U+FFFD
  EXPECT_FALSE(is_blank("\u2013"));     // a dash is "-"
  EXPECT_FALSE(is_blank("  x"));
}

TEST(normalize, compose_only_composes) {
  EXPECT_EQ(compose("Vie\u0302\u0323t\u00a0Nam \u2013"), "Việt\u00a0Nam \u2013");
}

TEST(normalize, folded_text_points_back_at_the_source) {
  const std::string source = "Tháng  9/2024";
  folded_text f = fold_with_origins(source);
  ASSERT_EQ(f.text, "thang 9/2024");
  auto at = f.text.find("9/2024");
  EXPECT_EQ(source.substr(f.source_begin(at), f.source_end(f.text.size()) - f.source_begin(at)),
            "9/2024");
  EXPECT_EQ(source.substr(0, f.source_end(5)), "Tháng");
}

TEST(normalize, folded_range_covers_dropped_marks_but_not_trailing_space) {
  const std::string source = " Tie\u0302u chi\u0301 \t";
  folded_text f = fold_with_origins(source);
  ASSERT_EQ(f.text, "tieu chi");
  ASSERT_EQ(f.origins.size(), f.text.size() + 1);
  span all = f.source_span(0, f.text.size());
  EXPECT_EQ(source.substr(all.begin, all.end - all.begin), "Tie\u0302u chi\u0301");
  span tieu = f.source_span(0, 4);
  EXPECT_EQ(source.substr(tieu.begin, tieu.end - tieu.begin), "Tie\u0302u");
  EXPECT_EQ(f.source_span(3, 3), (span{f.origins[3].begin, f.origins[3].begin}));
}

TEST(normalize, folded_at_finds_the_folded_byte_of_a_source_offset) {
  const std::string source = "Đạt  Mức 2";
  folded_text f = fold_with_origins(source);
  ASSERT_EQ(f.text, "dat muc 2");
  EXPECT_EQ(f.folded_at(0), 0u);
  EXPECT_EQ(f.folded_at(static_cast<std::uint32_t>(source.find("Mức"))), 4u);
  EXPECT_EQ(f.folded_at(static_cast<std::uint32_t>(source.size())), f.text.size());
}

// The folder writes into buffers sized for the source plus a little slack; only a non-ASCII
// character can fold to more bytes than it has. Twelve stray bytes fold to twelve U+FFFD (36
// bytes): the buffers must grow, and the origins survive the growth.
TEST(normalize, folding_that_outgrows_the_source_keeps_every_origin) {
  const std::string source(12, '\xff');
  folded_text f = fold_with_origins(source);
  std::string expected;
  for (int k = 0; k < 12; ++k) expected += "\ufffd";
  ASSERT_EQ(f.text, expected);
  EXPECT_EQ(fold(source), expected);
  ASSERT_EQ(f.origins.size(), 37u);
  for (std::size_t k = 0; k < 36; ++k) {
    EXPECT_EQ(f.origins[k].begin, k / 3) << k;
    EXPECT_EQ(f.origins[k].end, k / 3 + 1) << k;
  }
  EXPECT_EQ(f.origins[36].begin, 12u);
  EXPECT_EQ(f.origins[36].end, 12u);
}

// A mark after a letter that folds to several bytes widens every one of them.
TEST(normalize, mark_widens_every_folded_byte_of_its_letter) {
  folded_text f = fold_with_origins("\u0416\u0301x");  // Cyrillic Zhe, acute accent, x
  ASSERT_EQ(f.text, "\u0436x");
  EXPECT_EQ(starts(f), (std::vector<std::uint32_t>{0, 0, 4, 5}));
  EXPECT_EQ(ends(f), (std::vector<std::uint32_t>{4, 4, 5, 5}));
  // A leading space run and a mark after a space: the key neither starts nor ends in a space.
  folded_text g = fold_with_origins(" \u00c9\u0301 \u0323");
  ASSERT_EQ(g.text, "e");
  EXPECT_EQ(starts(g), (std::vector<std::uint32_t>{1, 8}));
  EXPECT_EQ(ends(g), (std::vector<std::uint32_t>{5, 8}));
}

// ASCII white space is space, tab and \n \v \f \r; other control characters are kept.
TEST(normalize, ascii_white_space_and_control_characters) {
  folded_text f = fold_with_origins("A\x0b\x0c" "B\x1c");
  ASSERT_EQ(f.text, "a b\x1c");
  EXPECT_EQ(starts(f), (std::vector<std::uint32_t>{0, 1, 3, 4, 5}));
  EXPECT_EQ(ends(f), (std::vector<std::uint32_t>{1, 3, 4, 5, 5}));
  EXPECT_EQ(fold("\xc2\xa8" "b"), "\xc2\xa8" "b");  // a spacing diaeresis has no canonical decomposition
}

// The folder reads two-byte sequences and E1 B8-BB xx (U+1E00-U+1EFF) on a short path when
// they are letters with an ASCII base; everything else (other scripts, marks, spaces, soft
// hyphen, truncated or stray bytes) on the general one. Expected values: main's folder.
struct origins_case {
  const char* input;
  const char* folded;
  std::vector<std::uint32_t> origin, origin_end;
};

TEST(normalize, latin_letters_and_their_neighbours_keep_their_origins) {
  const origins_case cases[] = {
      // U+0080, a, À, ß, ư, ɏ, ɐ, U+07FF
      {"\xc2\x80\x61\xc3\x80\xc3\x9f\xc6\xb0\xc9\x8f\xc9\x90\xdf\xbf",
       "\xc2\x80\x61\x61\xc3\x9f\x75\xc9\x8f\xc9\x90\xdf\xbf",
       {0, 0, 2, 3, 5, 5, 7, 9, 9, 11, 11, 13, 13, 15},
       {2, 2, 3, 5, 7, 7, 9, 11, 11, 13, 13, 15, 15, 15}},
      // U+1E00, U+1EFF, a supplementary combining mark (U+1DF0), Greek U+1F00, Ạ, a combining acute
      {"\xe1\xb8\x80\xe1\xbb\xbf\xe1\xb7\xb0\xe1\xbc\x80\xe1\xba\xa0\xcc\x81",
       "\x61\xe1\xbb\xbf\xce\xb1\x61", {0, 3, 3, 3, 9, 9, 12, 17}, {3, 9, 9, 9, 12, 12, 17, 17}},
      // a stray lead byte before a letter, a truncated three-byte sequence at the end
      {"\x41\xc3\x42\xc3\xe1\xbb", "\x61\xef\xbf\xbd\x62\xef\xbf\xbd\xef\xbf\xbd",
       {0, 1, 1, 1, 2, 3, 3, 3, 4, 4, 4, 6}, {1, 2, 2, 2, 3, 4, 4, 4, 6, 6, 6, 6}},
      {"\xe1\xbb\xe1\xbb\x9d", "\xef\xbf\xbd\x6f", {0, 0, 0, 2, 5}, {2, 2, 2, 5, 5}},
      // Æ (no ASCII base), Icelandic Eth, soft hyphen, NBSP
      {"\xc3\x86\xc3\x90\xc2\xad\xc2\xa0\x78", "\xc3\xa6\x64\x20\x78", {0, 0, 2, 6, 8, 9}, {2, 2, 4, 8, 9, 9}},
  };
  for (const auto& c : cases) {
    folded_text f = fold_with_origins(c.input);
    EXPECT_EQ(f.text, c.folded) << c.input;
    EXPECT_EQ(fold(c.input), c.folded) << c.input;
    EXPECT_EQ(starts(f), c.origin) << c.input;
    EXPECT_EQ(ends(f), c.origin_end) << c.input;
  }
}

// Decomposed Latin text is composed without ICU's whole normalisation when every mark
// composes in canonical order with the letter before it; anything else goes to ICU. Both
// must give NFC. Expected values: ICU's NFC (main's compose()).
TEST(normalize, compose_gives_nfc_on_and_off_the_latin_path) {
  const std::pair<const char*, const char*> cases[] = {
      {"Vie\xcc\xa3\xcc\x82t", "Vi\xe1\xbb\x87t"},         // dot below, then circumflex: composed here
      {"Vie\xcc\x82\xcc\xa3t", "Vi\xe1\xbb\x87t"},         // out of canonical order: ICU
      {"e\xcc\x82\xcc\x81", "\xe1\xba\xbf"},                 // ế
      {"\xe1\xba\xa1\xcc\x82", "\xe1\xba\xad"},             // ạ + circumflex: ậ
      {"\xc3\xaa\xcc\xa3", "\xe1\xbb\x87"},                  // ê + dot below: no pair, ICU reorders
      {"a\xcc\xa3\xcc\x81", "\xe1\xba\xa1\xcc\x81"},        // ạ has no acute composite
      {"\xcc\x81" "a", "\xcc\x81" "a"},                         // a mark with nothing before it
      {"A\xcd\x80", "\xc3\x80"},                                // U+0340, which NFC replaces
      {"<\xcc\xb8", "\xe2\x89\xae"},                           // an ASCII starter composes too
      {"u\xcc\x9b\xcc\x80", "\xe1\xbb\xab"},                  // horn, then grave: ừ
      {"a\xcc\x88\xcc\x81", "\xc3\xa4\xcc\x81"},             // ä has no acute composite
      {"\xc4\x90" "a\xcc\x80o  ta\xcc\xa3o\xc2\xa0\xe2\x80\x93",
       "\xc4\x90\xc3\xa0o  t\xe1\xba\xa1o\xc2\xa0\xe2\x80\x93"},  // an en dash: ICU
      {"\xd0\x96\xcc\x81", "\xd0\x96\xcc\x81"},              // Cyrillic: ICU
  };
  for (const auto& [input, composed] : cases) EXPECT_EQ(compose(input), composed) << input;
}

// The Latin composition writes into a buffer of the source's size: a composite takes no more
// bytes than its starter and marks did (one byte and two marks become three bytes, a text of
// nothing but composites shrinks the most), and a long text composes piece by piece.
TEST(normalize, latin_composition_fits_in_the_source_size) {
  const std::string piece = "Tie\xcc\x82\xcc\x81u chua\xcc\x82\xcc\x89n ";  // Tiếu chuẩn
  const std::string composed_piece = "Ti\xe1\xba\xbfu chu\xe1\xba\xa9n ";
  ASSERT_EQ(compose(piece), composed_piece);
  std::string source, expected;
  for (int k = 0; k < 50; ++k) source += piece, expected += composed_piece;
  EXPECT_EQ(compose(source), expected);
  EXPECT_EQ(compose("e\xcc\x82\xcc\x81"), "\xe1\xba\xbf");  // five bytes to three
  EXPECT_EQ(compose("o\xcc\x9b\xcc\x80o\xcc\x9b\xcc\x80"), "\xe1\xbb\x9d\xe1\xbb\x9d");
  EXPECT_EQ(compose("a"), "a");
  EXPECT_EQ(compose(""), "");
}

// normalize() tries the Latin composition before asking whether the text is NFC at all.
TEST(normalize, normalize_composes_then_folds_white_space) {
  EXPECT_EQ(normalize("Vie\xcc\xa3\xcc\x82t \n Nam"), "Vi\xe1\xbb\x87t Nam");
  EXPECT_EQ(normalize("a\xcc\xa3\xcc\x81\tb"), "\xe1\xba\xa1\xcc\x81 b");  // ICU's path
  EXPECT_EQ(normalize("Vi\xe1\xbb\x87t\xc2\xa0Nam"), "Vi\xe1\xbb\x87t Nam");      // NFC already
  EXPECT_EQ(normalize("e\xcc\x82\xcc\x81 \xe2\x80\x93 x\xff"), "\xe1\xba\xbf - x\xef\xbf\xbd");
}

// normalize() as the header defines it, written the plain way: ICU's NFC of the whole text
// (ill-formed bytes read as U+FFFD), then each character in turn: invisible ones dropped,
// dashes written "-", white space runs one space between kept characters.
std::string normalize_by_definition(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString nfc = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < nfc.length(); i = nfc.moveIndex32(i, 1)) {
    UChar32 c = nfc.char32At(i);
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD) continue;
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D) c = '-';
    if (c == 0xA0 || c == 0x2007 || c == 0x202F || u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(UChar32{' '});
    pending_space = false;
    out.append(c);
  }
  std::string utf8_out;
  out.toUTF8String(utf8_out);
  return utf8_out;
}

// Texts drawn from the pieces a plan's text is made of and the ones that send normalize() down
// its other paths (marks out of order or composing with nothing, General Punctuation,
// U+2000 that NFC replaces, other scripts, a stray byte): every path gives the definition's
// answer. Deterministic (a fixed seed).
TEST(normalize, agrees_with_its_definition_on_random_texts) {
  const char* pieces[] = {
      "a", "e", "o", "u", "y", "A", "E", "O", "D", "t", "1", "-", "<", ".",
      "\u0111", "\u00ea", "\u01a1", "\u01b0", "\u0103", "\u1ebf", "\u1ea1", "\u1ec7", "\u00c0",
      "\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031b", "\u0323",
      "\u0308", "\u0338", "\u0340", "\u0345",
      " ", "  ", "\t", "\n", "\u00a0", "\u202f", "\u3000", "\u2000", "\u2002", "\u2028",
      "\u2013", "\u2014", "\u2212", "\u2011", "\uff0d",
      "\u200b", "\u00ad", "\u2060", "\ufeff", "\u2026", "\u2019",
      "\u0416", "\u03b1", "\u5b66", "\xff", "\xe1\xbb",
  };
  std::mt19937 random(20261124);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1), count(0, 12);
  // normalize_refused() (what a plan's model calls) with one buffer for all the texts, as
  // the model reuses it: what an earlier, longer text left there must not show.
  std::string buffer;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (std::size_t k = count(random); k > 0; --k) text += pieces[piece(random)];
    const std::string expected = normalize_by_definition(text);
    ASSERT_EQ(normalize(text), expected) << "text: " << ::testing::PrintToString(text);
    // A normalised text folds the same by the analysis's shortcut, appended after a text.
    std::string folded = "x";
    fold_normalized_append(expected, folded);
    ASSERT_EQ(folded, "x" + fold(expected)) << "text: " << ::testing::PrintToString(expected);
    if (already_normalized(text)) continue;
    normalize_refused(text, buffer);
    ASSERT_EQ(buffer, expected) << "text: " << ::testing::PrintToString(text);
  }
}

TEST(normalize, equals_folded_ignores_case_and_marks) {
  EXPECT_TRUE(equals_folded("Tieu chi", "Tiêu chí"));
  EXPECT_TRUE(equals_folded("\u00d0ối với giáo viên", "Đối với giáo viên"));
  EXPECT_FALSE(equals_folded("Đối với giáo viên", "Đối với nhân viên"));
}

}  // namespace
}  // namespace planlint::text

// already_normalized() lets a text through without ICU when its letters come from U+00C0-U+024F
// and U+1E00-U+1EFF: every one of them must be NFC on its own (compose, which asks ICU, keeps
// it), neither white space nor invisible (is_blank) nor a dash (fold gives a letter), so that
// normalize() would indeed have kept it.
TEST(normalize, letters_the_byte_check_lets_through_are_left_alone_by_normalize) {
  auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
  };
  int checked = 0;
  for (char32_t c = 0xC0; c <= 0x1EFF; ++c) {
    if (c > 0x24F && c < 0x1E00) continue;
    std::string text = "a" + utf8(c) + "b";
    ASSERT_TRUE(planlint::text::already_normalized(text)) << std::hex << static_cast<unsigned>(c);
    EXPECT_EQ(planlint::text::compose(text), text) << std::hex << static_cast<unsigned>(c);
    EXPECT_FALSE(planlint::text::is_blank(utf8(c))) << std::hex << static_cast<unsigned>(c);
    EXPECT_NE(planlint::text::fold(utf8(c)), "-") << std::hex << static_cast<unsigned>(c);
    ++checked;
  }
  EXPECT_EQ(checked, 0x24F - 0xC0 + 1 + 0x100);
}

TEST(normalize, byte_check_refuses_what_normalize_would_change) {
  using planlint::text::already_normalized;
  EXPECT_TRUE(already_normalized("Tổ chức thực hiện"));
  EXPECT_TRUE(already_normalized(""));
  EXPECT_FALSE(already_normalized(" leading"));
  EXPECT_FALSE(already_normalized("trailing "));
  EXPECT_FALSE(already_normalized("two  spaces"));
  EXPECT_FALSE(already_normalized("tab\there"));
  EXPECT_FALSE(already_normalized("line\nbreak"));
  EXPECT_FALSE(already_normalized("no\u00A0break"));       // NBSP (C2 lead)
  EXPECT_FALSE(already_normalized("en\u2013dash"));         // E2 lead
  EXPECT_FALSE(already_normalized("Tie\u0302\u0301u"));     // combining marks: may compose
  EXPECT_FALSE(already_normalized("zero\u200Bwidth"));
  EXPECT_FALSE(already_normalized("\xC3"));                  // truncated sequence
  EXPECT_FALSE(already_normalized("\xE1\xBB"));
  for (const char* text : {"Tổ chức thực hiện", "Năm học 2024 - 2025", "KẾ HOẠCH Cải tiến"})
    EXPECT_EQ(planlint::text::normalize(text), text);
}

namespace planlint::text {
namespace {

// The byte-at-a-time check already_normalized() was before it became a state machine: the
// state machine must answer exactly as it did.
bool byte_at_a_time_already_normalized(std::string_view utf8) {
  const auto* b = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t n = utf8.size();
  if (n == 0) return true;
  if (b[0] == ' ' || b[n - 1] == ' ') return false;
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = b[i];
    if (c >= 0x21 && c < 0x7F) {
      ++i;
    } else if (c == ' ') {
      if (b[i + 1] == ' ') return false;
      ++i;
    } else if (c >= 0xC3 && c <= 0xC9) {
      if (i + 1 >= n || (b[i + 1] & 0xC0) != 0x80 || (c == 0xC9 && b[i + 1] > 0x8F)) return false;
      i += 2;
    } else if (c == 0xE1) {
      if (i + 2 >= n || b[i + 1] < 0xB8 || b[i + 1] > 0xBB || (b[i + 2] & 0xC0) != 0x80) return false;
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// Every text of up to four bytes drawn from the bytes at the edges of each class the check
// tells apart (controls, space, printable ASCII, DEL, continuation bytes and their sub-ranges,
// the leads it accepts and their neighbours).
TEST(normalize, byte_check_state_machine_answers_as_the_byte_at_a_time_check) {
  const unsigned char edges[] = {0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F,
                                 0x80, 0x8F, 0x90, 0xB7, 0xB8, 0xBB, 0xBC, 0xBF, 0xC0,
                                 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xE0, 0xE1, 0xE2, 0xFF};
  const std::size_t k = std::size(edges);
  std::size_t checked = 0, accepted = 0;
  for (std::size_t length = 0; length <= 4; ++length) {
    std::size_t count = 1;
    for (std::size_t i = 0; i < length; ++i) count *= k;
    for (std::size_t code = 0; code < count; ++code) {
      std::string text;
      for (std::size_t i = 0, c = code; i < length; ++i, c /= k) text += static_cast<char>(edges[c % k]);
      const bool expected = byte_at_a_time_already_normalized(text);
      ASSERT_EQ(already_normalized(text), expected) << ::testing::PrintToString(text);
      ++checked;
      accepted += expected;
    }
  }
  EXPECT_EQ(checked, 1u + 28 + 28 * 28 + 28 * 28 * 28 + 28 * 28 * 28 * 28);
  EXPECT_GT(accepted, 1000u);  // the table covers both answers
}

// Longer texts: the state carries across every byte, spaces at the edges and doubled
// anywhere, a sequence cut at the end.
TEST(normalize, byte_check_on_long_vietnamese_text) {
  std::string line = "Tăng cường công tác kiểm tra, đánh giá chất lượng giáo dục ở các khối lớp";
  for (int k = 0; k < 5; ++k) line += " " + line;
  EXPECT_TRUE(already_normalized(line));
  EXPECT_FALSE(already_normalized(line + " "));
  EXPECT_FALSE(already_normalized(" " + line));
  std::string doubled = line;
  doubled.insert(doubled.size() / 2, " ");
  EXPECT_EQ(already_normalized(doubled), byte_at_a_time_already_normalized(doubled));
  std::string cut = line + "ớ";
  cut.pop_back();
  EXPECT_FALSE(already_normalized(cut));
  EXPECT_TRUE(already_normalized(line + "ớ"));
}

// The folder works on stack buffers of 256 bytes (the source's size plus 8 must fit) and on
// heap buffers past that; a folding that outgrows the stack buffer moves to the heap. At and
// around each edge, the key and every origin are exact.
TEST(normalize, folding_across_the_stack_buffer_edge) {
  for (std::size_t n : {0u, 1u, 15u, 16u, 247u, 248u, 249u, 250u, 600u}) {
    const std::string source(n, 'A');
    folded_text f = fold_with_origins(source);
    ASSERT_EQ(f.text, std::string(n, 'a')) << n;
    EXPECT_EQ(fold(source), std::string(n, 'a')) << n;
    ASSERT_EQ(f.origins.size(), n + 1) << n;
    for (std::size_t i = 0; i < n; ++i)
      ASSERT_EQ(f.origins[i], (span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)})) << n;
    EXPECT_EQ(f.origins[n], (span{static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)})) << n;
  }
  // Stray bytes fold to U+FFFD, three bytes for one: 100 of them start on the stack and end
  // on the heap, 300 start on the heap and grow it.
  for (std::size_t n : {5u, 82u, 83u, 100u, 300u}) {
    const std::string source(n, '\xfe');
    folded_text f = fold_with_origins(source);
    std::string expected;
    for (std::size_t k = 0; k < n; ++k) expected += "\ufffd";
    ASSERT_EQ(f.text, expected) << n;
    EXPECT_EQ(fold(source), expected) << n;
    ASSERT_EQ(f.origins.size(), 3 * n + 1) << n;
    for (std::size_t i = 0; i < 3 * n; ++i)
      ASSERT_EQ(f.origins[i], (span{static_cast<std::uint32_t>(i / 3), static_cast<std::uint32_t>(i / 3 + 1)})) << n;
    EXPECT_EQ(f.origins[3 * n], (span{static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)})) << n;
  }
}

// Spaces at the edges and inside, Vietnamese letters and decomposed marks, on both sides of
// the stack buffer's edge: the same key and origins whatever the buffer.
TEST(normalize, folding_of_a_long_text_matches_its_short_pieces) {
  const std::string piece = "  Tie\u0302\u0301u\u00a0chí  Đạt ";  // folds to "tieu chi dat"
  folded_text one = fold_with_origins(piece);
  ASSERT_EQ(one.text, "tieu chi dat");
  std::string source;
  std::string expected;
  for (int k = 0; k < 20; ++k) {
    source += piece;
    expected += (k ? " " : "") + one.text;
  }
  ASSERT_GT(source.size(), 256u);
  folded_text all = fold_with_origins(source);
  ASSERT_EQ(all.text, expected);
  EXPECT_EQ(fold(source), expected);
  // The k-th piece's key sits at k * 13 and points into the k-th piece's bytes.
  for (std::size_t k = 0; k < 20; ++k) {
    const std::size_t at = k * (one.text.size() + 1);
    for (std::size_t i = 0; i < one.text.size(); ++i) {
      const span want{static_cast<std::uint32_t>(k * piece.size() + one.origins[i].begin),
                      static_cast<std::uint32_t>(k * piece.size() + one.origins[i].end)};
      ASSERT_EQ(all.origins[at + i], want) << k << " " << i;
    }
  }
  EXPECT_EQ(all.origins.back(), (span{static_cast<std::uint32_t>(source.size()), static_cast<std::uint32_t>(source.size())}));
}

}  // namespace
}  // namespace planlint::text
