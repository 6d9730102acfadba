// Run-time values (and the calls that pass them). String values: borrowed text (a view of data that outlives the evaluation) and owned text
// (computed, shared by the value's copies) behave the same to the rules.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/eval/builtins.hpp"
#include "engine/eval/host.hpp"
#include "engine/eval/load.hpp"
#include "engine/eval/value.hpp"
#include "tests/dsl_fake_host.hpp"

namespace planlint {
namespace {

TEST(eval_value, borrowed_text_views_the_source) {
  const std::string source = "Tiêu chí 1.3";
  eval::value v = eval::value::borrow(source);
  ASSERT_TRUE(v.is_string());
  EXPECT_EQ(v.as_string(), "Tiêu chí 1.3");
  EXPECT_EQ(v.as_string().data(), source.data());  // no copy
  eval::value copy = v;
  EXPECT_EQ(copy.as_string().data(), source.data());
}

TEST(eval_value, owned_text_outlives_its_source_and_is_shared_by_copies) {
  eval::value copy;
  {
    eval::value v(std::string("đ") + std::string(40, 'x'));  // longer than any short-string buffer
    copy = v;
    EXPECT_EQ(copy.as_string().data(), v.as_string().data());
  }
  EXPECT_EQ(copy.as_string(), "đ" + std::string(40, 'x'));
}

TEST(eval_value, a_substring_of_owned_text_keeps_it_alive) {
  eval::value piece;
  const char* start = nullptr;
  {
    eval::value whole(std::string(20, 'a') + "|Tiêu chí 1.3|" + std::string(20, 'b'));
    start = whole.as_string().data() + 21;
    piece = whole.substring(whole.as_string().substr(21, std::string("Tiêu chí 1.3").size()));
  }
  EXPECT_EQ(piece.as_string(), "Tiêu chí 1.3");
  EXPECT_EQ(piece.as_string().data(), start);  // a view, not a copy
  EXPECT_FALSE(piece.where());                 // pieces have no place in the plan
}

TEST(eval_value, a_substring_of_borrowed_text_views_the_source) {
  const std::string source = "a; b";
  eval::value piece = eval::value::borrow(source).substring(std::string_view(source).substr(3));
  EXPECT_EQ(piece.as_string(), "b");
  EXPECT_EQ(piece.as_string().data(), source.data() + 3);
  EXPECT_TRUE(eval::value::borrow(source).substring(std::string_view(source).substr(4)).as_string().empty());
}

TEST(eval_value, borrowed_and_owned_text_compare_by_content) {
  const std::string a = "Mức 2";
  EXPECT_TRUE(eval::equal(eval::value::borrow(a), eval::value(std::string("Mức 2"))));
  EXPECT_FALSE(eval::equal(eval::value::borrow(a), eval::value(std::string("Mức 3"))));
  EXPECT_TRUE(eval::equal(eval::value::borrow(std::string_view()), eval::value(std::string())));
  EXPECT_FALSE(eval::equal(eval::value(std::string()), eval::value()));  // empty text is not absent
}

TEST(eval_value, borrowed_text_formats_as_written) {
  const std::string s = "Hiệu trưởng";
  EXPECT_EQ(eval::format(eval::value::borrow(s), eval::language::vi), "Hiệu trưởng");
  EXPECT_EQ(eval::format(eval::value::borrow(std::string_view()), eval::language::en), "");
}

TEST(eval_value, each_kind_reads_back) {
  EXPECT_TRUE(eval::value().absent());
  EXPECT_EQ(eval::value(true).as_bool(), true);
  EXPECT_EQ(eval::value(std::int64_t{-7}).as_int(), -7);
  EXPECT_EQ(eval::value(eval::date{2025, 5, 31}).as_date(), (eval::date{2025, 5, 31}));
  EXPECT_EQ(eval::value(eval::interval{{2024, 9, 5}, {2025, 5, 31}}).as_interval(),
            (eval::interval{{2024, 9, 5}, {2025, 5, 31}}));
  int host = 0;
  EXPECT_EQ(eval::value(eval::object{nullptr, &host}).as_object().ptr, &host);
}

TEST(eval_value, a_list_outlives_the_value_it_was_read_from) {
  eval::value copy;
  {
    eval::value v(eval::list{eval::value(std::string(30, 'a')), eval::value(2)});
    copy = v;
  }
  ASSERT_EQ(copy.as_list().size(), 2u);
  EXPECT_EQ(copy.as_list()[0].as_string(), std::string(30, 'a'));
  EXPECT_EQ(format(copy, eval::language::en), std::string(30, 'a') + ", 2");
}

TEST(eval_value, empty_lists_share_one_block) {
  eval::value a(eval::list{}), b(eval::list{});
  EXPECT_TRUE(a.as_list().empty());
  EXPECT_EQ(&a.as_list(), &b.as_list());
  eval::value c(eval::list{eval::value(1)});
  EXPECT_NE(&c.as_list(), &a.as_list());
  EXPECT_TRUE(eval::equal(a, b));
  EXPECT_FALSE(eval::equal(a, c));
  EXPECT_EQ(format(a, eval::language::en), "");
}

TEST(eval_value, reading_another_kind_throws_the_message_it_always_gave) {
  try {
    (void)eval::value(3).as_string();
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "std::get: wrong index for variant");
  }
  EXPECT_THROW((void)eval::value().as_list(), std::runtime_error);
}

TEST(eval_value, a_located_value_keeps_its_text_and_its_location) {
  eval::location at;
  at.pointer = "/rows/2/owners";
  at.place = "bảng kế hoạch, dòng TT 3";
  eval::value v;
  {
    eval::value owned(std::string(20, 'x') + "đ");
    v = owned.located(at);
  }
  EXPECT_EQ(v.as_string(), std::string(20, 'x') + "đ");
  ASSERT_TRUE(v.where().has_value());
  EXPECT_EQ(v.where()->pointer, "/rows/2/owners");
  EXPECT_EQ(v.where()->place, "bảng kế hoạch, dòng TT 3");
  EXPECT_FALSE(eval::value(1).where().has_value());
}

}  // namespace
}  // namespace planlint

namespace planlint {
namespace {

// Calls nested in calls' arguments share the interpreter's argument stack.
std::string shown(const std::string& expression) {
  std::string text = "rule r {\n  severity warning\n  category test\n  cite \"c\"\n  title vi \"T\" en \"T\"\n"
                     "  let v = " + expression + "\n  report\n    vi \"{v}\"\n    en \"{v}\"\n}\n";
  auto loaded = eval::load_rules({source_text("t.rules", text)}, testing::fake_registry());
  if (!loaded.ok()) return eval::render_diagnostics(loaded);
  auto plan = testing::sample_plan();
  testing::fake_root root;
  root.plan = &plan;
  eval::evaluation_options options;
  options.lang = eval::language::en;
  auto findings = eval::evaluate(*loaded.rules, &root, options);
  return findings.size() == 1 ? findings[0].message : "<" + std::to_string(findings.size()) + " findings>";
}

TEST(eval_call, nested_calls_keep_their_own_arguments) {
  EXPECT_EQ(shown("join(split(join(split(\"a,b,c\", \",\"), \"-\"), \"-\"), \"+\")"), "a+b+c");
  EXPECT_EQ(shown("date(length(\"abcd\") + 2021, length(split(\"1,2,3\", \",\")) + 2, days_between(date(2025, 1, 1), date(2025, 1, 31)))"),
            "2025-05-30");
  EXPECT_EQ(shown("default(first(split(\"\", \",\")), \"none\")"), "");
  EXPECT_EQ(shown("length(default(none, \"đủ\"))"), "2");
}

// Conditions are decided without building their values (interpreter::holds); what they
// yield is what the values gave.
TEST(eval_call, conditions_yield_what_their_values_gave) {
  EXPECT_EQ(shown("not (none < 1)"), "true");
  EXPECT_EQ(shown("none == none and not (none != none)"), "true");
  EXPECT_EQ(shown("1 in [1, 2] and not (\"a\" in \"bcd\")"), "true");
  EXPECT_EQ(shown("any x in [1, 2]: x < 2 or x / 0 == 1"), "true");  // `or` stops at the first truth
  EXPECT_EQ(shown("count x in [1, 2, 3]: not (x == 2)"), "2");
  EXPECT_EQ(shown("all x in [1, 2]: x >= 1 and x <= 2"), "true");
  EXPECT_EQ(shown("none x in [\"a\"]: x not in [\"b\"]"), "false");
  EXPECT_EQ(shown("1 + 2 == 3 or none"), "true");
}

// same_text answers byte-equal texts without folding them; the rest still fold.
TEST(eval_call, same_text_on_equal_and_unequal_texts) {
  EXPECT_EQ(shown("same_text(\"Mức 2\", \"Mức 2\")"), "true");
  EXPECT_EQ(shown("same_text(\"\", \"\")"), "true");
  EXPECT_EQ(shown("same_text(\"MỨC  2\", \"muc 2\")"), "true");
  EXPECT_EQ(shown("same_text(\"Mức 2\", \"Mức 3\")"), "false");
  EXPECT_EQ(shown("same_text(\"Mức 2\", \"\")"), "false");
}

}  // namespace
}  // namespace planlint

namespace planlint {
namespace {

struct probe {
  std::int64_t n;
  std::string label;
};

TEST(eval_host, a_field_of_getter_is_read_directly_and_agrees_with_get) {
  eval::host_registry r;
  const std::string place = "bảng";
  eval::host_type& t = r.add_type("probe");
  t.field_of<probe>("n", eval::type::integer(), [](const probe& p) { return p.n; })
      .field_of<probe>("label", eval::type::string(), [&place](const probe& p) {
        return p.label.empty() ? eval::value() : eval::value(place + ": " + p.label);
      })
      .field("twice", eval::type::integer(),
             [](const void* p) { return eval::value(2 * static_cast<const probe*>(p)->n); });
  probe x{21, "dòng 3"};
  const eval::field_def* n = t.find_field("n");
  const eval::field_def* label = t.find_field("label");
  const eval::field_def* twice = t.find_field("twice");
  ASSERT_TRUE(n && label && twice);
  EXPECT_NE(n->read, nullptr);
  EXPECT_EQ((*n)(&x).as_int(), 21);
  EXPECT_EQ(n->get(&x).as_int(), 21);
  EXPECT_EQ((*label)(&x).as_string(), "bảng: dòng 3");
  probe unlabelled{1, ""};
  EXPECT_TRUE((*label)(&unlabelled).absent());
  EXPECT_EQ(twice->read, nullptr);  // declared with a std::function: called through it
  EXPECT_EQ((*twice)(&x).as_int(), 42);
  // Redeclaring a field replaces its direct reader too.
  t.field("n", eval::type::integer(), [](const void*) { return eval::value(7); });
  EXPECT_EQ(t.find_field("n")->read, nullptr);
  EXPECT_EQ((*t.find_field("n"))(&x).as_int(), 7);
}

TEST(eval_host, a_copied_type_reads_its_fields_after_the_original_is_gone) {
  const std::string suffix(40, '!');  // captured by value: the getter has state of its own
  auto copy = std::make_unique<eval::host_type>("probe");
  {
    eval::host_type original("probe");
    original.field_of<probe>("label", eval::type::string(),
                             [suffix](const probe& p) { return eval::value(p.label + suffix); });
    *copy = original;
  }
  probe x{1, "a"};
  const eval::field_def* label = copy->find_field("label");
  ASSERT_TRUE(label && label->read);
  EXPECT_EQ((*label)(&x).as_string(), "a" + suffix);
}

TEST(eval_host, a_fixed_signature_function_keeps_its_plain_call) {
  eval::host_registry r;
  r.add_function("plus_one", {eval::type::integer()}, eval::type::integer(),
                 [](std::span<const eval::value> a) { return eval::value(a[0].as_int() + 1); });
  const eval::function_def* f = r.find_function("plus_one");
  ASSERT_TRUE(f && f->call_plain);
  const eval::value args[] = {eval::value(41)};
  EXPECT_EQ(f->call_plain(args).as_int(), 42);
  EXPECT_EQ(f->call(args, eval::call_extras{}).as_int(), 42);
  EXPECT_FALSE(r.find_function("matches")->call_plain);  // built-ins take call_extras
}

}  // namespace
}  // namespace planlint
