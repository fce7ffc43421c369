// Runs a rule test file's cases against its program, and says which rules no
// case covers. Reading the test file is rule_tests.h's job; printing is the CLI's.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "engine/engine.h"
#include "engine/rule_tests.h"
#include "model/application.h"
#include "rules/program.h"

namespace grantcheck {

struct CaseResult {
  std::string name;
  Pos pos;                            // of the case in the test file
  std::vector<std::string> problems;  // empty: the case passed
  bool passed() const { return problems.empty(); }
};

// A rule that the cases do not show both ways, and what is lacking.
struct Uncovered {
  std::string rule;
  Pos pos;          // of the rule in its rule file
  std::string why;  // "no case expects pass"
};

struct TestFileResult {
  std::vector<CaseResult> cases;
  std::vector<Uncovered> uncovered;
  // Boundary values no case reaches, one a line, for rules whose check
  // compares a value with a parameter (rule_test_boundaries.h).
  std::vector<Uncovered> boundaries;
  size_t rules = 0;                 // how many rules and batch rules the program has
  // Problems that make the file unusable (exit status 2): an unknown rule id,
  // a base application that cannot be read. Cases are not run then.
  std::vector<Diagnostic> errors;
};

// The deadlines of one application, each as its date, "undated" or
// "error: …"; a deadline left out (its `when` false) is not listed. Given by
// the caller, since schedules are worked out in a layer above the engine.
using DeadlineFn = std::function<std::vector<std::pair<std::string, std::string>>(
    const Application& app, const PreparedProgram& program, const CheckOptions& options)>;

// Runs every case of `tests` against `program`. Each case is one run, as
// `check` makes it: its application first, then its `batch` peers, batch rules
// included; expectations are of the first one's findings. `today` is used
// where the file and the case give none; without `deadlines`, a case that
// expects deadlines fails saying so. Never throws.
TestFileResult RunRuleTests(const RuleTestFile& tests, const Program& program,
                            std::optional<Date> today, const DeadlineFn& deadlines = {});

// Coverage, of rules and batch rules alike: a rule is covered when one case
// expects it to pass and one to fail (fail, unknown, todo or error); a review
// rule when one expects review and, if it has a `when`, one expects
// not_applicable.
std::vector<Uncovered> Coverage(const RuleTestFile& tests, const Program& program);

}  // namespace grantcheck
