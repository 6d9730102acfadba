#include "engine/dsl/ast.hpp"

#include <algorithm>

namespace planlint::dsl::ast {

namespace {

template <class T, class Same>
bool all_equivalent(const std::vector<T>& a, const std::vector<T>& b, Same same) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
}

bool equivalent(const message_template& a, const message_template& b) {
  return all_equivalent(a.parts, b.parts, [](const template_part& x, const template_part& y) {
    return x.is_hole == y.is_hole && x.text == y.text && (!x.is_hole || equivalent(x.hole, y.hole));
  });
}

template <class Text, class Same>
bool equivalent(const translated<Text>& a, const translated<Text>& b, Same same) {
  return all_equivalent(a.entries, b.entries, [&](const auto& x, const auto& y) {
    return x.language == y.language && same(x.text, y.text);
  });
}

bool equivalent(const clause& a, const clause& b) {
  auto same_expr = [](const expr& x, const expr& y) { return equivalent(x, y); };
  auto same_message = [](const message_template& x, const message_template& y) { return equivalent(x, y); };
  auto same_text = [](const std::string& x, const std::string& y) { return x == y; };
  return a.k == b.k && a.word == b.word && a.text == b.text && a.has_value == b.has_value &&
         (!a.has_value || same_expr(a.value, b.value)) && a.has_condition == b.has_condition &&
         (!a.has_condition || same_expr(a.condition, b.condition)) &&
         equivalent(a.texts, b.texts, same_text) && equivalent(a.messages, b.messages, same_message);
}

}  // namespace

bool equivalent(const expr& a, const expr& b) {
  return a.k == b.k && a.text == b.text && a.var == b.var && a.int_value == b.int_value &&
         a.bool_value == b.bool_value &&
         all_equivalent(a.children, b.children, [](const expr& x, const expr& y) { return equivalent(x, y); });
}

bool equivalent(const file& a, const file& b) {
  return all_equivalent(a.rules, b.rules, [](const rule& x, const rule& y) {
    return x.id == y.id && all_equivalent(x.clauses, y.clauses, [](const clause& p, const clause& q) {
             return equivalent(p, q);
           });
  });
}

}  // namespace planlint::dsl::ast
