// Hints for explain: from a failing check's evaluation tree, the smallest
// changes to the application that would make it pass, where they can be worked out.
#pragma once

#include <string>
#include <vector>

#include "engine/explain.h"

namespace grantcheck {

struct HintContext {
  const Expression& expr;
  const Bindings& bindings;
  const EvalContext& ctx;
  std::string at;    // the rule's `at`: the field to change first when several could
  std::string lang;  // of the hints: the message language
};

// Alternatives, each enough on its own: "set `period.end` to 2026-08-31 or
// earlier", "give `period.extension_reason`". Empty when no hint can be given.
std::vector<std::string> Hints(const HintContext& context, const TraceNode& root);

}  // namespace grantcheck
