// Why one rule gave what it gave for one application: every sub-expression's
// value as a tree, the missing fields, and the smallest change that would make it pass.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/finding.h"
#include "expr/evaluator.h"
#include "model/application.h"
#include "rules/program.h"

namespace grantcheck {

// One evaluation of one node. A macro's body appears once per element, with
// `label` naming the element ("l = budget.lines[2]").
struct TraceNode {
  NodeId node = 0;
  Value value;
  std::vector<TraceNode> children;
  std::string label;
  // The rule did not need this operand (the other side of && or || decided);
  // it was evaluated afterwards, to show it.
  bool skipped = false;
};

struct ExprTrace {
  const Expression* expr = nullptr;
  TraceNode root;
};

struct Explanation {
  const Rule* rule = nullptr;
  std::optional<ExprTrace> when;
  std::optional<ExprTrace> check;   // absent when the rule does not apply or is a review item
  Finding finding;                  // what `check` reports for this rule
  std::vector<std::string> missing; // fields the rule read that the application lacks
  // The named values the rule sees ([let], then the rule's `let`), by name,
  // with their values on this application.
  std::vector<std::pair<std::string, Value>> lets;
  // `when` and `check` with the named values they read written out, which
  // the traces above point into (shared, so that a copy's traces stay valid).
  std::vector<std::shared_ptr<const Expression>> expanded;
  // The smallest changes that would make a failing rule pass, each a full
  // alternative ("set `period.end` to 2026-08-31 or earlier"); empty when the
  // engine cannot say.
  std::vector<std::string> hints;
};

// Evaluates `rule` on `app` as CheckApplication() does, keeping every value.
Explanation Explain(const Rule& rule, const Application& app, const PreparedProgram& program,
                    const CheckOptions& options);

// Hints as one sentence in `lang`: "a, or b".
std::string JoinHints(const std::vector<std::string>& hints, std::string_view lang);

// The tree as indented lines, "text = value", two spaces a level. With
// `values` false (no application), only the expression's structure.
std::string TraceText(const ExprTrace& trace, bool values = true);

// The tree of an expression not evaluated: its sub-expressions, unvalued.
ExprTrace Unevaluated(const Expression& expr);

// A value as explain shows it: 12, 2025-06-01, "Helsingborg", [Bjuv, Malmö],
// missing (period.end), error: division by zero.
std::string ShowValue(const Value& v);

}  // namespace grantcheck
