// Rule test files (rules/<program>.tests.yaml): cases that vary a base
// application and name the status each rule must then have. Running them is rule_test_runner.h's job.
#pragma once

// The format, every key optional unless marked (docs/rules.md explains it for
// rule authors):
//
//   rules: familjen-helsingborg.toml    the rule file, relative to this file; default:
//                                       <name>.toml beside <name>.tests.yaml
//   base: ../examples/passes.yaml       the application cases start from, relative to
//   base_inline: { program: ..., ... }  this file; or written out here (one of the two)
//   today: 2025-09-01                   what today() gives; default: --today or the clock
//   lang: en                            messages' language; default: the program's
//   draft: false                        --draft: unknown becomes todo
//   cases:                              (required) a list of
//     - name: 12 months exactly passes  (required) unique within the file
//       base: / base_inline: / today: / lang: / draft:   this case's own, as above
//       unset: [period.extension_reason]         field paths removed first,
//       set: { period.end: 2026-08-31 }          then field path -> YAML value
//       expect:                         (required unless expect_deadlines is given)
//         FH-DURATION: pass             a status: pass fail unknown todo error review
//                                       not_applicable; or a map:
//         FH-PERIOD-ORDER: { status: fail, line: 34, col: 8, missing: period.end,
//                            message: "ligger före" }   (a part of the message)
//       expect_deadlines:               a deadline's date, "undated" (its inputs are
//         final-report: 2026-09-30      missing) or "none" (its `when` is false)
//       batch:                          the other applications of the case's run, for
//         - ../examples/x.yaml          [[batch_rules]]: a file, or a mapping with
//         - { base: ../examples/y.yaml, set: { priority: 2 } }   base/base_inline, unset
//                                       and set; the case's own application is first
//
// Every problem is a diagnostic at file:line:col with an id: test-read, test-syntax
// (the YAML itself), test-unknown-key, test-missing-key, test-type, test-status,
// test-duplicate-case. Rule and deadline ids are checked against the program by the runner.

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "base/source.h"
#include "engine/finding.h"
#include "model/document.h"

namespace grantcheck {

// One field changed in the base application.
struct FieldEdit {
  std::string path;               // "budget.lines[0].amount"
  Pos pos;                        // of the path in the test file
  std::optional<DocNode> value;   // nullopt: unset
};

// What a case expects of one rule's finding.
struct RuleExpectation {
  std::string rule;
  Pos pos;  // of the rule id in the test file
  Status status = Status::kPass;
  std::optional<int> line;
  std::optional<int> col;
  std::optional<std::string> missing;
  std::optional<std::string> message;  // a part the message must contain
};

// What a case expects of one deadline: "2026-09-30", "undated" or "none".
struct DeadlineExpectation {
  std::string deadline;
  Pos pos;
  std::string expected;
};

// The application a case starts from: a file (resolved against the test
// file's directory) or a mapping written in the test file.
struct BaseApplication {
  std::optional<std::string> file;
  std::optional<DocNode> inline_root;
  Pos pos;  // of the `base`/`base_inline` key
};

// Another application checked in the same run as a case's, as batch rules see it.
struct BatchPeer {
  BaseApplication base;
  std::vector<FieldEdit> edits;
};

struct RuleTestCase {
  std::string name;
  Pos pos;  // of the case's `name`
  std::optional<BaseApplication> base;
  std::optional<Date> today;
  std::optional<std::string> lang;
  std::optional<bool> draft;
  std::vector<FieldEdit> edits;  // unsets first, then sets, each in file order
  std::vector<BatchPeer> batch;  // checked after the case's own application, in order
  std::vector<RuleExpectation> expect;
  std::vector<DeadlineExpectation> expect_deadlines;
};

struct RuleTestFile {
  std::string file;        // the test file, as named
  std::string rules_file;  // the rule file, resolved
  Pos rules_pos;           // of `rules:`, or 1:1 when defaulted
  std::optional<BaseApplication> base;
  std::optional<Date> today;
  std::optional<std::string> lang;
  bool draft = false;
  std::vector<RuleTestCase> cases;
};

struct LoadedRuleTests {
  std::optional<RuleTestFile> tests;    // set when there is no diagnostic
  std::vector<Diagnostic> diagnostics;  // errors, in file order
};

// Parses a test file's text; `file` names it and anchors its relative paths.
LoadedRuleTests ParseRuleTests(std::string_view text, const std::string& file);

// Reads and parses the test file at `path`; unreadable is one test-read error.
LoadedRuleTests LoadRuleTests(const std::string& path);

// "x/familjen-helsingborg.tests.yaml" -> "x/familjen-helsingborg.toml", and
// the reverse; "" when `path` does not end as expected.
std::string RuleFileBeside(const std::string& tests_path);
std::string TestFileBeside(const std::string& rule_path);

// The status named `name` ("not_applicable"), or nullopt.
std::optional<Status> ParseStatus(std::string_view name);

}  // namespace grantcheck
