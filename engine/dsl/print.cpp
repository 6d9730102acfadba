#include "engine/dsl/print.hpp"

namespace planlint::dsl {

namespace {

// Binding strength, as lower.cpp parses it; primaries bind tightest.
constexpr int quantifier_level = 0;
constexpr int not_level = 3;
constexpr int minus_level = 7;
constexpr int primary_level = 8;

int binary_level(const std::string& op) {
  if (op == "or") return 1;
  if (op == "and") return 2;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/" || op == "%") return 6;
  return 4;
}

int level_of(const ast::expr& e) {
  switch (e.k) {
    case ast::expr::kind::binary: return binary_level(e.text);
    case ast::expr::kind::unary: return e.text == "not" ? not_level : minus_level;
    case ast::expr::kind::quantifier: return quantifier_level;
    default: return primary_level;
  }
}

std::string escaped(const std::string& s, bool is_template) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '{': out += is_template ? "{{" : "{"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string print_at(const ast::expr& e, int minimum);

std::string joined_args(const std::vector<ast::expr>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + print_at(items[i], 0);
  return out;
}

std::string print_bare(const ast::expr& e) {
  using k = ast::expr::kind;
  switch (e.k) {
    case k::integer: return std::to_string(e.int_value);
    case k::string: return escaped(e.text, false);
    case k::boolean: return e.bool_value ? "true" : "false";
    case k::none: return "none";
    case k::list: return "[" + joined_args(e.children) + "]";
    case k::name: return e.text;
    case k::field: return print_at(e.children[0], primary_level) + "." + e.text;
    case k::call: return e.text + "(" + joined_args(e.children) + ")";
    case k::unary:
      return e.text == "not" ? "not " + print_at(e.children[0], binary_level("=="))
                             : "-" + print_at(e.children[0], primary_level);
    case k::binary: {
      int level = binary_level(e.text);
      return print_at(e.children[0], level) + " " + e.text + " " + print_at(e.children[1], level + 1);
    }
    case k::quantifier:
      return e.text + " " + e.var + " in " + print_at(e.children[0], primary_level) + ": " +
             print_at(e.children[1], 0);
  }
  return "";
}

std::string print_at(const ast::expr& e, int minimum) {
  std::string text = print_bare(e);
  // A quantifier's condition runs to the end, so it is bracketed anywhere but the top.
  bool bracket = level_of(e) < minimum || (e.k == ast::expr::kind::quantifier && minimum > 0);
  return bracket ? "(" + text + ")" : text;
}

std::string print_template(const ast::message_template& t) {
  std::string out = "\"";
  for (const auto& part : t.parts) {
    if (part.is_hole) {
      out += "{" + print_at(part.hole, 0) + "}";
    } else {
      std::string chunk = escaped(part.text, true);
      out += chunk.substr(1, chunk.size() - 2);
    }
  }
  return out + "\"";
}

std::string print_clause(const ast::clause& c) {
  using k = ast::clause::kind;
  std::string out = "  ";
  switch (c.k) {
    case k::severity: return out + "severity " + c.word + "\n";
    case k::category: return out + "category " + c.word + "\n";
    case k::enabled: return out + "enabled " + c.word + "\n";
    case k::disabled: return out + "disabled\n";
    case k::cite: return out + "cite " + escaped(c.text, false) + "\n";
    case k::title:
    case k::explain:
      out += c.k == k::title ? "title" : "explain";
      for (const auto& entry : c.texts.entries) out += " " + entry.language + " " + escaped(entry.text, false);
      return out + "\n";
    case k::for_each:
      out += "for " + c.word + " in " + print(c.value);
      if (c.has_condition) out += " where " + print(c.condition);
      return out + "\n";
    case k::let: return out + "let " + c.word + " = " + print(c.value) + "\n";
    case k::when: return out + "when " + print(c.condition) + "\n";
    case k::evidence: return out + "evidence " + escaped(c.text, false) + " " + print(c.value) + "\n";
    case k::report:
      out += "report";
      if (c.has_value) out += " at " + print(c.value);
      out += "\n";
      for (const auto& entry : c.messages.entries)
        out += "    " + entry.language + " " + print_template(entry.text) + "\n";
      return out;
  }
  return out;
}

}  // namespace

std::string print(const ast::expr& e) { return print_at(e, 0); }

std::string print(const ast::rule& r) {
  std::string out = "rule " + r.id + " {\n";
  for (const auto& c : r.clauses) out += print_clause(c);
  return out + "}\n";
}

std::string print(const ast::file& f) {
  std::string out;
  for (std::size_t i = 0; i < f.rules.size(); ++i) out += (i ? "\n" : "") + print(f.rules[i]);
  return out;
}

}  // namespace planlint::dsl
