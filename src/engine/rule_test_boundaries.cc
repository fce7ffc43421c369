#include "engine/rule_test_boundaries.h"

#include <fmt/format.h>

#include <optional>

#include "engine/let_scope.h"
#include "expr/evaluator.h"
#include "expr/node_text.h"

namespace grantcheck {
namespace {

// The parameter `id` reads (params.NAME), or "".
std::string ParamAt(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind != NodeKind::kSelect) return "";
  const Node& base = ast.at(n.args[0]);
  return base.kind == NodeKind::kIdent && base.name == "params" ? n.name : "";
}

// Whether the sub-expression at `top` reads a variable a macro binds, or
// lies inside a macro's body.
bool InMacro(const Ast& ast, NodeId top) {
  for (const Node& n : ast.nodes) {
    if (n.kind == NodeKind::kMacro && n.args.size() > 1) {
      std::vector<NodeId> todo = {n.args[1]};
      while (!todo.empty()) {
        NodeId id = todo.back();
        todo.pop_back();
        if (id == top) return true;
        todo.insert(todo.end(), ast.at(id).args.begin(), ast.at(id).args.end());
      }
    }
  }
  return false;
}

// `v` moved one unit (a number by 1, a date by a day) up or down.
std::optional<Value> Step(const Value& v, int by) {
  if (v.kind() == ValueKind::kNumber) {
    std::optional<Decimal> d = Decimal::Add(v.as_number(), Decimal::FromInt(by));
    if (d) return Value::Number(*d);
  }
  if (v.kind() == ValueKind::kDate) {
    std::optional<Date> d = AddDays(v.as_date(), by);
    if (d) return Value::FromDate(*d);
  }
  return std::nullopt;
}

void BoundariesOf(const Rule& rule, const Program& program, std::vector<Boundary>& out) {
  if (!rule.check) return;
  const Expression& e = *rule.check;
  const Ast& ast = e.ast;
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    const Node& n = ast.at(id);
    if (n.kind != NodeKind::kBinary || InMacro(ast, id)) continue;
    if (n.op != Op::kLt && n.op != Op::kLe && n.op != Op::kGt && n.op != Op::kGe) continue;
    bool param_right = !ParamAt(ast, n.args[1]).empty();
    if (!param_right && ParamAt(ast, n.args[0]).empty()) continue;
    NodeId value = n.args[param_right ? 0 : 1];
    if (!ParamAt(ast, value).empty()) continue;  // two params: nothing an application moves
    std::string param = ParamAt(ast, n.args[param_right ? 1 : 0]);
    Value limit = EvaluateNode(ast, n.args[param_right ? 1 : 0],
                               Bindings{nullptr, &program.params_value}, EvalContext{});
    // value <= P and value > P turn at P and P + 1; value >= P and value < P
    // at P - 1 and P; P >= value is value <= P.
    bool up = param_right ? n.op == Op::kLe || n.op == Op::kGt : n.op == Op::kGe || n.op == Op::kLt;
    std::optional<Value> past = Step(limit, up ? 1 : -1);
    if (!past) continue;
    out.push_back(Boundary{&rule, &e, value, OneLine(NodeText(e.text, ast, value)), param, limit,
                           *past, {}});
  }
}

// -1, 0 or 1 as a is below, at or above b; nullopt when they do not compare.
std::optional<int> Order(const Value& a, const Value& b) {
  if (a.kind() == ValueKind::kNumber && b.kind() == ValueKind::kNumber) {
    return Decimal::Compare(a.as_number(), b.as_number());
  }
  if (a.kind() == ValueKind::kDate && b.kind() == ValueKind::kDate) {
    return a.as_date().days < b.as_date().days ? -1 : a.as_date().days > b.as_date().days;
  }
  return std::nullopt;
}

bool AtLimit(const Boundary& b) {
  for (const Value& v : b.seen) {
    if (Order(v, b.limit) == 0) return true;
  }
  return false;
}

// A value beyond the limit by at most one unit: 12.03 months is past a limit
// of 12 as 13 is.
bool JustPast(const Boundary& b) {
  for (const Value& v : b.seen) {
    std::optional<int> from_limit = Order(v, b.limit);
    std::optional<int> from_past = Order(v, b.past);
    std::optional<int> side = Order(b.past, b.limit);
    if (from_limit && from_past && side && *from_limit == *side && *from_past != *side) return true;
  }
  return false;
}

}  // namespace

std::vector<Boundary> FindBoundaries(const Program& program) {
  std::vector<Boundary> out;
  for (const Rule& rule : program.rules) BoundariesOf(rule, program, out);
  return out;
}

void RecordBoundaries(const Rule& rule, const Application& app, const PreparedProgram& prepared,
                      const CheckOptions& options, std::vector<Boundary>& boundaries) {
  EvalContext ctx;
  ctx.today = options.today;
  ctx.canonical_member = [&prepared](std::string_view name) {
    return prepared.members.Canonical(name);
  };
  Bindings bindings{&app.root, &prepared.program->params_value};
  // The compared value may be a named value (`project_months <= params.max_months`).
  const std::vector<Local> scope = RuleScope(*prepared.program, rule, bindings, ctx);
  for (Boundary& b : boundaries) {
    if (b.rule != &rule) continue;
    Value v = EvaluateNode(b.check->ast, b.value, bindings, ctx, scope);
    if (!v.is_special()) b.seen.push_back(std::move(v));
  }
}

std::vector<std::pair<const Rule*, std::string>> MissingBoundaries(
    const std::vector<Boundary>& boundaries) {
  std::vector<std::pair<const Rule*, std::string>> out;
  for (const Boundary& b : boundaries) {
    if (!AtLimit(b)) {
      out.emplace_back(b.rule, fmt::format("no case at the limit: {} = {} (params.{})",
                                           b.value_text, b.limit.Display(), b.param));
    }
    if (!JustPast(b)) {
      bool up = Order(b.past, b.limit) == 1;
      out.emplace_back(b.rule, fmt::format("no case just past the limit: {} {} {} and {} {} "
                                           "(params.{} = {})",
                                           b.value_text, up ? "above" : "below", b.limit.Display(),
                                           up ? "at most" : "at least", b.past.Display(), b.param,
                                           b.limit.Display()));
    }
  }
  return out;
}

}  // namespace grantcheck
