// The JSON tree: values, byte spans, line/column in code points, JSON pointers, and the two
// readers (simdjson, nlohmann SAX) agreeing on all of it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/plan/json_read.hpp"
#include "engine/plan/json_read_support.hpp"

namespace planlint::plan {
namespace {

std::shared_ptr<const json_tree> read_ok(const std::string& text) {
  json_read_result r = read_json(text, "t.json", load_limits{});
  EXPECT_TRUE(r.errors.empty()) << (r.errors.empty() ? "" : render_headline(r.errors[0]));
  return r.tree;
}

// One line per node: pointer, kind, position, span, value: the whole tree, comparable.
std::string describe(const json_tree& t) {
  std::ostringstream out;
  for (node_id id = 0; id < t.size(); ++id) {
    out << '"' << t.pointer(id) << "\" " << kind_name(t.kind(id)) << ' ' << t.where(id).line << ':'
        << t.where(id).column << " [" << t.bytes(id).begin << ',' << t.bytes(id).end << ')';
    if (t.parent(id) != no_node && t.kind(t.parent(id)) == json_kind::object)
      out << " key@" << t.key_bytes(id).begin << '-' << t.key_bytes(id).end;
    switch (t.kind(id)) {
      case json_kind::boolean: out << ' ' << t.as_bool(id); break;
      case json_kind::integer: out << " int " << t.as_integer(id) << " raw " << t.raw_number(id); break;
      case json_kind::real: out << " real " << t.as_double(id) << " raw " << t.raw_number(id); break;
      case json_kind::string: out << " \"" << t.as_string(id) << '"'; break;
      case json_kind::array:
      case json_kind::object: out << " n=" << t.children(id).size(); break;
      case json_kind::null: break;
    }
    out << '\n';
  }
  return out.str();
}

TEST(plan_json_tree, values_spans_positions_and_pointers) {
  std::string text =
      "{\"tên\": \"Trường\",\n"
      " \"b\": [1, 2.50, -3e2, true, null, \"x\\\"y\"],\n"
      "  \"c~/d\": {\"e/f\": \"ơ\", \"\": 18446744073709551615}}";
  auto tree = read_ok(text);
  ASSERT_TRUE(tree);
  EXPECT_EQ(describe(*tree),
            "\"\" an object 1:1 [0,115) n=3\n"
            "\"/tên\" a text 1:9 [9,20) key@1-7 \"Trường\"\n"
            "\"/b\" an array 2:7 [28,63) key@23-26 n=6\n"
            "\"/b/0\" a number 2:8 [29,30) int 1 raw 1\n"
            "\"/b/1\" a number 2:11 [32,36) real 2.5 raw 2.50\n"
            "\"/b/2\" a number 2:17 [38,42) real -300 raw -3e2\n"
            "\"/b/3\" a boolean 2:23 [44,48) 1\n"
            "\"/b/4\" null 2:29 [50,54)\n"
            "\"/b/5\" a text 2:35 [56,62) \"x\"y\"\n"
            "\"/c~0~1d\" an object 3:11 [75,114) key@67-73 n=2\n"
            "\"/c~0~1d/e~1f\" a text 3:19 [83,87) key@76-81 \"ơ\"\n"
            "\"/c~0~1d/\" a number 3:28 [93,113) key@89-91 real 1.84467e+19 raw 18446744073709551615\n");
}

// Positions at their boundaries: empty lines, CRLF, a value at column 1, a run of
// multi-byte characters longer than a word before a value, no line break at the end.
TEST(plan_json_tree, positions_across_lines_and_multi_byte_runs) {
  auto tree = read_ok("[\n\n\"ệệệệệệệệệ\", \"x\",\r\n\"y\"\n,1]");
  ASSERT_TRUE(tree);
  auto c = tree->children(tree->root());
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(tree->where(tree->root()), (position{1, 1}));
  EXPECT_EQ(tree->where(c[0]), (position{3, 1}));
  EXPECT_EQ(tree->where(c[1]), (position{3, 14}));
  EXPECT_EQ(tree->where(c[2]), (position{4, 1}));
  EXPECT_EQ(tree->where(c[3]), (position{5, 2}));
}

TEST(plan_json_tree, member_lookup_and_children_in_document_order) {
  auto tree = read_ok(R"({"z": 1, "a": [true, false], "m": {}, "": 0})");
  ASSERT_TRUE(tree);
  std::vector<std::string> keys;
  for (node_id c : tree->children(tree->root())) keys.emplace_back(tree->key(c));
  EXPECT_EQ(keys, (std::vector<std::string>{"z", "a", "m", ""}));
  node_id a = tree->member(tree->root(), "a");
  ASSERT_NE(a, no_node);
  EXPECT_EQ(tree->children(a).size(), 2u);
  EXPECT_EQ(tree->index(tree->children(a)[1]), 1u);
  EXPECT_EQ(tree->member(tree->root(), "nope"), no_node);
  EXPECT_EQ(tree->member(tree->root(), "b"), no_node);   // same length as "a", "m", "z"
  EXPECT_EQ(tree->member(tree->root(), ""), tree->children(tree->root())[3]);
  EXPECT_EQ(tree->member(tree->root(), "zz"), no_node);  // "z" is a prefix of it
  EXPECT_EQ(tree->member(a, "z"), no_node);  // not an object
}

// The lookup from a hint (the member after the one read before) finds what member() finds,
// in any order; keys absent from an object are answered no_node, whether or not their mark
// (length, first and last byte) is one of its keys'.
TEST(plan_json_tree, member_lookup_from_a_hint_finds_what_member_finds) {
  std::string text = "{";
  std::vector<std::string> keys;
  for (char a = 'a'; a <= 'h'; ++a)
    for (std::string k : {std::string(1, a), std::string(2, a) + "x", "no_" + std::string(1, a)}) keys.push_back(k);
  for (std::size_t i = 0; i < keys.size(); ++i) text += (i ? ", \"" : "\"") + keys[i] + "\": " + std::to_string(i);
  text += "}";
  auto tree = read_ok(text);
  ASSERT_TRUE(tree);
  for (std::uint32_t start = 0; start <= keys.size(); ++start) {
    std::uint32_t next = start;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const std::string& key = keys[(k * 7 + start) % keys.size()];  // out of order too
      const node_id found = tree->member(tree->root(), key, next);
      ASSERT_NE(found, no_node) << key;
      EXPECT_EQ(found, tree->member(tree->root(), key)) << key;
      EXPECT_EQ(tree->key(found), key);
    }
  }
  // Every other word of one to three letters of "a"-"j" and "x", and "no_" ones: none is there.
  std::uint32_t next = 0;
  const std::string letters = "abcdefghijx";
  std::vector<std::string> absent = {"", "no_", "no_i", "no_x", "yy"};
  for (char a : letters) {
    absent.emplace_back(1, a);
    for (char b : letters) {
      absent.push_back(std::string{a, b});
      for (char c : letters) absent.push_back(std::string{a, b, c});
    }
  }
  for (const std::string& key : absent) {
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    EXPECT_EQ(tree->member(tree->root(), key), no_node) << key;
    EXPECT_EQ(tree->member(tree->root(), key, next), no_node) << key;
  }
}

// With a key written twice (an error, reported), both lookups give the first of the two.
TEST(plan_json_tree, member_lookup_from_a_hint_gives_the_first_of_duplicate_keys) {
  json_read_result r = read_json(R"({"a": 1, "b": 2, "a": 3, "c": 4})", "t.json", load_limits{});
  ASSERT_TRUE(r.tree);
  const node_id first_a = r.tree->children(r.tree->root())[0];
  for (std::uint32_t start = 0; start < 5; ++start) {
    std::uint32_t next = start;
    EXPECT_EQ(r.tree->member(r.tree->root(), "a", next), first_a);
  }
  EXPECT_EQ(r.tree->member(r.tree->root(), "a"), first_a);
}

// Past 32 members an object's keys are hashed, not marked: every key is still found.
TEST(plan_json_tree, member_lookup_in_a_large_object_finds_every_key) {
  // Keys of many lengths and last letters, so that the later ones have marks the first 32 lack.
  auto key_of = [](int i) { return std::string(static_cast<std::size_t>(1 + i % 9), 'k') + char('a' + i % 26); };
  std::string text = "{";
  for (int i = 0; i < 100; ++i) text += (i ? ", \"" : "\"") + key_of(i) + std::to_string(i) + "\": " + std::to_string(i);
  text += "}";
  auto tree = read_ok(text);
  ASSERT_TRUE(tree);
  std::uint32_t next = 0;
  for (int i = 99; i >= 0; --i) {
    const std::string key = key_of(i) + std::to_string(i);
    const node_id found = tree->member(tree->root(), key, next);
    ASSERT_NE(found, no_node) << key;
    EXPECT_EQ(tree->as_integer(found), i);
    EXPECT_EQ(tree->member(tree->root(), key), found);
  }
  EXPECT_EQ(tree->member(tree->root(), "k100"), no_node);
  EXPECT_EQ(tree->member(tree->root(), "k0"), no_node);
}

TEST(plan_json_tree, integers_beyond_64_bits_are_kept_as_doubles_with_their_text) {
  auto tree = read_ok("[123456789012345678901234567890, -9223372036854775808, 1e-400]");
  ASSERT_TRUE(tree);
  auto c = tree->children(tree->root());
  EXPECT_EQ(tree->kind(c[0]), json_kind::real);
  EXPECT_EQ(tree->raw_number(c[0]), "123456789012345678901234567890");
  EXPECT_DOUBLE_EQ(tree->as_double(c[0]), 1.2345678901234568e29);
  EXPECT_EQ(tree->kind(c[1]), json_kind::integer);
  EXPECT_EQ(tree->as_integer(c[1]), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(tree->as_double(c[2]), 0.0);
}

TEST(plan_json_tree, pointer_token_escaping) {
  EXPECT_EQ(escape_pointer_token("a/b"), "a~1b");
  EXPECT_EQ(escape_pointer_token("~1"), "~01");
  EXPECT_EQ(escape_pointer_token("Tiêu chí"), "Tiêu chí");
  EXPECT_EQ(escape_pointer_token(""), "");
}

TEST(plan_json_tree, many_keys_still_find_duplicates) {
  std::string text = "{";
  for (int i = 0; i < 1000; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
  text += "\"k7\": 0}";
  json_read_result r = read_json(text, "t.json", load_limits{});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].kind, input_error_kind::duplicate_key);
  EXPECT_EQ(r.errors[0].pointer, "/k7");
}

TEST(plan_json_tree, to_json_and_back) {
  auto value = nlohmann::json::parse(R"({"rows": [{"no": "1", "x": [1, 2.5, null, true]}], "a/b": {"~": "ơ"}})");
  json_read_result r = read_parsed_json(value, "<api>", load_limits{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(to_json(*r.tree, r.tree->root()), value);
  EXPECT_FALSE(r.tree->where(r.tree->root()).known());
  EXPECT_EQ(r.tree->pointer(r.tree->member(r.tree->member(r.tree->root(), "a/b"), "~")), "/a~1b/~0");
  auto from_text = read_ok(value.dump(2));
  EXPECT_EQ(to_json(*from_text, from_text->root()), value);
}

std::vector<std::filesystem::path> json_files() {
  std::vector<std::filesystem::path> out;
  for (const char* dir : {"tests/data/plan", "fixtures/plans"}) {
    std::filesystem::path d = std::filesystem::path(PLANLINT_SOURCE_DIR) / dir;
    if (!std::filesystem::is_directory(d)) continue;
    for (const auto& e : std::filesystem::directory_iterator(d))
      if (e.path().extension() == ".json") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The two readers are written independently (simdjson's token pointers; nlohmann's events
// located by skipping separators); identical trees mean the positions are right.
TEST(plan_json_tree, both_readers_build_the_same_tree) {
  auto files = json_files();
  ASSERT_GE(files.size(), 5u);
  for (const auto& f : files) {
    json_read_result a = read_json(slurp(f), f.string(), load_limits{});
    json_read_result b = read_json_with_nlohmann(slurp(f), f.string(), load_limits{});
    ASSERT_TRUE(a.ok() && b.ok()) << f;
    EXPECT_EQ(describe(*a.tree), describe(*b.tree)) << f;
  }
}

// Layouts that move the tokens around (white space anywhere, CRLF, root scalars, escapes,
// long runs of multi-byte characters before a value on the same line) must give the
// positions nlohmann's reader finds independently.
TEST(plan_json_tree, both_readers_agree_on_awkward_layouts) {
  const char* texts[] = {
      "{}", "[]", " { } ", "[ [ ] , { } , [ [ ] ] ]", "\t\r\n{\r\n\t\"a\"\t:\r\n[ 1 ,\n2 ]\r\n}\r\n",
      "\"root text\"", " 42 ", "-0", "true", "false\n", "null", "null\n", "1.5e+3",
      "[0, -0, 0.0, -0.0, 1E2, 1e-2, 9223372036854775807, -9223372036854775808, 18446744073709551615]",
      "[\"\", \"\\\\\", \"a\\\\\\\"b\", \"\\u00e9\\ud83d\\ude00\", \"Tiê\u0300u chí\"]",
      "{\"k\\\"ey\" : {\"\" :null} ,\"x\":[true ,false]}",
      "{\"a\":1}", "[1,[2,[3,[4]]]]", "{\"s\": \"x\"}   ", "[\"a\" , \"b\\\\\"\t\r\n]", "{\"k\": \"v\"\n}",
      "[\"Trường Tiểu học Lê Văn Tám, Thành phố Hồ Chí Minh\", \"ở\", 1,\n  \"Kế hoạch\", \"x\"]"};
  for (const char* text : texts) {
    json_read_result a = read_json(text, "t.json", load_limits{});
    json_read_result b = read_json_with_nlohmann(text, "t.json", load_limits{});
    ASSERT_TRUE(a.ok() && b.ok()) << text;
    EXPECT_EQ(describe(*a.tree), describe(*b.tree)) << text;
  }
}

// Faults the reader meets after it has built part of the tree.
TEST(plan_json_tree, faults_found_late_are_still_reported) {
  load_limits limits;
  limits.max_depth = 3;
  limits.max_string_bytes = 4;
  const char* texts[] = {"[[[[]]]]", "{\"a\": \"12345\"}", "{\"a\": [1, 2, {\"b\": 1, \"b\": 2}]}",
                         "[1, 2, 1e400]", "[1] [2]", "{\"a\": 1,}"};
  for (const char* text : texts) {
    json_read_result a = read_json(text, "t.json", limits);
    json_read_result b = read_json_with_nlohmann(text, "t.json", limits);
    EXPECT_FALSE(a.errors.empty()) << text;
    EXPECT_EQ(a.errors, b.errors) << text;
  }
}

TEST(plan_json_tree, both_readers_report_the_same_errors) {
  const char* texts[] = {
      "", "{\"rows\": [1,]}", "{\"a\": 1, \"a\": 2}", "{\"n\": 1e400}", "[\"caf\xE9\"]",
      "{\"x\": \"Tiêu chí\" \"rows\": []}", "{\"rows\": tru}", "\xEF\xBB\xBF[01]"};
  load_limits limits;
  for (const char* text : texts) {
    json_read_result a = read_json(text, "t.json", limits);
    json_read_result b = read_json_with_nlohmann(text, "t.json", limits);
    EXPECT_EQ(a.errors, b.errors) << text;
    EXPECT_FALSE(a.errors.empty()) << text;
  }
  limits.max_depth = 3;
  EXPECT_EQ(read_json("[[[[]]]]", "t.json", limits).errors, read_json_with_nlohmann("[[[[]]]]", "t.json", limits).errors);
}

// The padding is spare capacity: the text itself is unchanged, and a string that has the
// room already is not reallocated (load_plan_file reads into such a string).
TEST(plan_json_tree, padding_keeps_the_text_and_reuses_room_already_there) {
  for (std::string text : {std::string(), std::string("{}"), std::string(5000, 'x') + "ệ"}) {
    const std::string before = text;
    detail::pad_for_simdjson(text);
    EXPECT_EQ(text, before);
    EXPECT_GE(text.capacity(), text.size() + detail::json_padding);
  }
  std::string roomy = "[1, 2]";
  roomy.reserve(roomy.size() + detail::json_padding + 10);
  const char* data = roomy.data();
  detail::pad_for_simdjson(roomy);
  EXPECT_EQ(roomy.data(), data);
  EXPECT_EQ(roomy, "[1, 2]");
  // Moved into a source_text, as read_json does, the room stays.
  source_text moved("t.json", std::move(roomy));
  EXPECT_GE(moved.text().capacity(), moved.text().size() + detail::json_padding);
}

}  // namespace
}  // namespace planlint::plan
