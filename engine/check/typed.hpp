#pragma once
// Rules after checking: every name resolved (a local slot, a global, a field, a function),
// every expression typed, every pattern compiled. What eval/ runs; no further lookups by
// name are needed except on values of type `any`.
#include <memory>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/dsl/ast.hpp"
#include "engine/eval/host.hpp"
#include "engine/finding.hpp"

namespace planlint::check {

// The operator of a unary, binary or quantifier expression, decoded once by the checker:
// the evaluator switches on it rather than comparing operator strings at every step.
enum class op_code : std::uint8_t {
  other, logical_not, negate, logical_and, logical_or, equal, not_equal, in, not_in, less,
  less_equal, greater, greater_equal, add, subtract, multiply, divide, remainder,
  any, all, none, count
};
op_code op_code_of(dsl::ast::expr::kind k, std::string_view text);

struct typed_expr {
  dsl::ast::expr::kind k = dsl::ast::expr::kind::none;
  op_code op = op_code::other;
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
