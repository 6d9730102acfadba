#include "engine/check/check.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>

#include "engine/dsl/print.hpp"

namespace planlint::check {

namespace {

using dsl::ast::clause;
using dsl::ast::expr;
using eval::type;
using K = type::kind;

bool is(const type& t, K k) { return t.is_any() || t.is(k); }

struct binding {
  std::string name;
  int slot;
  type t;
};

// Checks one rule: resolves names in a scope of bindings, types every expression.
class rule_checker {
 public:
  rule_checker(const source_text& source, const eval::host_registry& registry,
               std::vector<diagnostic>& out)
      : source_(source), registry_(registry), out_(out) {}

  std::optional<checked_rule> run(const dsl::ast::rule& r);

 private:
  void error(span where, std::string message) {
    out_.push_back(make_diagnostic(source_, where, std::move(message)));
  }

  typed_expr expression(const expr& e);
  typed_expr name(const expr& e);
  typed_expr field(const expr& e);
  typed_expr call(const expr& e);
  typed_expr unary(const expr& e);
  typed_expr binary(const expr& e);
  typed_expr quantifier(const expr& e);
  typed_expr list(const expr& e);
  typed_expr condition(const expr& e, const char* where_said);
  typed_template message(const dsl::ast::message_template& t);
  int bind(const std::string& name, span where, type t);

  void metadata(const clause& c, checked_rule& out);
  void texts(const clause& c, std::string& vi, std::string& en, const char* what);
  void steps(const clause& c, checked_rule& out);
  void report(const clause& c, checked_rule& out);

  const source_text& source_;
  const eval::host_registry& registry_;
  std::vector<diagnostic>& out_;
  std::vector<binding> scope_;
  int slots_ = 0;
  std::string rule_id_;
  std::map<dsl::ast::clause::kind, span> seen_;
};

int rule_checker::bind(const std::string& name, span where, type t) {
  for (const auto& b : scope_)
    if (b.name == name) error(where, "'" + name + "' is already bound in rule '" + rule_id_ + "'");
  if (registry_.find_global(name)) error(where, "'" + name + "' is a global name; choose another name");
  scope_.push_back({name, slots_, std::move(t)});
  return slots_++;
}

typed_expr rule_checker::expression(const expr& e) {
  using k = expr::kind;
  typed_expr out;
  switch (e.k) {
    case k::integer: out.result = type::integer(); out.constant = eval::value(e.int_value); break;
    case k::string: out.result = type::string(); out.constant = eval::value(e.text); break;
    case k::boolean: out.result = type::boolean(); out.constant = eval::value(e.bool_value); break;
    case k::none: out.result = type::any(); break;
    case k::list: out = list(e); break;
    case k::name: out = name(e); break;
    case k::field: out = field(e); break;
    case k::call: out = call(e); break;
    case k::unary: out = unary(e); break;
    case k::binary: out = binary(e); break;
    case k::quantifier: out = quantifier(e); break;
  }
  out.k = e.k;
  out.where = e.where;
  if (out.text.empty()) out.text = e.text;
  out.op = op_code_of(out.k, out.text);
  return out;
}

typed_expr rule_checker::list(const expr& e) {
  typed_expr out;
  type element = type::any();
  for (const auto& item : e.children) {
    out.children.push_back(expression(item));
    const type& t = out.children.back().result;
    if (element.is_any()) {
      element = t;
    } else if (!compatible(t, element)) {
      error(item.where, "list item of type " + t.name() + " among items of type " + element.name());
    }
  }
  out.result = type::list_of(element);
  // A list of literals (`c.match in ["misspelling", "variant"]`) is built once here rather
  // than at every evaluation: values are immutable, so every use may share it.
  bool literal = std::all_of(out.children.begin(), out.children.end(), [](const typed_expr& c) {
    using k = expr::kind;
    return c.k == k::integer || c.k == k::string || c.k == k::boolean || c.k == k::none ||
           (c.k == k::list && !c.constant.absent());
  });
  if (literal) {
    eval::list items;
    items.reserve(out.children.size());
    for (const typed_expr& c : out.children) items.push_back(c.constant);
    out.constant = eval::value(std::move(items));
  }
  return out;
}

typed_expr rule_checker::name(const expr& e) {
  typed_expr out;
  for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
    if (it->name == e.text) {
      out.slot = it->slot;
      out.result = it->t;
      return out;
    }
  }
  if (const auto* g = registry_.find_global(e.text)) {
    out.global = static_cast<int>(registry_.global_index(g));
    out.result = g->result;
    return out;
  }
  error(e.where, "unknown name '" + e.text + "'");
  return out;
}

typed_expr rule_checker::field(const expr& e) {
  typed_expr out;
  out.children.push_back(expression(e.children[0]));
  const type& of = out.children[0].result;
  auto builtin = [&](std::initializer_list<std::pair<const char*, type>> fields) {
    for (const auto& [name, t] : fields)
      if (e.text == name) return out.result = t, true;
    return false;
  };
  if (of.is_any()) return out;
  if (of.is(K::object)) {
    if (const auto* f = of.host()->find_field(e.text)) {
      out.field = f;
      out.result = f->result;
    } else {
      error(e.op_where, "type '" + of.name() + "' has no field '" + e.text + "'");
    }
    return out;
  }
  if (of.is(K::date) && builtin({{"year", type::integer()}, {"month", type::integer()}, {"day", type::integer()}}))
    return out;
  if (of.is(K::interval) && builtin({{"first", type::date()}, {"last", type::date()}})) return out;
  error(e.op_where, "type '" + of.name() + "' has no field '" + e.text + "'");
  return out;
}

typed_expr rule_checker::call(const expr& e) {
  typed_expr out;
  std::vector<type> argument_types;
  for (const auto& arg : e.children) {
    out.children.push_back(expression(arg));
    argument_types.push_back(out.children.back().result);
  }
  const auto* f = registry_.find_function(e.text);
  if (!f) {
    error(e.op_where, "unknown function '" + e.text + "'");
    return out;
  }
  out.function = f;
  auto checked = f->check(argument_types);
  if (auto* why = std::get_if<std::string>(&checked)) {
    error(e.where, *why);
    return out;
  }
  out.result = std::get<type>(checked);
  if (f->pattern_argument >= 0 && static_cast<std::size_t>(f->pattern_argument) < e.children.size()) {
    const expr& pattern = e.children[static_cast<std::size_t>(f->pattern_argument)];
    if (pattern.k != expr::kind::string) {
      error(pattern.where, "the pattern of " + e.text + " must be a string literal");
      return out;
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto compiled = std::make_shared<const RE2>(pattern.text, options);
    if (!compiled->ok())
      error(pattern.where, "invalid pattern: " + compiled->error());
    else
      out.pattern = std::move(compiled);
  }
  return out;
}

typed_expr rule_checker::unary(const expr& e) {
  typed_expr out;
  out.children.push_back(expression(e.children[0]));
  const type& t = out.children[0].result;
  if (e.text == "not") {
    if (!is(t, K::boolean)) error(e.children[0].where, "'not' needs a bool, got " + t.name());
    out.result = type::boolean();
  } else {
    if (!is(t, K::integer)) error(e.children[0].where, "'-' needs an int, got " + t.name());
    out.result = type::integer();
  }
  return out;
}

typed_expr rule_checker::binary(const expr& e) {
  typed_expr out;
  out.children.push_back(expression(e.children[0]));
  out.children.push_back(expression(e.children[1]));
  const type& a = out.children[0].result;
  const type& b = out.children[1].result;
  const std::string& op = e.text;
  auto mismatch = [&](const std::string& why) {
    error(e.op_where, "'" + op + "' " + why + ", got " + a.name() + " and " + b.name());
  };
  if (op == "and" || op == "or") {
    if (!is(a, K::boolean) || !is(b, K::boolean)) mismatch("needs bool operands");
    out.result = type::boolean();
  } else if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%") {
    if (!is(a, K::integer) || !is(b, K::integer)) mismatch("needs int operands");
    out.result = type::integer();
  } else if (op == "==" || op == "!=") {
    if (!compatible(a, b)) mismatch("compares values of different types");
    out.result = type::boolean();
  } else if (op == "in" || op == "not in") {
    bool fits = b.is_any() || (b.is(K::list) && compatible(a, b.element())) ||
                (b.is(K::string) && is(a, K::string));
    if (!fits) mismatch("needs a list of the left side's type (or two strings)");
    out.result = type::boolean();
  } else {  // < <= > >=
    bool ordered = a.is_any() || b.is_any() ||
                   (a == b && (a.is(K::integer) || a.is(K::string) || a.is(K::date)));
    if (!ordered) mismatch("orders ints, strings or dates of one type");
    out.result = type::boolean();
  }
  return out;
}

typed_expr rule_checker::quantifier(const expr& e) {
  typed_expr out;
  out.children.push_back(expression(e.children[0]));
  const type& domain = out.children[0].result;
  if (!is(domain, K::list)) error(e.children[0].where, "'" + e.text + "' ranges over a list, got " + domain.name());
  std::size_t depth = scope_.size();
  out.slot = bind(e.var, e.op_where, domain.element());
  out.children.push_back(condition(e.children[1], "the condition of a quantifier"));
  scope_.erase(scope_.begin() + static_cast<std::ptrdiff_t>(depth), scope_.end());
  out.result = e.text == "count" ? type::integer() : type::boolean();
  return out;
}

typed_expr rule_checker::condition(const expr& e, const char* what) {
  typed_expr out = expression(e);
  if (!is(out.result, K::boolean))
    error(e.where, std::string(what) + " must be a bool, got " + out.result.name());
  return out;
}

typed_template rule_checker::message(const dsl::ast::message_template& t) {
  typed_template out;
  for (const auto& part : t.parts) {
    typed_template::part p;
    p.is_hole = part.is_hole;
    p.text = part.text;
    if (part.is_hole) {
      p.hole = expression(part.hole);
      p.source = dsl::print(part.hole);
    }
    out.parts.push_back(std::move(p));
  }
  return out;
}

void rule_checker::texts(const clause& c, std::string& vi, std::string& en, const char* what) {
  bool has_vi = false, has_en = false;
  for (const auto& entry : c.texts.entries) {
    bool& seen = entry.language == "vi" ? has_vi : has_en;
    if (entry.language != "vi" && entry.language != "en") {
      error(entry.language_where, "unknown language '" + entry.language + "' (use vi or en)");
      continue;
    }
    if (seen) error(entry.language_where, "second '" + entry.language + "' text in " + what);
    seen = true;
    (entry.language == "vi" ? vi : en) = entry.text;
  }
  if (!has_vi) error(c.where, std::string(what) + " of rule '" + rule_id_ + "' has no Vietnamese text (vi \"…\")");
  if (!has_en) error(c.where, std::string(what) + " of rule '" + rule_id_ + "' has no English text (en \"…\")");
}

void rule_checker::metadata(const clause& c, checked_rule& out) {
  using k = clause::kind;
  if (c.k == k::severity) {
    if (c.word == "error") out.level = severity::error;
    else if (c.word == "warning") out.level = severity::warning;
    else if (c.word == "info") out.level = severity::info;
    else error(c.word_where, "unknown severity '" + c.word + "' (use error, warning or info)");
  } else if (c.k == k::category) {
    out.category = c.word;
  } else if (c.k == k::cite) {
    out.cite = c.text;
  } else if (c.k == k::enabled) {
    if (c.word != "true" && c.word != "false") error(c.word_where, "'enabled' takes true or false, got '" + c.word + "'");
    out.enabled = c.word != "false";
  } else if (c.k == k::disabled) {
    out.enabled = false;
  } else if (c.k == k::title) {
    texts(c, out.title_vi, out.title_en, "the title");
  } else if (c.k == k::explain) {
    texts(c, out.explain_vi, out.explain_en, "the explanation");
  }
}

void rule_checker::steps(const clause& c, checked_rule& out) {
  using k = clause::kind;
  step s;
  if (c.k == k::for_each) {
    s.k = step::kind::for_each;
    s.value = expression(c.value);
    if (!is(s.value.result, K::list))
      error(c.value.where, "'for' ranges over a list, got " + s.value.result.name());
    s.name = c.word;
    s.slot = bind(c.word, c.word_where, s.value.result.element());
    if (c.has_condition) {
      s.has_condition = true;
      s.condition = condition(c.condition, "the 'where' condition");
    }
  } else if (c.k == k::let) {
    s.k = step::kind::let;
    s.value = expression(c.value);
    s.name = c.word;
    s.slot = bind(c.word, c.word_where, s.value.result);
  } else if (c.k == k::when) {
    s.k = step::kind::when;
    s.condition = condition(c.condition, "the 'when' condition");
    s.has_condition = true;
  } else {
    s.k = step::kind::evidence;
    s.name = c.text;
    s.value = expression(c.value);
  }
  out.steps.push_back(std::move(s));
}

void rule_checker::report(const clause& c, checked_rule& out) {
  if (c.has_value) {
    out.has_at = true;
    out.at = expression(c.value);
  }
  bool has_vi = false, has_en = false;
  for (const auto& entry : c.messages.entries) {
    if (entry.language != "vi" && entry.language != "en") {
      error(entry.language_where, "unknown language '" + entry.language + "' (use vi or en)");
      continue;
    }
    bool& seen = entry.language == "vi" ? has_vi : has_en;
    if (seen) error(entry.language_where, "second '" + entry.language + "' message in rule '" + rule_id_ + "'");
    seen = true;
    (entry.language == "vi" ? out.message_vi : out.message_en) = message(entry.text);
  }
  if (!has_vi) error(c.where, "the report of rule '" + rule_id_ + "' has no Vietnamese message (vi \"…\")");
  if (!has_en) error(c.where, "the report of rule '" + rule_id_ + "' has no English message (en \"…\")");
}

const char* clause_word(clause::kind k) {
  switch (k) {
    case clause::kind::severity: return "severity";
    case clause::kind::category: return "category";
    case clause::kind::cite: return "cite";
    case clause::kind::title: return "title";
    case clause::kind::explain: return "explain";
    case clause::kind::enabled: return "enabled";
    case clause::kind::disabled: return "disabled";
    case clause::kind::report: return "report";
    default: return "";
  }
}

std::optional<checked_rule> rule_checker::run(const dsl::ast::rule& r) {
  rule_id_ = r.id;
  checked_rule out;
  out.id = r.id;
  out.file = source_.name();
  out.where = source_.position_of(r.id_where.begin);
  std::size_t errors_before = out_.size();
  bool reported = false;
  for (const auto& c : r.clauses) {
    using k = clause::kind;
    if (reported) {
      error(c.where, "'report' must be the last clause of rule '" + r.id + "'");
      break;
    }
    bool once = c.k != k::for_each && c.k != k::let && c.k != k::when && c.k != k::evidence;
    if (once) {
      auto key = c.k == k::disabled ? k::enabled : c.k;
      if (seen_.count(key))
        error(c.where, std::string("second '") + clause_word(c.k) + "' in rule '" + r.id + "'");
      seen_[key] = c.where;
    }
    if (c.k == k::report) {
      report(c, out);
      reported = true;
    } else if (once) {
      metadata(c, out);
    } else {
      steps(c, out);
    }
  }
  if (!seen_.count(clause::kind::severity)) error(r.id_where, "rule '" + r.id + "' has no severity (severity error|warning|info)");
  if (!seen_.count(clause::kind::title)) error(r.id_where, "rule '" + r.id + "' has no title (title vi \"…\" en \"…\")");
  if (!reported) error(r.id_where, "rule '" + r.id + "' has no report clause");
  out.slot_count = slots_;
  if (out_.size() != errors_before) return std::nullopt;
  return out;
}

}  // namespace

check_result check(const std::vector<parsed_file>& files, const eval::host_registry& registry) {
  check_result result;
  struct first_definition {
    std::string file;
    position where;
  };
  std::map<std::string, first_definition> ids;
  for (const auto& f : files) {
    for (const auto& r : f.file->rules) {
      position where = f.source->position_of(r.id_where.begin);
      auto [it, fresh] = ids.try_emplace(r.id, first_definition{f.source->name(), where});
      if (!fresh)
        result.diagnostics.push_back(make_diagnostic(
            *f.source, r.id_where,
            "duplicate rule id '" + r.id + "' (first defined at " + it->second.file + ":" +
                std::to_string(it->second.where.line) + ":" + std::to_string(it->second.where.column) + ")"));
      if (auto checked = rule_checker(*f.source, registry, result.diagnostics).run(r))
        result.rules.push_back(std::move(*checked));
    }
  }
  sort_diagnostics(result.diagnostics);
  if (!result.ok()) result.rules.clear();
  return result;
}

}  // namespace planlint::check
