#pragma once
// The rule-file grammar. Expectation points (`>`) follow every committing keyword or
// punctuation so that a failure reads "expected X" at the place it happened; rule names
// ("an expression", "a name", …) are what those messages say.
#include <boost/spirit/home/x3.hpp>
#include <algorithm>
#include <string_view>
#include <type_traits>

#include "engine/dsl/limits.hpp"
#include "engine/dsl/x3/ast.hpp"
#include "engine/dsl/x3/ast_adapted.hpp"
#include "engine/dsl/x3/grammar.hpp"

// Boost 1.74 names only rules without force_attribute in "expected …" messages; this
// makes rules that keep their attribute despite an action name themselves too.
namespace boost::spirit::x3::traits {
template <typename ID, typename Attribute>
struct is_rule<rule<ID, Attribute, true>> : mpl::true_ {};
}  // namespace boost::spirit::x3::traits

namespace planlint::dsl::grammar {

namespace x3 = boost::spirit::x3;
using x3::char_;
using x3::lexeme;
using x3::lit;


// A keyword: the word, not followed by a letter, digit or '_' ("in" does not match "index").
// With_value = true exposes the word as a std::string attribute.
template <bool With_value>
struct keyword_parser : x3::parser<keyword_parser<With_value>> {
  using attribute_type = std::conditional_t<With_value, std::string, x3::unused_type>;
  static bool const has_attribute = With_value;
  explicit keyword_parser(const char* w) : word(w) {}
  const char* word;

  template <class Iterator, class Context, class Rcontext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, Rcontext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    for (const char* w = word; *w; ++w, ++it)
      if (it == last || *it != *w) return false;
    if (it != last && is_word_char(*it)) return false;
    first = it;
    if constexpr (With_value) x3::traits::move_to(std::string(word), attr);
    return true;
  }
};
inline keyword_parser<false> kw(const char* w) { return keyword_parser<false>(w); }
inline keyword_parser<true> kwv(const char* w) { return keyword_parser<true>(w); }

// Byte offsets on every node that derives from x3ast::node.
struct annotate {
  template <class Iterator, class Attribute, class Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& attr,
                  Context const& context) {
    if constexpr (std::is_base_of_v<x3ast::node, Attribute>) {
      auto& state = x3::get<state_tag>(context);
      attr.begin = static_cast<std::uint32_t>(first - state.base);
      attr.end = static_cast<std::uint32_t>(last - state.base);
    }
  }
};

// Rule ids, in class declarations (names are what "expected …" says).
struct identifier_class : annotate {};
struct field_name_class : annotate {};
struct slug_class : annotate {};
struct word_class : annotate {};
struct plain_entries_class {};
struct message_entries_class {};
struct rule_name_class : annotate {};
struct integer_class : annotate {};
struct string_lit_class : annotate {};
struct plain_string_class : annotate {};
struct string_piece_class {};
struct escape_class {};
struct escaped_class {};
struct chunk_class {};
struct pieces_class {};
struct parts_class {};
struct hole_class {};
struct template_class : annotate {};
struct expr_class : annotate {};
struct term_class : annotate {};
struct operation_class : annotate {};
struct postfix_class : annotate {};
struct primary_class : annotate {};
struct call_class : annotate {};
struct list_class : annotate {};
struct quantifier_class : annotate {};
struct paren_class {};
struct plain_entry_class : annotate {};
struct message_entry_class : annotate {};
struct word_clause_class : annotate {};
struct flag_clause_class : annotate {};
struct text_clause_class : annotate {};
struct translated_clause_class : annotate {};
struct for_clause_class : annotate {};
struct let_clause_class : annotate {};
struct when_clause_class : annotate {};
struct evidence_clause_class : annotate {};
struct report_clause_class : annotate {};
struct clause_class : annotate {};
struct rule_class : annotate {};
struct rule_id_class : annotate {};

x3::rule<identifier_class, x3ast::identifier> const identifier = "a name";
x3::rule<field_name_class, x3ast::identifier> const field_name = "a field name";
x3::rule<slug_class, std::string> const slug = "a rule id (lower-case words joined by '-')";
x3::rule<rule_id_class, x3ast::identifier> const rule_id = "a rule id (lower-case words joined by '-')";
x3::rule<rule_name_class, x3ast::identifier, true> const rule_name =  // true: keep the attribute despite the action
    "a rule id (lower-case words joined by '-')";
x3::rule<word_class, x3ast::identifier> const word = "a word";
x3::rule<integer_class, x3ast::integer> const integer = "an integer";
x3::rule<string_piece_class, std::string> const string_piece = "a string";
x3::rule<string_lit_class, x3ast::string_lit> const string_lit = "a string";
x3::rule<plain_string_class, x3ast::plain_string> const plain_string = "a string";
x3::rule<escape_class, char> const escape = "an escape";
x3::rule<escaped_class, char> const escaped = "an escape (\\\" \\\\ \\n \\t \\{)";
x3::rule<chunk_class, std::string> const chunk = "text";
x3::rule<pieces_class, std::vector<std::string>> const pieces = "a string";
x3::rule<parts_class, std::vector<x3ast::template_part>> const parts = "a message";
x3::rule<hole_class, x3ast::chain, true> const hole = "'{expression}'";
x3::rule<template_class, x3ast::message_template> const message_template = "a message";
x3::rule<expr_class, x3ast::chain> const expr = "an expression";
x3::rule<term_class, x3ast::term> const term = "an expression";
x3::rule<operation_class, x3ast::operation> const operation = "an operator";
x3::rule<postfix_class, x3ast::postfix> const postfix = "an expression";
x3::rule<primary_class, x3ast::primary> const primary = "an expression";
x3::rule<call_class, x3ast::call> const call = "a call";
x3::rule<list_class, x3ast::call> const list = "a list";
x3::rule<quantifier_class, x3ast::quantifier> const quantifier = "a quantifier";
x3::rule<paren_class, x3ast::chain> const paren = "a parenthesised expression";
x3::rule<plain_entry_class, x3ast::plain_entry> const plain_entry = "a language tag (vi or en)";
x3::rule<message_entry_class, x3ast::message_entry> const message_entry = "a message (vi \"…\" en \"…\")";
x3::rule<plain_entries_class, std::vector<x3ast::plain_entry>> const plain_entries =
    "a language tag and its text (vi \"…\" en \"…\")";
x3::rule<message_entries_class, std::vector<x3ast::message_entry>> const message_entries =
    "a message (vi \"…\" en \"…\")";
x3::rule<word_clause_class, x3ast::word_clause> const word_clause = "a clause";
x3::rule<flag_clause_class, x3ast::flag_clause> const flag_clause = "a clause";
x3::rule<text_clause_class, x3ast::text_clause> const text_clause = "a clause";
x3::rule<translated_clause_class, x3ast::translated_clause> const translated_clause = "a clause";
x3::rule<for_clause_class, x3ast::for_clause> const for_clause = "a clause";
x3::rule<let_clause_class, x3ast::let_clause> const let_clause = "a clause";
x3::rule<when_clause_class, x3ast::when_clause> const when_clause = "a clause";
x3::rule<evidence_clause_class, x3ast::evidence_clause> const evidence_clause = "a clause";
x3::rule<report_clause_class, x3ast::report_clause> const report_clause = "a clause";
x3::rule<clause_class, x3ast::clause> const clause = "a clause";
rule_type const rule = "a rule";
skipper_type const skipper_rule = "white space";

// Lexical pieces.
// ASCII classes: the standard ones ask the C library per byte.
auto const skipper_rule_def = x3::ascii::space | (lit('#') >> *(char_ - x3::eol) >> (x3::eol | x3::eoi));

// The words a name may not be.
inline constexpr std::string_view reserved_words[] = {
    "and",  "or",       "not",      "in",       "rule",  "for",   "let",
    "when", "where",    "report",   "at",       "evidence", "severity", "category",
    "cite", "title",    "explain",  "enabled",  "disabled"};

// A name: a letter or '_', then letters, digits and '_'. Unless Any_word, not a reserved
// word. One scan of the word, then one lookup: `!reserved >> name` tried nineteen keywords,
// each after its own skip, at every name, and names are most of a rule file.
template <bool Any_word>
struct name_parser : x3::parser<name_parser<Any_word>> {
  using attribute_type = std::string;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class Rcontext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, Rcontext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    if (it == last || !(is_word_char(*it) && !(*it >= '0' && *it <= '9'))) return false;
    while (it != last && is_word_char(*it)) ++it;
    const std::string_view word(&*first, static_cast<std::size_t>(it - first));
    if constexpr (!Any_word)
      if (std::find(std::begin(reserved_words), std::end(reserved_words), word) !=
          std::end(reserved_words))
        return false;
    x3::traits::move_to(std::string(word), attr);
    first = it;
    return true;
  }
};
auto const identifier_def = name_parser<false>{};

// Whether a call starts here: a name, then '(' after any blanks. Nothing is consumed. Asked
// before `call`, so that a plain name (most primaries) is not read twice, once as a call's
// name that then meets no '(', and again as itself.
struct call_ahead_parser : x3::parser<call_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class Rcontext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, Rcontext&,
             Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    if (it == last || !is_word_char(*it) || (*it >= '0' && *it <= '9')) return false;
    while (it != last && is_word_char(*it)) ++it;
    x3::skip_over(it, last, context);
    return it != last && *it == '(';
  }
};
auto const call_ahead = call_ahead_parser{};
auto const field_name_def = name_parser<true>{};
auto const slug_def = x3::raw[lexeme[+char_("a-z0-9") >> *(char_('-') >> +char_("a-z0-9"))]];
auto const word_def = x3::raw[lexeme[+char_("a-zA-Z0-9_-")]];
auto const integer_def = lexeme[x3::int_parser<std::int64_t>() >> !char_("a-zA-Z0-9_")];

auto const escaped_def = char_('"') | char_('\\') | char_('{') | (lit('n') >> x3::attr('\n')) |
                         (lit('t') >> x3::attr('\t'));
auto const escape_def = lit('\\') > escaped;
// Runs of plain characters are taken with raw[] so they are appended to the string at once:
// one character at a time, the rule pack's long messages made string building a sixth of
// its parse.
auto const string_piece_def = lexeme['"' > *(escape | x3::raw[+(char_ - char_("\"\\\n"))]) > '"'];
auto const string_lit_def = string_piece;
auto const pieces_def = +string_piece;
auto const plain_string_def = pieces;
auto const chunk_def = +(escape | (lit("{{") >> x3::attr('{')) | x3::raw[+(char_ - char_("\"\\\n{"))]);
auto const open_hole = [](auto& context) { x3::get<state_tag>(context).in_hole = true; };
auto const close_hole = [](auto& context) { x3::get<state_tag>(context).in_hole = false; };
// The closing action runs outside skip[] so the blanks after '}' stay in the text.
auto const hole_def = x3::skip(skipper_rule)[lit('{')[open_hole] > expr > '}'] >> x3::eps[close_hole];
auto const parts_def = lexeme['"' > *(chunk | hole) > '"'];
auto const message_template_def = parts;

// Every nested expression (in parentheses, a list, a call, a quantifier, a message's hole)
// goes through `primary`: counting the primaries open inside one another bounds the
// recursion of the parser and of everything that walks its tree.
template <class Subject>
struct depth_limited : x3::unary_parser<Subject, depth_limited<Subject>> {
  using base_type = x3::unary_parser<Subject, depth_limited<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit depth_limited(Subject const& subject) : base_type(subject) {}

  template <class Iterator, class Context, class Rcontext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, Rcontext& rcontext,
             Attribute& attr) const {
    auto& state = x3::get<state_tag>(context);
    if (state.depth >= max_nesting) {
      Iterator where = first;
      x3::skip_over(where, last, context);
      throw limit_exceeded{where, "expression nested more than " + std::to_string(max_nesting) + " deep"};
    }
    struct level {
      int& depth;
      explicit level(int& d) : depth(d) { ++depth; }
      ~level() { --depth; }  // also when an expectation failure unwinds through here
    } open(state.depth);
    return this->subject.parse(first, last, context, rcontext, attr);
  }
};
template <class Subject>
depth_limited<typename x3::extension::as_parser<Subject>::value_type> limit_depth(Subject const& subject) {
  return depth_limited<typename x3::extension::as_parser<Subject>::value_type>(x3::as_parser(subject));
}

// Counts the operators of the current rule: lower.cpp turns a rule's chain of operators into
// a tree as deep as the chain is long.
template <class Subject>
struct operator_counted : x3::unary_parser<Subject, operator_counted<Subject>> {
  using base_type = x3::unary_parser<Subject, operator_counted<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit operator_counted(Subject const& subject) : base_type(subject) {}

  template <class Iterator, class Context, class Rcontext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, Rcontext& rcontext,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    const Iterator where = first;
    if (!this->subject.parse(first, last, context, rcontext, attr)) return false;
    if (++x3::get<state_tag>(context).operators > max_operators_per_rule)
      throw limit_exceeded{where, "a rule with more than " + std::to_string(max_operators_per_rule) + " operators"};
    return true;
  }
};
template <class Subject>
operator_counted<typename x3::extension::as_parser<Subject>::value_type> count_operator(Subject const& subject) {
  return operator_counted<typename x3::extension::as_parser<Subject>::value_type>(x3::as_parser(subject));
}

// Expressions: flat chains of terms; lower.cpp applies precedence.
auto const binary_op = kwv("or") | kwv("and") | (kw("not") >> kw("in") >> x3::attr(std::string("not in"))) |
                       kwv("in") | x3::string("==") | x3::string("!=") | x3::string("<=") |
                       x3::string(">=") | x3::string("<") | x3::string(">") | x3::string("+") |
                       x3::string("-") | x3::string("*") | x3::string("/") | x3::string("%");
auto const expr_def = term >> *operation;
auto const operation_def = count_operator(binary_op) > term;
auto const term_def = *count_operator(kwv("not") | x3::string("-")) >> postfix;
// A field access counts as an operator: `x.a.b.c…` lowers to a tree one level deep per field.
auto const postfix_def = primary >> *(count_operator(lit('.')) > field_name);
auto const primary_def =
    limit_depth(quantifier | (call_ahead >> call) | list | integer | string_lit | identifier | paren);
auto const paren_def = lit('(') > expr > ')';
auto const call_def = identifier >> lit('(') > -(expr % ',') > ')';
auto const list_def = x3::attr(x3ast::identifier()) >> lit('[') > -(expr % ',') > ']';
auto const quantifier_def = (kwv("any") | kwv("all") | kwv("none") | kwv("count")) >> identifier >>
                            kw("in") > postfix > ':' > expr;

// Rules and clauses.
// No expectation after the tag: a word not followed by a string ends the list.
auto const plain_entry_def = identifier >> plain_string;
auto const message_entry_def = identifier >> message_template;
auto const plain_entries_def = +plain_entry;
auto const message_entries_def = +message_entry;
auto const word_clause_def = (kwv("severity") | kwv("category") | kwv("enabled")) > word;
auto const flag_clause_def = kwv("disabled");
auto const text_clause_def = kwv("cite") > plain_string;
auto const translated_clause_def = (kwv("title") | kwv("explain")) > plain_entries;
auto const for_clause_def = kw("for") > identifier > kw("in") > expr >
                            -(kw("where") > expr);
auto const let_clause_def = kw("let") > identifier > '=' > expr;
auto const when_clause_def = kw("when") > expr;
auto const evidence_clause_def = kw("evidence") > plain_string > expr;
auto const report_clause_def = kw("report") > -(kw("at") > expr) > message_entries;
auto const clause_def = word_clause | flag_clause | text_clause | translated_clause | for_clause |
                        let_clause | when_clause | evidence_clause | report_clause;

auto const remember_rule = [](auto& context) {
  x3::get<state_tag>(context).current_rule = x3::_attr(context).name;
};
auto const rule_id_def = slug;
auto const rule_name_def = rule_id[remember_rule];
auto const rule_def = kw("rule") > rule_name > '{' > *clause > '}';

BOOST_SPIRIT_DEFINE(identifier, field_name, slug, rule_id, rule_name, word, integer, escape, escaped, string_piece,
                    string_lit, plain_string, pieces, parts, chunk, hole, message_template, expr, operation,
                    term, postfix, primary, paren, call, list, quantifier, plain_entry,
                    message_entry, plain_entries, message_entries, word_clause, flag_clause, text_clause, translated_clause,
                    for_clause, let_clause, when_clause, evidence_clause, report_clause, clause,
                    rule, skipper_rule)

}  // namespace planlint::dsl::grammar

namespace boost::spirit::x3 {
template <bool With_value>
struct get_info<planlint::dsl::grammar::keyword_parser<With_value>> {
  using result_type = std::string;
  std::string operator()(planlint::dsl::grammar::keyword_parser<With_value> const& p) const {
    return "'" + std::string(p.word) + "'";
  }
};
}  // namespace boost::spirit::x3
