#include "engine/dsl/size_guard.hpp"

#include <cstring>
#include <string_view>

namespace planlint::dsl {

namespace {

// As std::isalnum in the C locale, without a library call per byte of the rule pack.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
}

bool is_operator_word(std::string_view w) { return w == "and" || w == "or" || w == "not" || w == "in"; }

bool is_operator_char(char c) {
  return c == '+' || c == '-' || c == '*' || c == '/' || c == '%' || c == '<' || c == '>' || c == '=' || c == '!';
}

// Where the string literal whose text starts at i ends: its closing quote (one not escaped
// by an odd run of backslashes), or the end of the text. Messages are most of a rule file:
// the quotes are found with memchr rather than byte by byte.
std::size_t string_end(const std::string& t, std::size_t i) {
  for (std::size_t from = i;;) {
    const void* quote = std::memchr(t.data() + from, '"', t.size() - from);
    if (!quote) return t.size();
    const auto at = static_cast<std::size_t>(static_cast<const char*>(quote) - t.data());
    std::size_t backslashes = 0;
    while (at - backslashes > i && t[at - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at;
    from = at + 1;
  }
}

// The end of the line a comment at i is on.
std::size_t line_end(const std::string& t, std::size_t i) {
  const void* newline = std::memchr(t.data() + i, '\n', t.size() - i);
  return newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - t.data()) : t.size();
}

}  // namespace

std::optional<diagnostic> check_size(const source_text& source) {
  const std::string& t = source.text();
  int depth = 0, operators = 0;
  auto at = [&](std::size_t i, std::string message) {
    auto begin = static_cast<std::uint32_t>(i);
    return make_diagnostic(source, {begin, begin + 1}, std::move(message));
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '#') {
      i = line_end(t, i);
    } else if (c == '"') {
      i = string_end(t, i + 1);
    } else if (c == '(' || c == '[') {
      if (++depth > max_nesting)
        return at(i, "expression nested more than " + std::to_string(max_nesting) + " deep");
    } else if (c == ')' || c == ']') {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (word_char(c) && !is_digit(c) && c != '-') {
      std::size_t end = i;
      while (end < t.size() && word_char(t[end])) ++end;
      std::string_view w(t.data() + i, end - i);
      if (w == "rule") operators = 0;
      if (is_operator_word(w) && ++operators > max_operators_per_rule)
        return at(i, "a rule with more than " + std::to_string(max_operators_per_rule) + " operators");
      i = end - 1;
    } else if (is_operator_char(c) && ++operators > max_operators_per_rule) {
      return at(i, "a rule with more than " + std::to_string(max_operators_per_rule) + " operators");
    }
  }
  return std::nullopt;
}

}  // namespace planlint::dsl
