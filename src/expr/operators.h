// The strict binary operators of the rule language on ordinary values:
// arithmetic, comparison and membership. && || ?: live in the evaluator.
#pragma once

#include "expr/ast.h"
#include "expr/value.h"

namespace grantcheck {

// Applies `op` (neither kAnd nor kOr) to two values that are neither missing
// nor error. A type clash, an overflow or a division by zero gives an error
// value at `span` (the operator).
Value ApplyBinary(Op op, const Value& a, const Value& b, Span span);

}  // namespace grantcheck
