// Runs the grammar rule by rule and turns X3 expectation failures into diagnostics
// "expected X, got Y" at the token that did not fit.
#include "engine/dsl/parse.hpp"

#include <cstdio>

#include "engine/dsl/x3/config.hpp"
#include "engine/dsl/x3/lower.hpp"
#include "engine/text/utf8.hpp"

namespace planlint::dsl {

namespace {

namespace x3 = boost::spirit::x3;
using grammar::iterator_type;

// Skips white space and `#` comments, like the grammar's skipper.
std::size_t skip_blanks(const std::string& text, std::size_t at) {
  while (at < text.size()) {
    char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++at;
    } else if (c == '#') {
      while (at < text.size() && text[at] != '\n') ++at;
    } else {
      break;
    }
  }
  return at;
}

bool is_word_byte(char c) {
  return grammar::is_word_char(c) || c == '-' || (static_cast<unsigned char>(c) & 0x80) != 0;
}

// The token at a place, as the "got …" of a message, and its byte length.
std::pair<std::string, std::size_t> token_at(const std::string& text, std::size_t at) {
  if (at >= text.size()) return {"end of file", 0};
  if (text[at] == '\n' || text[at] == '\r') return {"end of line", 1};
  if (text[at] == '"') return {"a string", 1};
  std::size_t end = at;
  while (end < text.size() && is_word_byte(text[end])) ++end;
  if (end == at) {
    end = at + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    // Two-character operators read as one token.
    if (end < text.size() && std::string_view("=<>!").find(text[at]) != std::string_view::npos &&
        text[end] == '=')
      ++end;
  }
  return {"'" + text.substr(at, end - at) + "'", end - at};
}

std::string expected_what(const std::string& which, const grammar::parse_state& state) {
  const std::string in_rule = state.current_rule.empty() ? "" : " rule '" + state.current_rule + "'";
  if (which == "'}'")
    return state.in_hole ? "'}' to close the '{' of the message"
                         : "a clause or '}' to close" + in_rule;
  if (which == "'{'") return "'{' to open" + in_rule;
  if (which == "'\"'") return "'\"' to close the string";
  if (which == "')'") return "')' to close the parenthesis or argument list";
  if (which == "']'") return "']' to close the list";
  return which;
}

// The next line that starts with the keyword `rule`, after `from`; text.size() if none.
std::size_t next_rule_start(const std::string& text, std::size_t from) {
  std::size_t at = from;
  while ((at = text.find('\n', at)) != std::string::npos) {
    ++at;
    std::size_t word = at;
    while (word < text.size() && (text[word] == ' ' || text[word] == '\t')) ++word;
    if (text.compare(word, 4, "rule") == 0 &&
        (word + 4 == text.size() || !grammar::is_word_char(text[word + 4])))
      return word;
  }
  return text.size();
}

}  // namespace

parse_result parse(const source_text& source) {
  if (auto bad = text::first_invalid_utf8(source.text())) {
    auto at = static_cast<std::uint32_t>(*bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(source.text()[at]));
    parse_result refused;
    refused.diagnostics.push_back(make_diagnostic(
        source, {at, at + 1},
        "invalid UTF-8 at byte " + std::to_string(at) + " (" + hex + "); save the rule file as UTF-8"));
    return refused;
  }
  parse_result result;
  const std::string& text = source.text();
  grammar::parse_state state{text.begin(), {}, false};
  grammar::phrase_context_type phrase(grammar::skipper(), x3::unused);
  grammar::context_type context(state, phrase);

  auto report = [&](std::size_t at, std::string what, bool skip) {
    if (skip) at = skip_blanks(text, at);
    auto [got, length] = token_at(text, at);
    auto bytes = span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + length)};
    result.diagnostics.push_back(
        make_diagnostic(source, bytes, "expected " + std::move(what) + ", got " + got));
    return at;
  };

  std::size_t at = 0;
  while ((at = skip_blanks(text, at)) < text.size()) {
    state.current_rule.clear();
    state.in_hole = false;
    state.depth = 0;
    state.operators = 0;
    iterator_type first = text.begin() + static_cast<std::ptrdiff_t>(at);
    x3ast::rule parsed;
    try {
      if (grammar::rule_parser().parse(first, text.end(), context, x3::unused, parsed)) {
        result.file.rules.push_back(lower(parsed));
        at = static_cast<std::size_t>(first - text.begin());
        continue;
      }
      report(at, "'rule'", false);
    } catch (const x3::expectation_failure<iterator_type>& failure) {
      auto where = static_cast<std::size_t>(failure.where() - text.begin());
      // Inside a string the blanks are part of the fault ("got end of line").
      bool in_string = failure.which() == "'\"'";
      at = report(where, expected_what(failure.which(), state), !in_string);
    } catch (const grammar::limit_exceeded& limit) {
      // The rest of an over-long rule is not read: the next rule starts afresh.
      at = skip_blanks(text, static_cast<std::size_t>(limit.where - text.begin()));
      auto begin = static_cast<std::uint32_t>(at);
      auto end = at < text.size() ? begin + 1 : begin;  // nothing to point at past the end
      result.diagnostics.push_back(make_diagnostic(source, {begin, end}, limit.message));
    }
    at = next_rule_start(text, at);
  }
  return result;
}

}  // namespace planlint::dsl
