// The evaluator: one checked Ast, one application's bindings -> one Value.
// Pure and thread-safe; faults come back as error values, never as exceptions.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "expr/ast.h"
#include "expr/eval_context.h"
#include "expr/value.h"

namespace grantcheck {

// Evaluates `ast`, which Check() must have accepted. Missing fields give
// missing values, runtime faults give error values carrying the span of the
// node at fault; && || and ?: absorb them as docs/rule-language.md says.
Value Evaluate(const Ast& ast, const Bindings& bindings, const EvalContext& ctx);

// A variable bound while evaluating a sub-expression, as a macro binds it.
using Local = std::pair<std::string, Value>;

// Evaluates the sub-expression at `node` of `ast` with `locals` bound, for
// callers that look inside an expression (which list element made all() false).
Value EvaluateNode(const Ast& ast, NodeId node, const Bindings& bindings,
                   const EvalContext& ctx, const std::vector<Local>& locals = {});

// Called with each node's value as soon as it is known: children before their
// parent, a macro's body once per element, short-circuited operands never.
using TraceFn = std::function<void(NodeId, const Value&)>;

// EvaluateNode() that reports every sub-expression's value to `trace`, for
// `grantcheck explain`. Same result; Evaluate() pays nothing for it.
Value EvaluateTraced(const Ast& ast, NodeId node, const Bindings& bindings,
                     const EvalContext& ctx, const std::vector<Local>& locals,
                     const TraceFn& trace);

}  // namespace grantcheck
