// What an evaluation may see beyond the expression: the application's fields,
// the program's parameters, today's date and the member municipalities.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "expr/value.h"

namespace grantcheck {

// Most evaluation steps (nodes visited, macro iterations) one expression may
// take; a rule that needs more is faulty or hostile, and becomes an error value.
inline constexpr uint64_t kMaxEvalSteps = 1'000'000;
// Operators and builtins are charged for their work too: a step for each list
// element they read or make, and one for each this many bytes of text they
// make, so a long list or text read by a rule cannot make it run unbounded.
inline constexpr uint64_t kStringBytesPerStep = 64;

struct EvalContext {
  // The date today() returns; the command line sets it (--today or the clock).
  std::optional<Date> today;
  // The canonical member municipality a name denotes, or nullopt for a
  // non-member. Supplied by the program; without it members() is an error.
  std::function<std::optional<std::string>(std::string_view)> canonical_member;
  uint64_t max_steps = kMaxEvalSteps;
};

// The names an expression reads: fields of `root` (the application, a map) and
// `params` (the program's parameters, a map). Not owned.
struct Bindings {
  const Value* root = nullptr;
  const Value* params = nullptr;
};

}  // namespace grantcheck
