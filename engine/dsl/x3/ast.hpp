#pragma once
// The parse tree as Spirit X3 fills it (internal to engine/dsl). It mirrors the surface
// syntax: expressions are flat chains `term op term op …` that lower.cpp folds into
// ast::expr by precedence, so the grammar stays one level deep and each operator is
// an expectation point.
#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace planlint::dsl::x3ast {

namespace x3 = boost::spirit::x3;

// Byte offsets into the source, set by the annotation handler when a rule succeeds.
struct node {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct identifier : node {
  std::string name;
};
struct integer : node {
  std::int64_t value = 0;
};
struct string_lit : node {
  std::string value;
};

struct chain;
struct call;
struct quantifier;

struct primary : x3::variant<integer, string_lit, identifier, x3::forward_ast<call>,
                             x3::forward_ast<quantifier>, x3::forward_ast<chain>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct postfix : node {
  primary head;
  std::vector<identifier> fields;
};

struct term : node {
  std::vector<std::string> prefixes;  // "not", "-", outermost first
  postfix value;
};

struct operation : node {
  std::string op;
  term rhs;
};

struct chain : node {
  term first;
  std::vector<operation> rest;
};

// A call `f(a, b)`, or a list literal `[a, b]` when the name is empty.
struct call : node {
  identifier name;
  std::vector<chain> args;
};

struct quantifier : node {
  std::string kind;
  identifier var;
  postfix domain;
  chain body;
};

// A message template: literal chunks and `{expr}` holes.
struct template_part : x3::variant<std::string, chain> {
  using base_type::base_type;
  using base_type::operator=;
};
struct message_template : node {
  std::vector<template_part> parts;
};

struct plain_string : node {
  std::vector<std::string> pieces;  // adjacent literals are concatenated
};

struct plain_entry : node {
  identifier language;
  plain_string text;
};
struct message_entry : node {
  identifier language;
  message_template text;
};

// Clauses. Each keyword is captured as a string so one variant covers them all.
struct word_clause : node {  // severity error | category timeline | enabled false
  std::string keyword;
  identifier word;
};
struct flag_clause : node {  // disabled
  std::string keyword;
};
struct text_clause : node {  // cite "…"
  std::string keyword;
  plain_string text;
};
struct translated_clause : node {  // title vi "…" en "…" | explain …
  std::string keyword;
  std::vector<plain_entry> entries;
};
struct for_clause : node {
  identifier var;
  chain collection;
  boost::optional<chain> filter;  // the `where` condition
};
struct let_clause : node {
  identifier name;
  chain value;
};
struct when_clause : node {
  chain condition;
};
struct evidence_clause : node {
  plain_string label;
  chain value;
};
struct report_clause : node {
  boost::optional<chain> at;  // the `at` expression
  std::vector<message_entry> messages;
};

struct clause : x3::variant<word_clause, flag_clause, text_clause, translated_clause, for_clause,
                            let_clause, when_clause, evidence_clause, report_clause> {
  using base_type::base_type;
  using base_type::operator=;
};

struct rule : node {
  identifier id;
  std::vector<clause> clauses;
};

}  // namespace planlint::dsl::x3ast
