#include <array>
#include <utility>

#include "engine/check/typed.hpp"

namespace planlint::check {

op_code op_code_of(dsl::ast::expr::kind k, std::string_view text) {
  using K = dsl::ast::expr::kind;
  if (k == K::unary) return text == "not" ? op_code::logical_not : op_code::negate;
  static constexpr std::array<std::pair<std::string_view, op_code>, 19> names = {{
      {"and", op_code::logical_and}, {"or", op_code::logical_or}, {"==", op_code::equal},
      {"!=", op_code::not_equal}, {"in", op_code::in}, {"not in", op_code::not_in},
      {"<", op_code::less}, {"<=", op_code::less_equal}, {">", op_code::greater},
      {">=", op_code::greater_equal}, {"+", op_code::add}, {"-", op_code::subtract},
      {"*", op_code::multiply}, {"/", op_code::divide}, {"%", op_code::remainder},
      {"any", op_code::any}, {"all", op_code::all}, {"none", op_code::none},
      {"count", op_code::count}}};
  if (k != K::binary && k != K::quantifier) return op_code::other;
  for (const auto& [name, code] : names)
    if (name == text) return code;
  return op_code::other;
}

}  // namespace planlint::check
