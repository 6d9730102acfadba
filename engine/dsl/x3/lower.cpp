#include "engine/dsl/x3/lower.hpp"

#include <boost/variant/apply_visitor.hpp>
#include <numeric>

namespace planlint::dsl {

namespace {

span span_of(const x3ast::node& n) { return {n.begin, n.end}; }

ast::expr lower(const x3ast::chain& chain);
ast::expr lower(const x3ast::postfix& postfix);

// Binding strength of binary operators; `not` sits between `and` and the comparisons,
// unary minus binds tighter than everything.
int precedence(const std::string& op) {
  if (op == "or") return 1;
  if (op == "and") return 2;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/" || op == "%") return 6;
  return 4;  // == != < <= > >= in, not in
}
constexpr int not_operand_precedence = 4;

ast::expr make(ast::expr::kind k, span where) {
  ast::expr e;
  e.k = k;
  e.where = where;
  return e;
}

struct primary_lowering {
  span where;
  ast::expr operator()(const x3ast::integer& i) const {
    auto e = make(ast::expr::kind::integer, where);
    e.int_value = i.value;
    return e;
  }
  ast::expr operator()(const x3ast::string_lit& s) const {
    auto e = make(ast::expr::kind::string, where);
    e.text = s.value;
    return e;
  }
  ast::expr operator()(const x3ast::identifier& id) const {
    if (id.name == "true" || id.name == "false") {
      auto e = make(ast::expr::kind::boolean, where);
      e.bool_value = id.name == "true";
      return e;
    }
    if (id.name == "none") return make(ast::expr::kind::none, where);
    auto e = make(ast::expr::kind::name, where);
    e.text = id.name;
    e.op_where = where;
    return e;
  }
  ast::expr operator()(const x3ast::call& c) const {
    auto e = make(c.name.name.empty() ? ast::expr::kind::list : ast::expr::kind::call, where);
    e.text = c.name.name;
    e.op_where = span_of(c.name);
    for (const auto& arg : c.args) e.children.push_back(lower(arg));
    return e;
  }
  ast::expr operator()(const x3ast::quantifier& q) const {
    auto e = make(ast::expr::kind::quantifier, where);
    e.text = q.kind;
    e.var = q.var.name;
    e.op_where = span_of(q.var);
    e.children.push_back(lower(q.domain));
    e.children.push_back(lower(q.body));
    return e;
  }
  ast::expr operator()(const x3ast::chain& c) const { return lower(c); }
};

ast::expr lower(const x3ast::postfix& postfix) {
  ast::expr e = boost::apply_visitor(primary_lowering{span_of(postfix)}, postfix.head);
  // The head ends at the '.' before the first field (no spaces around '.' in practice).
  if (!postfix.fields.empty()) e.where.end = postfix.fields.front().begin - 1;
  for (const auto& field : postfix.fields) {
    ast::expr f = make(ast::expr::kind::field, {postfix.begin, field.end});
    f.text = field.name;
    f.op_where = span_of(field);
    f.children.push_back(std::move(e));
    e = std::move(f);
  }
  return e;
}

// Precedence climbing over `term (op term)*`, with prefix operators inside terms.
class climber {
 public:
  explicit climber(const x3ast::chain& chain) : chain_(chain) {}

  ast::expr binary(int min_precedence) {
    ast::expr lhs = prefixed();
    while (term_ < chain_.rest.size() && precedence(chain_.rest[term_].op) >= min_precedence) {
      const auto& op = chain_.rest[term_];
      ++term_;
      prefix_ = 0;
      ast::expr rhs = binary(precedence(op.op) + 1);
      auto e = make(ast::expr::kind::binary, {lhs.where.begin, rhs.where.end});
      e.text = op.op;
      e.op_where = {op.begin, static_cast<std::uint32_t>(op.begin + op.op.size())};
      e.children.push_back(std::move(lhs));
      e.children.push_back(std::move(rhs));
      lhs = std::move(e);
    }
    return lhs;
  }

 private:
  const x3ast::term& current() const {
    return term_ == 0 ? chain_.first : chain_.rest[term_ - 1].rhs;
  }

  ast::expr prefixed() {
    const x3ast::term& t = current();
    if (prefix_ == t.prefixes.size()) return lower(t.value);
    std::string op = t.prefixes[prefix_++];
    ast::expr operand = op == "not" ? binary(not_operand_precedence) : prefixed();
    auto e = make(ast::expr::kind::unary, {t.begin, operand.where.end});
    e.text = op;
    e.op_where = {t.begin, static_cast<std::uint32_t>(t.begin + op.size())};
    e.children.push_back(std::move(operand));
    return e;
  }

  const x3ast::chain& chain_;
  std::size_t term_ = 0;    // 0: chain_.first; i: chain_.rest[i - 1].rhs
  std::size_t prefix_ = 0;  // prefixes of the current term already applied
};

ast::expr lower(const x3ast::chain& chain) {
  ast::expr e = climber(chain).binary(0);
  return e;
}

std::string joined(const x3ast::plain_string& s) {
  return std::accumulate(s.pieces.begin(), s.pieces.end(), std::string());
}

ast::message_template lower(const x3ast::message_template& t) {
  ast::message_template out;
  out.where = span_of(t);
  struct part_lowering {
    ast::message_template& out;
    void operator()(const std::string& chunk) const {
      if (!out.parts.empty() && !out.parts.back().is_hole) {
        out.parts.back().text += chunk;
        return;
      }
      out.parts.push_back({false, chunk, {}});
    }
    void operator()(const x3ast::chain& hole) const { out.parts.push_back({true, {}, lower(hole)}); }
  };
  for (const auto& part : t.parts) boost::apply_visitor(part_lowering{out}, part);
  return out;
}

struct clause_lowering {
  ast::clause operator()(const x3ast::word_clause& c) const {
    ast::clause out = base(c);
    out.k = c.keyword == "severity"   ? ast::clause::kind::severity
            : c.keyword == "category" ? ast::clause::kind::category
                                      : ast::clause::kind::enabled;
    out.word = c.word.name;
    out.word_where = span_of(c.word);
    return out;
  }
  ast::clause operator()(const x3ast::flag_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::disabled;
    return out;
  }
  ast::clause operator()(const x3ast::text_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::cite;
    out.text = joined(c.text);
    out.word_where = span_of(c.text);
    return out;
  }
  ast::clause operator()(const x3ast::translated_clause& c) const {
    ast::clause out = base(c);
    out.k = c.keyword == "title" ? ast::clause::kind::title : ast::clause::kind::explain;
    out.texts.where = span_of(c);
    for (const auto& entry : c.entries)
      out.texts.entries.push_back({entry.language.name, span_of(entry.language), joined(entry.text)});
    return out;
  }
  ast::clause operator()(const x3ast::for_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::for_each;
    out.word = c.var.name;
    out.word_where = span_of(c.var);
    out.has_value = true;
    out.value = lower(c.collection);
    if (c.filter) {
      out.has_condition = true;
      out.condition = lower(*c.filter);
    }
    return out;
  }
  ast::clause operator()(const x3ast::let_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::let;
    out.word = c.name.name;
    out.word_where = span_of(c.name);
    out.has_value = true;
    out.value = lower(c.value);
    return out;
  }
  ast::clause operator()(const x3ast::when_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::when;
    out.has_condition = true;
    out.condition = lower(c.condition);
    return out;
  }
  ast::clause operator()(const x3ast::evidence_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::evidence;
    out.text = joined(c.label);
    out.word_where = span_of(c.label);
    out.has_value = true;
    out.value = lower(c.value);
    return out;
  }
  ast::clause operator()(const x3ast::report_clause& c) const {
    ast::clause out = base(c);
    out.k = ast::clause::kind::report;
    if (c.at) {
      out.has_value = true;
      out.value = lower(*c.at);
    }
    out.messages.where = span_of(c);
    for (const auto& entry : c.messages)
      out.messages.entries.push_back({entry.language.name, span_of(entry.language), lower(entry.text)});
    return out;
  }
  static ast::clause base(const x3ast::node& n) {
    ast::clause out;
    out.where = span_of(n);
    return out;
  }
};

}  // namespace

ast::rule lower(const x3ast::rule& rule) {
  ast::rule out;
  out.id = rule.id.name;
  out.id_where = span_of(rule.id);
  out.where = span_of(rule);
  for (const auto& c : rule.clauses) out.clauses.push_back(boost::apply_visitor(clause_lowering{}, c));
  return out;
}

}  // namespace planlint::dsl
