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
// Most steps all the evaluations against one application may take together:
// every rule's `when` and `check`, every message placeholder, every deadline.
// Without it a rule file of thousands of placeholders, each just under
// kMaxEvalSteps, took minutes on one application.
inline constexpr uint64_t kMaxApplicationEvalSteps = 20'000'000;
// Operators and builtins are charged for their work too: a step for each list
// element or map entry they read or make (an operator's operands counted with
// their nested ones), and one for each this many bytes of text they make, so
// a long list, a large map or a long text read by a rule cannot make it run
// unbounded.
inline constexpr uint64_t kStringBytesPerStep = 64;

// The steps spent so far on one application, shared by every evaluation
// against it. Not synchronised: each application has its own, used by the one
// thread that checks it.
class EvalBudget {
 public:
  explicit EvalBudget(uint64_t limit = kMaxApplicationEvalSteps) : limit_(limit) {}

  uint64_t limit() const { return limit_; }
  uint64_t left() const { return spent_ >= limit_ ? 0 : limit_ - spent_; }
  bool spent() const { return spent_ >= limit_; }
  void Spend(uint64_t steps) { spent_ = steps > left() ? limit_ : spent_ + steps; }

 private:
  uint64_t limit_;
  uint64_t spent_ = 0;
};

struct EvalContext {
  // The date today() returns; the command line sets it (--today or the clock).
  std::optional<Date> today;
  // The language a message is rendered in (sv, da, nb, en), which the
  // formatting helpers (plural, amount, and_list, date_text, number) write
  // in; empty outside messages, where they write English.
  std::string lang;
  // The canonical member municipality a name denotes, or nullopt for a
  // non-member. Supplied by the program; without it members() is an error.
  std::function<std::optional<std::string>(std::string_view)> canonical_member;
  uint64_t max_steps = kMaxEvalSteps;
  // The application's budget, charged with every evaluation's steps; an
  // evaluation may take no more than it has left. Not owned; null: none.
  EvalBudget* budget = nullptr;
};

// The names an expression reads: fields of `root` (the application, a map) and
// `params` (the program's parameters, a map). Not owned.
struct Bindings {
  const Value* root = nullptr;
  const Value* params = nullptr;
};

}  // namespace grantcheck
