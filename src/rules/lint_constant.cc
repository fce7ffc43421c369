// lint-constant-check and lint-literal-limit: a check that cannot depend on
// the application, and a limit written into a check instead of [params].
#include <fmt/format.h>

#include <optional>
#include <string>

#include "expr/evaluator.h"
#include "expr/node_text.h"
#include "model/municipality.h"
#include "rules/lint_internal.h"

namespace grantcheck::lint {
namespace {

// Whether the sub-expression at `top` can only ever give one value: it reads
// no field of the application and not today().
bool ReadsNothing(const Ast& ast, NodeId top) {
  std::vector<NodeId> todo = {top};
  while (!todo.empty()) {
    NodeId id = todo.back();
    todo.pop_back();
    const Node& n = ast.at(id);
    if (n.kind == NodeKind::kCall && n.name == "today") return false;
    if (n.kind == NodeKind::kIdent && n.name != "params" && !BoundByMacro(ast, id)) return false;
    todo.insert(todo.end(), n.args.begin(), n.args.end());
  }
  return true;
}

// Why an expression that reads fields still gives one value: the part at
// fault and the sentence saying so.
struct Always {
  bool value = false;
  NodeId at = 0;
  std::string why;
};

class AlwaysFinder {
 public:
  AlwaysFinder(const Expression& expr, const Bindings& bindings, const EvalContext& ctx)
      : expr_(expr), ast_(expr.ast), bindings_(bindings), ctx_(ctx) {}

  // Looks through !, && and || only: they are where a reviewer finds
  // `x != 'business' || 1 == 1`. Bodies of macros are left alone.
  std::optional<Always> Find(NodeId id) const {
    const Node& n = ast_.at(id);
    if (ReadsNothing(ast_, id)) {
      Value v = EvaluateNode(ast_, id, bindings_, ctx_);
      if (v.kind() != ValueKind::kBool) return std::nullopt;
      return Always{v.as_bool(), id,
                    fmt::format("'{}' reads no field and is always {}", Text(id), v.Dump())};
    }
    if (n.kind == NodeKind::kUnary && n.op == Op::kNot) {
      std::optional<Always> inner = Find(n.args[0]);
      if (inner) inner->value = !inner->value;
      return inner;
    }
    if (n.kind == NodeKind::kBinary && (n.op == Op::kOr || n.op == Op::kAnd)) return Logical(id);
    return NonNegative(id);
  }

 private:
  std::string Text(NodeId id) const { return OneLine(NodeText(expr_.text, ast_, id)); }

  // a || b is true when either is; a && b false when either is; and a || !a,
  // a && !a whatever a is.
  std::optional<Always> Logical(NodeId id) const {
    const Node& n = ast_.at(id);
    bool absorbing = n.op == Op::kOr;  // the value that decides the whole
    std::optional<Always> a = Find(n.args[0]);
    std::optional<Always> b = Find(n.args[1]);
    if (a && a->value == absorbing) return a;
    if (b && b->value == absorbing) return b;
    if (a && b) return Always{!absorbing, id, a->why + ", and " + b->why};
    if (Negates(n.args[0], n.args[1]) || Negates(n.args[1], n.args[0])) {
      return Always{absorbing, id,
                    fmt::format("'{}' is {} whichever way '{}' comes out", Text(id),
                                absorbing ? "true" : "false", Text(n.args[0]))};
    }
    return std::nullopt;
  }

  bool Negates(NodeId a, NodeId b) const {
    const Node& n = ast_.at(b);
    return n.kind == NodeKind::kUnary && n.op == Op::kNot &&
           ast_.Dump(n.args[0]) == ast_.Dump(a);
  }

  // len(…) >= 0 and len(…) < 0 (either way round): a length is never negative.
  std::optional<Always> NonNegative(NodeId id) const {
    const Node& n = ast_.at(id);
    if (n.kind != NodeKind::kBinary) return std::nullopt;
    auto is_len = [&](NodeId x) {
      const Node& c = ast_.at(x);
      return c.kind == NodeKind::kCall && (c.name == "len" || c.name == "count");
    };
    auto is_zero = [&](NodeId x) {
      const Node& c = ast_.at(x);
      return c.kind == NodeKind::kLiteral && c.literal.kind() == ValueKind::kNumber &&
             c.literal.as_number() == Decimal::FromInt(0);
    };
    std::optional<bool> value;
    if (is_len(n.args[0]) && is_zero(n.args[1])) {
      if (n.op == Op::kGe) value = true;
      if (n.op == Op::kLt) value = false;
    } else if (is_zero(n.args[0]) && is_len(n.args[1])) {
      if (n.op == Op::kLe) value = true;
      if (n.op == Op::kGt) value = false;
    }
    if (!value) return std::nullopt;
    return Always{*value, id,
                  fmt::format("'{}' is always {}: a length or count is never negative", Text(id),
                              *value ? "true" : "false")};
  }

  const Expression& expr_;
  const Ast& ast_;
  const Bindings& bindings_;
  const EvalContext& ctx_;
};

}  // namespace

void ConstantCheck(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  MemberIndex members(program.members);
  EvalContext ctx;
  ctx.canonical_member = [&members](std::string_view name) { return members.Canonical(name); };
  Bindings bindings{nullptr, &program.params_value};
  for (const ExprRef& ref : ProgramExpressions(program)) {
    if (ref.expect != Expect::kBool) continue;
    const Expression& e = *ref.expr;
    if (ReadsNothing(e.ast, e.ast.root)) {
      Value v = e.Evaluate(bindings, ctx);
      out.push_back(At(e, e.ast.at(e.ast.root).span, "lint-constant-check",
                       fmt::format("the {} of {} reads no field of the application, so it is {} "
                                   "for every application",
                                   ref.role, ref.owner, v.Dump())));
      continue;
    }
    std::optional<Always> always = AlwaysFinder(e, bindings, ctx).Find(e.ast.root);
    if (!always) continue;
    out.push_back(At(e, e.ast.at(always->at).span, "lint-constant-check",
                     fmt::format("the {} of {} is {} for every application, whatever the fields "
                                 "it reads: {}; remove the part that decides it, or correct it",
                                 ref.role, ref.owner, always->value ? "true" : "false",
                                 always->why)));
  }
}

namespace {

// Whether node `id` is a limit written into a check: a number other than 0 and
// 1 (none, one, "at least one", "a whole number": priority % 1 == 0) that is
// not an index, or a date (date('2026-03-31')).
bool LiteralLimit(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind == NodeKind::kCall && n.name == "date" && n.args.size() == 1 &&
      ast.at(n.args[0]).kind == NodeKind::kLiteral) {
    return true;
  }
  if (n.kind != NodeKind::kLiteral || n.literal.kind() != ValueKind::kNumber) return false;
  const Decimal& d = n.literal.as_number();
  if (d == Decimal::FromInt(0) || d == Decimal::FromInt(1)) return false;
  for (const Node& p : ast.nodes) {
    if (p.kind == NodeKind::kIndex && p.args[1] == id) return false;
  }
  return true;
}

}  // namespace

void LiteralLimitCheck(const LintInput& in, std::vector<Diagnostic>& out) {
  for (const ExprRef& ref : ProgramExpressions(in.program)) {
    if (ref.role != "check") continue;
    const Ast& ast = ref.expr->ast;
    for (NodeId id = 0; id < ast.nodes.size(); ++id) {
      if (!LiteralLimit(ast, id)) continue;
      out.push_back(At(*ref.expr, ast.at(id).span, "lint-literal-limit",
                       fmt::format("the check of {} writes the limit {} into the expression; "
                                   "name it in [params] and write params.NAME, so that the "
                                   "message and the next round use the same value",
                                   ref.owner, OneLine(NodeText(ref.expr->text, ast, id)))));
    }
  }
}

}  // namespace grantcheck::lint
