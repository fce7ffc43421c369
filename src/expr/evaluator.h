// The evaluator: one checked Ast, one application's bindings -> one Value.
// Pure and thread-safe; faults come back as error values, never as exceptions.
#pragma once

#include "expr/ast.h"
#include "expr/eval_context.h"
#include "expr/value.h"

namespace grantcheck {

// Evaluates `ast`, which Check() must have accepted. Missing fields give
// missing values, runtime faults give error values carrying the span of the
// node at fault; && || and ?: absorb them as docs/rule-language.md says.
Value Evaluate(const Ast& ast, const Bindings& bindings, const EvalContext& ctx);

}  // namespace grantcheck
