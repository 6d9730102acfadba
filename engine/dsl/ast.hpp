#pragma once
// The rule language as data: what the parser produces, the checker reads, the compiler
// lowers and the printer writes back. Plain structs, no parser types; every node carries
// the byte span it was read from so that later stages can point at it.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/source.hpp"

namespace planlint::dsl::ast {

// One expression node, tagged by kind. A single struct (rather than a variant of node
// types) keeps the walkers in check/, eval/ and the printer to one switch each.
struct expr {
  enum class kind {
    integer,     // int_value
    string,      // text
    boolean,     // bool_value
    none,        // the absent value
    list,        // children: the items
    name,        // text: a variable or global name
    field,       // children[0].text: the object's field `text`
    call,        // text: the function name; children: the arguments
    unary,       // text: "not" or "-"; children[0]
    binary,      // text: the operator; children[0] op children[1]
    quantifier,  // text: any|all|none|count; var; children[0] domain, children[1] condition
  };
  kind k = kind::none;
  span where;              // the whole expression
  span op_where;           // the operator, field name or variable (for precise carets)
  std::string text;
  std::string var;         // quantifier variable
  std::int64_t int_value = 0;
  bool bool_value = false;
  std::vector<expr> children;
};

// A message: literal chunks and `{expr}` holes, in order.
struct template_part {
  bool is_hole = false;
  std::string text;  // the literal chunk (is_hole == false)
  expr hole;         // the interpolated expression (is_hole == true)
};
struct message_template {
  std::vector<template_part> parts;
  span where;
};

// `vi "…" en "…"`: one text per language tag, in the order written.
template <class Text>
struct translated {
  struct entry {
    std::string language;
    span language_where;
    Text text;
  };
  std::vector<entry> entries;
  span where;
};
using plain_text = std::string;

// One clause of a rule body. Metadata clauses may come in any order; the steps
// (for/let/when/evidence) run in the order written; `report` ends the rule.
struct clause {
  enum class kind {
    severity,   // word
    category,   // word
    cite,       // text
    title,      // texts
    explain,    // texts
    enabled,    // word: true|false
    disabled,   //
    for_each,   // name, value (the collection), condition (optional `where`)
    let,        // name, value
    when,       // condition
    evidence,   // text (the label), value
    report,     // value (optional `at`), messages
  };
  kind k = kind::when;
  span where;        // the whole clause
  span word_where;   // the word or name after the keyword
  std::string word;  // severity/category/enabled word, or the bound name
  std::string text;  // cite text or evidence label
  translated<plain_text> texts;
  bool has_value = false;
  expr value;
  bool has_condition = false;
  expr condition;
  translated<message_template> messages;
};

struct rule {
  std::string id;
  span id_where;
  span where;
  std::vector<clause> clauses;
};

struct file {
  std::vector<rule> rules;
};

// Structural equality that ignores spans: what a round trip through the printer keeps.
bool equivalent(const expr& a, const expr& b);
bool equivalent(const file& a, const file& b);

}  // namespace planlint::dsl::ast
