// The syntax tree of one expression: nodes in one vector, children by index,
// every node with the byte span it was parsed from. Dump() makes tests one line long.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/source.h"
#include "expr/value.h"

namespace grantcheck {

using NodeId = uint32_t;

enum class NodeKind {
  kLiteral,  // literal
  kIdent,    // name
  kSelect,   // args[0] . name
  kIndex,    // args[0] [ args[1] ]
  kUnary,    // op args[0]
  kBinary,   // args[0] op args[1]
  kTernary,  // args[0] ? args[1] : args[2]
  kCall,     // name ( args... ); has() included
  kMacro,    // args[0] . name ( var , args[1] ): all, exists, filter, map
  kList,     // [ args... ]
};

enum class Op {
  kNone,
  kOr, kAnd, kNot, kNeg,
  kEq, kNe, kLt, kLe, kGt, kGe, kIn,
  kAdd, kSub, kMul, kDiv, kMod,
};

struct Node {
  NodeKind kind = NodeKind::kLiteral;
  Span span;
  Op op = Op::kNone;
  std::string name;   // identifier, selected field, function or macro name
  std::string var;    // kMacro: the iteration variable
  Value literal;      // kLiteral
  std::vector<NodeId> args;
  Span name_span;     // kCall/kMacro/kSelect: where `name` is written
  int builtin = -1;   // kCall: index into the builtin table, set by the checker
};

struct Ast {
  std::vector<Node> nodes;
  NodeId root = 0;

  const Node& at(NodeId id) const { return nodes[id]; }
  // Compact S-expression: (<= (months period.start period.end) params.max_months)
  std::string Dump() const;
  std::string Dump(NodeId id) const;
};

std::string_view OpText(Op op);

}  // namespace grantcheck
