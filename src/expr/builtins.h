// The rule language's functions and macros, in one table each: name, arity,
// signature, an example that evaluates to true, and the implementation.
#pragma once

#include <span>
#include <string_view>

#include "expr/eval_context.h"
#include "expr/value.h"

namespace grantcheck {

struct CallEnv {
  const EvalContext& ctx;
  Span span;  // the call, for error values
  // The steps the call may take beyond what its arguments are charged
  // (distinct() counts its comparisons); it adds those it took to *steps.
  uint64_t steps_left = kMaxEvalSteps;
  uint64_t* steps = nullptr;
};

using BuiltinFn = Value (*)(std::span<const Value> args, const CallEnv& env);

struct Builtin {
  std::string_view name;
  int min_args;
  int max_args;         // kVariadic for no limit
  BuiltinFn fn;
  // When false, the evaluator returns the first missing or error argument
  // without calling fn; has() sets it to see missing values itself.
  bool sees_missing;
  std::string_view signature;  // "months(start: date, end: date) -> number"
  std::string_view summary;
  std::string_view example;    // an expression that evaluates to true
};

inline constexpr int kVariadic = -1;

std::span<const Builtin> Builtins();
const Builtin* FindBuiltin(std::string_view name);  // nullptr when unknown

// Macros take a variable and an expression over each element: xs.all(x, p).
// The evaluator implements them; this table is for the checker and the docs.
struct Macro {
  std::string_view name;
  std::string_view signature;
  std::string_view summary;
  std::string_view example;
};

std::span<const Macro> Macros();
const Macro* FindMacro(std::string_view name);

}  // namespace grantcheck
