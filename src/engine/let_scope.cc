#include "engine/let_scope.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "expr/expression.h"
#include "expr/input_error.h"
#include "expr/node_text.h"

namespace grantcheck {

namespace {

// Deepest nesting of named values written out; the loader refuses cycles, so
// this only bounds the work on a long chain.
constexpr int kMaxExpandDepth = 32;

// The text of `ast` (parsed from `text`) with each name of `lets` replaced by
// its expression, in parentheses unless it is a call, a name or a field.
std::string Expanded(const std::string& text, const Ast& ast, const std::vector<const Let*>& lets,
                     int depth) {
  struct Cut {
    Span span;
    std::string with;
  };
  std::vector<Cut> cuts;
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    const Node& n = ast.at(id);
    if (n.kind != NodeKind::kIdent || BoundByMacro(ast, id)) continue;
    auto let = std::find_if(lets.begin(), lets.end(), [&](const Let* l) { return l->name == n.name; });
    if (let == lets.end() || depth >= kMaxExpandDepth) continue;
    const Expression& e = (*let)->expr;
    std::string inner = Expanded(OneLine(e.text), e.ast, lets, depth + 1);
    NodeKind kind = e.ast.at(e.ast.root).kind;
    bool bare = kind == NodeKind::kCall || kind == NodeKind::kIdent || kind == NodeKind::kSelect ||
                kind == NodeKind::kLiteral || kind == NodeKind::kIndex;
    cuts.push_back(Cut{n.span, bare ? inner : "(" + inner + ")"});
  }
  std::string out = text;
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.span.begin > b.span.begin; });
  for (const Cut& c : cuts) out.replace(c.span.begin, c.span.end - c.span.begin, c.with);
  return out;
}

}  // namespace

std::shared_ptr<const Expression> ExpandLets(const Expression& expr,
                                             const std::vector<const Let*>& lets) {
  std::string one_line = OneLine(expr.text);
  // OneLine keeps every node's offsets only when the text had no runs of blanks.
  CompileResult parsed = Compile(one_line, expr.file, expr.origin);
  if (!parsed.expr) return nullptr;
  std::string text = Expanded(one_line, parsed.expr->ast, lets, 0);
  if (text == one_line) return nullptr;
  CompileResult compiled = Compile(std::move(text), expr.file, expr.origin);
  if (!compiled.expr) return nullptr;
  return std::make_shared<const Expression>(std::move(*compiled.expr));
}

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
