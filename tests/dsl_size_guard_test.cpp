#include "engine/dsl/size_guard.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planlint::dsl {
namespace {

std::string parentheses(int n) { return std::string(static_cast<std::size_t>(n), '('); }

std::optional<diagnostic> guard(const std::string& text) { return check_size(source_text("r.rules", text)); }

TEST(dsl_size_guard, counts_nesting_outside_strings_and_comments_only) {
  const std::string deep = parentheses(max_nesting + 1);
  // Inside a string (with escaped quotes and backslashes before the closing quote) and inside
  // a comment, parentheses are text.
  EXPECT_FALSE(guard("rule a { report vi \"" + deep + "\\\"" + deep + "\\\\\" }"));
  EXPECT_FALSE(guard("# " + deep + "\nrule a { }"));
  EXPECT_FALSE(guard("rule a { report vi \"" + deep));  // an unclosed string runs to the end

  // After a string whose last character is an escaped backslash, the string is over.
  const std::string text = "rule a { when \"x\\\\\" == " + deep + " }";
  const std::optional<diagnostic> d = guard(text);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->bytes.begin, text.find('(') + max_nesting);
  EXPECT_EQ(d->message, "expression nested more than 64 deep");

  // An escaped quote does not close the string: the parentheses after it are still text.
  EXPECT_FALSE(guard("rule a { when \"x\\\" " + deep + "\" }"));
  // A comment ends at its line: the next line counts.
  const std::optional<diagnostic> after_comment = guard("# note\n" + deep);
  ASSERT_TRUE(after_comment);
  EXPECT_EQ(after_comment->where.line, 2u);
}

}  // namespace
}  // namespace planlint::dsl
