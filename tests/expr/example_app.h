// The example application of docs/rule-language.md, as values, for expression
// tests; and a runner for the annotated case files in tests/expr/cases/.
#pragma once

#include <string>

#include "expr/eval_context.h"
#include "expr/value.h"

namespace grantcheck::testing {

// period, municipalities, budget, contact: null; params max_months and
// max_months_exceptional; today 2025-09-01; members Helsingborg and Höganäs.
struct ExampleApp {
  Value root;
  Value params;
  EvalContext ctx;
  Bindings bindings() const { return Bindings{&root, &params}; }
};

ExampleApp MakeExampleApp();

// Compiles and evaluates `text` against the example application, and shows
// the outcome in the case files' notation: the value's Dump(), or
// "error@COL: message" for a runtime error, or "compile: <diagnostic>".
std::string Outcome(const std::string& text);

}  // namespace grantcheck::testing
