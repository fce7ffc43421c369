// What every report writer says the same way: which findings a reader sees and
// under which label, the run's tally, and the localized summary line. Layout is each writer's.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/finding.h"

namespace grantcheck {

// The label a finding is shown under: its severity name ("error", "warning",
// "review") for fail, unknown and error; "todo" for todo; "review" for review.
// nullopt for pass and not_applicable, which a list of problems leaves out.
std::optional<std::string_view> FindingLabel(const Finding& finding);

// A program's rule as code scanning and code quality views key it:
// "PROGRAM/RULE", always, so that a rule a program inherits through `extends`
// is one rule per program, and the id does not depend on which other programs
// a run uses. Cleaned of control characters.
std::string QualifiedRuleId(std::string_view program, std::string_view rule);

// Counts over a whole run. Each application is exactly one of passed, failed
// and input_errors; the finding counts are of shown findings by their label,
// whatever --quiet hides.
struct Tally {
  int applications = 0;
  int passed = 0;        // !Failed(fail_on)
  int failed = 0;        // Failed(fail_on), input errors not included
  int input_errors = 0;  // AppReport::input_error
  int errors = 0;
  int warnings = 0;
  int todos = 0;
  int review = 0;     // every review item, routine ones included
  int attention = 0;  // review items the application's content raised (not routine)
};

Tally CountReports(std::span<const AppReport> reports, Severity fail_on);

// The language of run-wide text: `requested` when given, else the language of
// the first report that has one, else "en".
std::string_view SummaryLanguage(std::span<const AppReport> reports, std::string_view requested);

// "3 applications: 2 passed, 1 failed; 4 errors, 1 warning, 2 to-dos, 6 need
// your attention" in `lang` (routine review items are listed apart, not counted here) (English for an unknown language). ", N unreadable" follows
// "failed" only when some input could not be read.
std::string SummaryLine(const Tally& tally, std::string_view lang);

// One counted noun of the summary line ("application", "passed", "failed",
// "unreadable", "error", "warning", "todo", "review", "attention") for n: "2 varningar".
std::string CountedNoun(std::string_view noun, int n, std::string_view lang);

}  // namespace grantcheck
