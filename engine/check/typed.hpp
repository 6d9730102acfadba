#pragma once
// Rules after checking: every name resolved (a local slot, a global, a field, a function),
// every expression typed, every pattern compiled. What eval/ runs; no further lookups by
// name are needed except on values of type `any`.
#include <memory>
#include <string>
#include <vector>

#include "engine/dsl/ast.hpp"
#include "engine/eval/host.hpp"
#include "engine/finding.hpp"

namespace planlint::check {

struct typed_expr {
  dsl::ast::expr::kind k = dsl::ast::expr::kind::none;
  std::string text;          // operator, field, function or name
  span where;
  eval::type result = eval::type::any();
  eval::value constant;      // literals
  int slot = -1;             // local variable (name, quantifier variable)
  int global = -1;           // index into host_registry::globals()
  const eval::field_def* field = nullptr;        // resolved field (null: by name at run time)
  const eval::function_def* function = nullptr;
  std::shared_ptr<const re2::RE2> pattern;       // pattern functions
  std::vector<typed_expr> children;
};

struct typed_template {
  struct part {
    bool is_hole = false;
    std::string text;    // literal chunk
    typed_expr hole;
    std::string source;  // the hole's canonical text: the evidence name
  };
  std::vector<part> parts;
};

struct step {
  enum class kind { for_each, let, when, evidence };
  kind k = kind::when;
  std::string name;  // bound name or evidence label
  int slot = -1;
  typed_expr value;
  bool has_condition = false;
  typed_expr condition;
};

struct checked_rule {
  std::string id;
  std::string file;
  position where;
  severity level = severity::error;
  std::string category = "general";
  std::string cite;
  bool enabled = true;
  std::string title_vi, title_en, explain_vi, explain_en;
  std::vector<step> steps;
  bool has_at = false;
  typed_expr at;
  typed_template message_vi, message_en;
  int slot_count = 0;
};

}  // namespace planlint::check
