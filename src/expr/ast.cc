#include "expr/ast.h"

namespace grantcheck {

std::string_view OpText(Op op) {
  switch (op) {
    case Op::kNone: return "";
    case Op::kOr: return "||";
    case Op::kAnd: return "&&";
    case Op::kNot: return "!";
    case Op::kNeg: return "-";
    case Op::kEq: return "==";
    case Op::kNe: return "!=";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kIn: return "in";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kMod: return "%";
  }
  return "?";
}

std::string Ast::Dump() const { return nodes.empty() ? "" : Dump(root); }

std::string Ast::Dump(NodeId id) const {
  const Node& n = nodes[id];
  auto list = [&](size_t from) {
    std::string out;
    for (size_t i = from; i < n.args.size(); ++i) out += " " + Dump(n.args[i]);
    return out;
  };
  switch (n.kind) {
    case NodeKind::kLiteral: return n.literal.Dump();
    case NodeKind::kIdent: return n.name;
    case NodeKind::kSelect: return Dump(n.args[0]) + "." + n.name;
    case NodeKind::kIndex: return Dump(n.args[0]) + "[" + Dump(n.args[1]) + "]";
    case NodeKind::kUnary: return "(" + std::string(OpText(n.op)) + list(0) + ")";
    case NodeKind::kBinary: return "(" + std::string(OpText(n.op)) + list(0) + ")";
    case NodeKind::kTernary: return "(?:" + list(0) + ")";
    case NodeKind::kCall: return "(" + n.name + list(0) + ")";
    case NodeKind::kMacro:
      // Before the checker resolves it, the variable is still args[1].
      return "(" + n.name + " " + Dump(n.args[0]) + (n.var.empty() ? "" : " " + n.var) + list(1) +
             ")";
    case NodeKind::kList: {
      std::string inner = list(0);
      return "[" + (inner.empty() ? inner : inner.substr(1)) + "]";
    }
  }
  return "?";
}

}  // namespace grantcheck
