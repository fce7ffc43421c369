// A compiled expression: parsed and checked once, evaluated many times. The
// front door of src/expr/ for rule files, deadlines, message templates and the CLI.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source.h"
#include "expr/ast.h"
#include "expr/evaluator.h"

namespace grantcheck {

struct Expression {
  std::string text;
  Pos origin;        // where `text` starts in its file, for runtime error positions
  std::string file;  // that file's name
  Ast ast;

  Value Evaluate(const Bindings& bindings, const EvalContext& ctx) const {
    return grantcheck::Evaluate(ast, bindings, ctx);
  }
  // A runtime error value of this expression as a positioned diagnostic.
  Diagnostic ErrorDiagnostic(const ErrorData& error) const;
};

struct CompileResult {
  std::optional<Expression> expr;       // set when there are no errors
  std::vector<Diagnostic> diagnostics;  // syntax and name errors, positioned in the file
};

// Parses and checks `text`, which sits at `origin` in `file`. Never throws.
CompileResult Compile(std::string text, std::string file = "expr", Pos origin = {1, 1});

}  // namespace grantcheck
