// What checking one application produces: findings (one per rule, plus the
// problems found in the file itself) and the application's verdict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source.h"
#include "engine/app_facts.h"
#include "rules/program.h"

namespace grantcheck {

enum class Status {
  kPass,           // the check holds
  kFail,           // the check does not hold
  kUnknown,        // the check needs a field that is missing (fails outside --draft)
  kTodo,           // kUnknown in --draft mode: something to fill in, not a failure
  kError,          // the check faulted (a type clash, a bad value in the file)
  kReview,         // a checklist item for the assessor, never pass or fail
  kNotApplicable,  // the rule's `when` is false
};

std::string_view StatusName(Status s);  // "pass", "fail", "unknown", "todo", ...

// One rule's outcome for one application, or one problem in the file (then
// `rule_id` is the diagnostic id, such as "app-type", and `from_input` is true).
struct Finding {
  std::string rule_id;
  Severity severity = Severity::kError;
  Status status = Status::kPass;
  std::string title;    // localized rule title ("" for input problems)
  std::string message;  // localized, ready to print
  std::string path;     // the field it is about: the rule's `at`, or the missing field
  Pos pos;              // that field's line:col (its nearest present parent when absent)
  std::string missing;  // kUnknown/kTodo: the missing field's path
  bool from_input = false;
  // The reason given in the application's `acknowledged:` list, for a warning
  // or review finding an applicant or secretariat has acknowledged; such a
  // finding is still shown, with the reason, but fails nothing.
  std::optional<std::string> acknowledged;
  // For a kReview finding: true when it is a routine criterion that every
  // application of the program gets (the rule has no `when`), false when this
  // application's content raised it. Reports list routine items once per
  // program and count the others as needing attention.
  bool routine = false;

  // Whether this finding makes the application fail at `fail_on` (kError:
  // errors only; kWarning: errors and warnings). Review items and
  // acknowledged findings never do.
  bool Fails(Severity fail_on) const;
};

// One entry of an application's `acknowledged:` list, kept with the report
// until every finding of the application is known (batch rules come last).
struct Acknowledgement {
  std::string rule_id;
  std::string reason;
  std::string path;  // "acknowledged[0].rule"
  Pos pos;           // of the rule id in the file
};

// A problem in an input file (a diagnostic) as a finding of that file.
Finding FindingFromDiagnostic(const Diagnostic& d);

// Everything known about one input file after checking it.
struct AppReport {
  std::string file;        // as given on the command line ("-": --stdin-filename or "<stdin>")
  std::string program_id;  // "" when it could not be read that far
  std::string language;    // the language messages were rendered in
  std::vector<Finding> findings;
  // SHA-256 of the file's bytes as read (lower-case hex), so a report names
  // exactly what it checked; "" when the file could not be read.
  std::string sha256;
  // True when the file could not be read or parsed at all (YAML syntax, unknown
  // program, unreadable): exit status 2 rather than 1.
  bool input_error = false;
  // What the application says about itself, for the reports' overviews;
  // empty when it could not be read that far.
  AppFacts facts;
  // Acknowledgements not yet applied to `findings` (SettleAcknowledgements);
  // empty in every finished report.
  std::vector<Acknowledgement> pending_acknowledgements;

  bool Failed(Severity fail_on) const;
};

}  // namespace grantcheck
