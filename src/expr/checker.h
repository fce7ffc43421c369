// The checker: after parsing, before any application is read. It resolves each
// call to its builtin, checks arity, macro form, has() arguments and literal dates.
#pragma once

#include <string>
#include <vector>

#include "expr/ast.h"

namespace grantcheck {

struct CheckIssue {
  Span span;
  std::string id;  // expr-unknown-function, expr-arity, expr-macro, expr-has, expr-bad-date
  std::string message;
};

// Checks every node of `ast` and annotates it for the evaluator (Node::builtin,
// Node::var). Returns all issues found, in source order; empty means evaluable.
std::vector<CheckIssue> Check(Ast& ast);

}  // namespace grantcheck
