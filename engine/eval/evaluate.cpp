// The interpreter over checked rules. Absent values never crash: field access on absent
// gives absent, arithmetic with absent gives absent, ordering comparisons with absent
// are false, `==` holds between two absents only, iteration over absent runs zero times.
#include <algorithm>
#include <limits>
#include <span>

#include "engine/eval/rule_set.hpp"

namespace planlint::eval {

namespace {

using check::typed_expr;
using K = dsl::ast::expr::kind;

std::optional<location> location_of(const value& v) {
  if (v.is_object() && v.as_object().type) {
    if (auto at = v.as_object().type->location_of(v.as_object().ptr)) return at;
  }
  return v.where();
}

const char* kind_name(const value& v) {
  switch (v.what()) {
    case value::kind::none: return "none";
    case value::kind::boolean: return "bool";
    case value::kind::integer: return "int";
    case value::kind::string: return "string";
    case value::kind::date: return "date";
    case value::kind::interval: return "interval";
    case value::kind::list: return "list";
    case value::kind::object: break;
  }
  return "object";
}

// A binding the finding will show as evidence, formatted only when a finding is made:
// most bindings (every row's `let`) never reach one.
struct pending_evidence {
  const std::string* name;
  value shown;
};

// The vectors a rule's evaluation works in, kept from one rule to the next: a check
// allocates them once instead of once per rule.
struct buffers {
  std::vector<value> slots;
  std::vector<const value*> innermost;
  std::vector<value> arguments;
  std::vector<pending_evidence> evidence;
};

// One evaluation of one rule: the variable slots, the evidence gathered along the way.
class interpreter {
 public:
  interpreter(const check::checked_rule& rule, const std::vector<value>& globals, const evaluation_options& options,
              buffers& b)
      : rule_(rule), globals_(globals), options_(options), slots_(b.slots), innermost_(b.innermost),
        arguments_(b.arguments) {
    slots_.assign(static_cast<std::size_t>(rule.slot_count), value());  // every variable absent
    innermost_.clear();
    arguments_.clear();  // a rule that failed may have left some
  }

  // Runs the steps; calls `emit` for every binding that reaches the report.
  template <class Emit>
  void run(std::size_t step_index, std::vector<pending_evidence>& evidence, const Emit& emit) {
    if (step_index == rule_.steps.size()) return emit(evidence);
    const check::step& s = rule_.steps[step_index];
    std::size_t evidence_size = evidence.size();
    switch (s.k) {
      case check::step::kind::for_each: {
        value scratch;
        const value& items = operand(s.value, scratch);
        if (items.absent()) return;
        for (const value& item : items.as_list()) {
          slots_[static_cast<std::size_t>(s.slot)] = item;
          innermost_.push_back(&item);  // `items` holds the list while the loop runs
          try {
            if (!s.has_condition || holds(s.condition)) run(step_index + 1, evidence, emit);
          } catch (...) {
            // The items die with the unwinding: where the failure happened is taken now.
            remember_failure_location();
            throw;
          }
          innermost_.pop_back();
        }
        return;
      }
      case check::step::kind::let: {
        value& v = slots_[static_cast<std::size_t>(s.slot)];
        v = eval(s.value);
        evidence.push_back({&s.name, v});
        break;
      }
      case check::step::kind::when:
        if (!holds(s.condition)) return;
        break;
      case check::step::kind::evidence:
        evidence.push_back({&s.name, eval(s.value)});
        break;
    }
    run(step_index + 1, evidence, emit);
    evidence.resize(evidence_size);
  }

  value eval(const typed_expr& e);
  // eval(e).truthy(), without building a value for the nodes conditions are made of (and,
  // or, not, comparisons): the same answer with fewer temporaries.
  bool holds(const typed_expr& e);
  // The value of `e` without copying it when it is already held (a variable, a global, a
  // literal); otherwise evaluated into `scratch`. Most operands are variables: `row.owners`
  // reads the field of the slot `row`, and copying the row first was pure overhead.
  // The reference stays valid while `e`'s parent runs: slots are never reused (the checker
  // numbers every binding) and the slot vector never grows.
  const value& operand(const typed_expr& e, value& scratch) {
    switch (e.k) {
      case K::integer:
      case K::string:
      case K::boolean:
      case K::none: return e.constant;
      case K::name: return variable(e);
      case K::list:
        if (!e.constant.absent()) return e.constant;  // a list of literals, built by the checker
        return scratch = eval(e);
      default: return scratch = eval(e);
    }
  }

  // exists(e): whether e's value is there, without building a call's arguments.
  bool present(const typed_expr& e) {
    value scratch;
    return !operand(e, scratch).absent();
  }

  // A name's value: a local slot or a global.
  const value& variable(const typed_expr& e) const {
    return e.slot >= 0 ? slots_[static_cast<std::size_t>(e.slot)] : globals_[static_cast<std::size_t>(e.global)];
  }

  // The innermost iteration value with a place in the plan (where a failure or a report
  // without `at` points).
  std::optional<location> innermost_location() const {
    for (auto it = innermost_.rbegin(); it != innermost_.rend(); ++it)
      if (auto at = location_of(**it)) return at;
    return std::nullopt;
  }

  // Where a run that threw failed: the innermost location when it threw. (After the throw
  // the loops' items are gone, so innermost_location() may no longer be asked.)
  std::optional<location> failure_location() const {
    return failure_located_ ? failure_at_ : innermost_location();
  }

 private:
  value field(const typed_expr& e);
  value call(const typed_expr& e);
  value binary(const typed_expr& e);
  bool compare(const typed_expr& e);
  value quantifier(const typed_expr& e);

  const check::checked_rule& rule_;
  const std::vector<value>& globals_;
  const evaluation_options& options_;
  std::vector<value>& slots_;
  std::vector<const value*>& innermost_;  // the items of the loops being run, outermost first
  std::optional<location> failure_at_;
  bool failure_located_ = false;

  void remember_failure_location() {
    if (failure_located_) return;  // the innermost loop saw it first
    failure_at_ = innermost_location();
    failure_located_ = true;
  }
  std::vector<value>& arguments_;         // of the calls being made, see call()
};

value interpreter::eval(const typed_expr& e) {
  switch (e.k) {
    case K::integer:
    case K::string:
    case K::boolean:
    case K::none: return e.constant;
    case K::list: {
      if (!e.constant.absent()) return e.constant;  // a list of literals, built by the checker
      list items;
      for (const auto& child : e.children) items.push_back(eval(child));
      return value(std::move(items));
    }
    case K::name: {
      value scratch;
      return operand(e, scratch);
    }
    case K::field: return field(e);
    case K::call: return call(e);
    case K::unary: {
      value scratch;
      const value& v = operand(e.children[0], scratch);
      if (e.op == check::op_code::logical_not) return value(!v.truthy());  // see holds()
      if (v.absent()) return v;
      if (!v.is_int()) throw runtime_error(std::string("'-' applied to a ") + kind_name(v));
      if (v.as_int() == std::numeric_limits<std::int64_t>::min()) throw runtime_error("integer overflow");
      return value(-v.as_int());
    }
    case K::binary: return binary(e);
    case K::quantifier: return quantifier(e);
  }
  return {};
}

value interpreter::field(const typed_expr& e) {
  value scratch;
  const value& of = operand(e.children[0], scratch);
  if (of.absent()) return of;
  if (of.is_object()) {
    object o = of.as_object();
    const field_def* f = e.field ? e.field : (o.type ? o.type->find_field(e.text) : nullptr);
    if (!f) throw runtime_error("a " + (o.type ? o.type->name() : std::string("object")) + " has no field '" + e.text + "'");
    return (*f)(o.ptr);
  }
  if (of.is_date()) {
    date d = of.as_date();
    if (e.text == "year") return value(d.year);
    if (e.text == "month") return value(d.month);
    if (e.text == "day") return value(d.day);
  }
  if (of.is_interval()) {
    if (e.text == "first") return value(of.as_interval().first);
    if (e.text == "last") return value(of.as_interval().last);
  }
  throw runtime_error(std::string("a ") + kind_name(of) + " has no field '" + e.text + "'");
}

value interpreter::call(const typed_expr& e) {
  if (e.function->tests_presence) return value(present(e.children[0]));
  // The arguments go on a stack the interpreter keeps, a nested call's above them: no
  // allocation per call once the stack has grown (a vector per call was the evaluator's
  // most frequent allocation). Each argument is evaluated before it is pushed, so a nested
  // call has popped its own before.
  const std::size_t base = arguments_.size();
  for (const auto& child : e.children) arguments_.push_back(eval(child));
  const std::span<const value> args(arguments_.data() + base, e.children.size());
  value out;
  if (!e.function->absent_propagates ||
      std::none_of(args.begin(), args.end(), [](const value& v) { return v.absent(); })) {
    const function_def& f = *e.function;
    if (f.call_plain) {
      out = f.call_plain(args);  // what `call` would call, one std::function fewer
    } else {
      call_extras extras;
      extras.pattern = e.pattern.get();
      out = f.call(args, extras);
    }
  }
  arguments_.resize(base);
  return out;
}

std::int64_t arithmetic(check::op_code op, std::int64_t a, std::int64_t b) {
  using check::op_code;
  std::int64_t out = 0;
  bool overflow = false;
  if (op == op_code::add) overflow = __builtin_add_overflow(a, b, &out);
  else if (op == op_code::subtract) overflow = __builtin_sub_overflow(a, b, &out);
  else if (op == op_code::multiply) overflow = __builtin_mul_overflow(a, b, &out);
  else {
    if (b == 0) throw runtime_error("division by zero");
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1) throw runtime_error("integer overflow");
    return op == op_code::divide ? a / b : a % b;
  }
  if (overflow) throw runtime_error("integer overflow");
  return out;
}

bool ordered(check::op_code op, const value& a, const value& b) {
  using check::op_code;
  auto compare = [&](const auto& x, const auto& y) {
    if (op == op_code::less) return x < y;
    if (op == op_code::less_equal) return x <= y;
    if (op == op_code::greater) return x > y;
    return x >= y;
  };
  if (a.is_int() && b.is_int()) return compare(a.as_int(), b.as_int());
  if (a.is_string() && b.is_string()) return compare(a.as_string(), b.as_string());
  if (a.is_date() && b.is_date()) return compare(a.as_date(), b.as_date());
  throw runtime_error(std::string("cannot order a ") + kind_name(a) + " and a " + kind_name(b));
}

bool member(const value& needle, const value& haystack) {
  if (needle.absent() || haystack.absent()) return false;
  if (haystack.is_string()) return needle.is_string() && haystack.as_string().find(needle.as_string()) != std::string::npos;
  if (!haystack.is_list()) throw runtime_error(std::string("'in' needs a list, got a ") + kind_name(haystack));
  const list& items = haystack.as_list();
  return std::any_of(items.begin(), items.end(), [&](const value& v) { return equal(v, needle); });
}

bool is_comparison(check::op_code op) {
  using check::op_code;
  switch (op) {
    case op_code::equal:
    case op_code::not_equal:
    case op_code::in:
    case op_code::not_in:
    case op_code::less:
    case op_code::less_equal:
    case op_code::greater:
    case op_code::greater_equal: return true;
    default: return false;
  }
}

// A binary expression whose operator is_comparison.
bool interpreter::compare(const typed_expr& e) {
  using check::op_code;
  value scratch_a, scratch_b;
  const value& a = operand(e.children[0], scratch_a);
  const value& b = operand(e.children[1], scratch_b);
  switch (e.op) {
    case op_code::equal: return equal(a, b);
    case op_code::not_equal: return !equal(a, b);
    case op_code::in: return member(a, b);
    case op_code::not_in: return !member(a, b);
    default: return !a.absent() && !b.absent() && ordered(e.op, a, b);
  }
}

bool interpreter::holds(const typed_expr& e) {
  using check::op_code;
  if (e.k == K::unary && e.op == op_code::logical_not) return !holds(e.children[0]);
  if (e.k == K::binary) {
    if (e.op == op_code::logical_and) return holds(e.children[0]) && holds(e.children[1]);
    if (e.op == op_code::logical_or) return holds(e.children[0]) || holds(e.children[1]);
    if (is_comparison(e.op)) return compare(e);
  }
  if (e.k == K::name) return variable(e).truthy();  // not copied
  if (e.k == K::call && e.function->tests_presence) return present(e.children[0]);
  return eval(e).truthy();
}

value interpreter::binary(const typed_expr& e) {
  using check::op_code;
  const op_code op = e.op;
  if (op == op_code::logical_and || op == op_code::logical_or || is_comparison(op)) return value(holds(e));
  value scratch_a, scratch_b;
  const value& a = operand(e.children[0], scratch_a);
  const value& b = operand(e.children[1], scratch_b);
  if (a.absent() || b.absent()) return {};
  if (!a.is_int() || !b.is_int()) throw runtime_error("'" + e.text + "' needs ints");
  return value(arithmetic(op, a.as_int(), b.as_int()));
}

value interpreter::quantifier(const typed_expr& e) {
  value scratch;
  const value& domain = operand(e.children[0], scratch);
  using check::op_code;
  const op_code q = e.op;
  std::int64_t hits = 0;
  if (!domain.absent()) {
    for (const value& item : domain.as_list()) {
      slots_[static_cast<std::size_t>(e.slot)] = item;
      bool yes = holds(e.children[1]);
      if (q == op_code::any && yes) return value(true);
      if (q == op_code::all && !yes) return value(false);
      if (q == op_code::none && yes) return value(false);
      hits += yes ? 1 : 0;
    }
  }
  if (q == op_code::count) return value(hits);
  return value(q != op_code::any);
}

std::string render(interpreter& in, const check::typed_template& t, language lang,
                   std::vector<evidence_item>& evidence) {
  std::string out;
  for (const auto& part : t.parts) {
    if (!part.is_hole) {
      out += part.text;
      continue;
    }
    std::string shown = format(in.eval(part.hole), lang);
    out += shown;
    bool known = std::any_of(evidence.begin(), evidence.end(),
                             [&](const evidence_item& item) { return item.name == part.source; });
    if (!known) evidence.push_back({part.source, shown});
  }
  return out;
}

void place(finding& f, const std::optional<location>& at) {
  if (!at) return;
  f.pointer = at->pointer;
  f.where = at->where;
  f.end = at->end;
  f.bytes = at->bytes;
  f.quoted = at->quoted;
  f.place = at->place;
}

bool runs(const check::checked_rule& rule, std::size_t index, const evaluation_options& options) {
  if (options.selected) return index < options.selected->size() && (*options.selected)[index];
  return options.only_rules ? options.only_rules->count(rule.id) > 0 : rule.enabled;
}

void run_rule(const check::checked_rule& rule, const std::vector<value>& globals,
              const evaluation_options& options, buffers& b, std::vector<finding>& out) {
  severity level = rule.level;
  if (auto it = options.severity_overrides.find(rule.id); it != options.severity_overrides.end()) level = it->second;
  interpreter in(rule, globals, options, b);
  std::size_t produced = 0;
  const auto& message = options.lang == language::vi ? rule.message_vi : rule.message_en;
  try {
    std::vector<pending_evidence>& evidence = b.evidence;
    evidence.clear();
    in.run(0, evidence, [&](const std::vector<pending_evidence>& gathered) {
      if (++produced > options.max_findings_per_rule) return;
      finding f;
      f.rule_id = rule.id;
      f.level = level;
      f.category = rule.category;
      f.reference = rule.cite;
      f.evidence.reserve(gathered.size());
      for (const pending_evidence& item : gathered) f.evidence.push_back({*item.name, format(item.shown, options.lang)});
      f.message = render(in, message, options.lang, f.evidence);
      // `report at X` where X has no place (absent, say) falls back to the innermost item,
      // as docs/rule-language.md promises.
      std::optional<location> at = rule.has_at ? location_of(in.eval(rule.at)) : std::nullopt;
      place(f, at ? at : in.innermost_location());
      out.push_back(std::move(f));
    });
  } catch (const std::exception& failure) {
    finding f;
    f.rule_id = "internal-error";
    f.level = severity::error;
    f.category = "internal";
    auto at = in.failure_location();
    place(f, at);
    std::string where = at ? (at->place.empty() ? at->pointer : at->place) : std::string();
    f.message = options.lang == language::vi
                    ? "Quy tắc '" + rule.id + "' lỗi khi chạy" + (where.empty() ? "" : " tại " + where) + ": " + failure.what()
                    : "Rule '" + rule.id + "' failed" + (where.empty() ? "" : " at " + where) + ": " + failure.what();
    f.evidence = {{"rule", rule.id}, {"error", failure.what()}};
    out.push_back(std::move(f));
  }
  if (produced > options.max_findings_per_rule) {
    std::size_t left_out = produced - options.max_findings_per_rule;
    finding f;
    f.rule_id = rule.id;
    f.level = severity::info;
    f.category = rule.category;
    f.reference = rule.cite;
    f.message = options.lang == language::vi
                    ? "Còn " + std::to_string(left_out) + " phát hiện khác của quy tắc này không được liệt kê (giới hạn " +
                          std::to_string(options.max_findings_per_rule) + ")"
                    : std::to_string(left_out) + " more findings of this rule were left out (limit " +
                          std::to_string(options.max_findings_per_rule) + ")";
    f.evidence = {{"left_out", std::to_string(left_out)}};
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<finding> evaluate(const rule_set& rules, const void* root, const evaluation_options& options) {
  std::vector<value> globals;
  globals.reserve(rules.registry().globals().size());
  for (const auto& g : rules.registry().globals()) {
    try {
      globals.push_back(g.get(root));
    } catch (const std::exception&) {
      globals.emplace_back();  // a global that cannot be read is absent; rules see none
    }
  }
  std::vector<finding> out;
  buffers b;
  const std::vector<check::checked_rule>& compiled = rules.compiled();
  for (std::size_t i = 0; i < compiled.size(); ++i)
    if (runs(compiled[i], i, options)) run_rule(compiled[i], globals, options, b, out);
  return out;
}

}  // namespace planlint::eval
