#include "engine/let_scope.h"

#include <fmt/format.h>

#include <utility>

#include "expr/input_error.h"

namespace grantcheck {

void BindLets(const std::vector<Let>& lets, const Bindings& bindings, const EvalContext& ctx,
              std::vector<Local>& scope) {
  for (const Let& let : lets) {
    Value v = EvaluateNode(let.expr.ast, let.expr.ast.root, bindings, ctx, scope);
    // The error's span is an offset into the let's text, which the expression
    // reading the let does not have: the position is said here, once.
    if (v.is_error() && !(v.as_error().span == Span{}) && !InputErrorPath(v.as_error())) {
      Diagnostic d = let.expr.ErrorDiagnostic(v.as_error());
      v = Value::Error(Span{}, fmt::format("{} ({}:{}:{})", v.as_error().message, d.file,
                                           d.pos.line, d.pos.col));
    }
    scope.emplace_back(let.name, std::move(v));
  }
}

std::vector<Local> RuleScope(const Program& program, const Rule& rule, const Bindings& bindings,
                             const EvalContext& ctx, std::vector<Local> base) {
  BindLets(program.let, bindings, ctx, base);
  BindLets(rule.let, bindings, ctx, base);
  return base;
}

}  // namespace grantcheck
