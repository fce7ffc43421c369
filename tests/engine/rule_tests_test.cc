// Rule test files: the format read into cases, its errors at file:line:col,
// and the runner's verdicts and coverage on the mini program and the shipped rules.
#include "engine/rule_tests.h"

#include <doctest/doctest.h>

#include <string>

#include "engine/rule_test_runner.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Data(const std::string& name) {
  return std::string(GRANTCHECK_TESTS_DIR) + "/data/rule_tests/" + name;
}

std::string Diags(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += FormatDiagnostic(d) + "\n";
  return out;
}

const Program& Mini() {
  static const LoadedProgram loaded = LoadRuleFile(Data("mini.toml"));  // read-only once loaded
  REQUIRE(loaded.program);
  return *loaded.program;
}

// A test file for mini.toml, written here; `cases` is the YAML after "cases:".
LoadedRuleTests Parse(const std::string& cases) {
  return ParseRuleTests("rules: mini.toml\n"
                        "base_inline:\n"
                        "  program: mini\n"
                        "  title: A project\n"
                        "  summary: Short.\n"
                        "  period: { start: 2025-09-01, end: 2026-08-31 }\n"
                        "today: 2025-09-01\n"
                        "cases:\n" + cases,
                        Data("t.tests.yaml"));
}

TEST_CASE("rule tests: a file reads into cases with edits and expectations") {
  LoadedRuleTests loaded = LoadRuleTests(Data("mini.tests.yaml"));
  CHECK(Diags(loaded.diagnostics) == "");
  REQUIRE(loaded.tests);
  const RuleTestFile& t = *loaded.tests;
  CHECK(t.rules_file == Data("mini.toml"));
  CHECK(t.today == ParseDate("2025-09-01"));
  REQUIRE(t.cases.size() == 3);
  CHECK(t.cases[1].name == "a day more passes (wrong on purpose)");
  REQUIRE(t.cases[1].edits.size() == 1);
  CHECK(t.cases[1].edits[0].path == "period.end");
  CHECK(t.cases[1].edits[0].value->text == "2026-09-01");
  REQUIRE(t.cases[2].edits.size() == 1);
  CHECK_FALSE(t.cases[2].edits[0].value);
  const RuleExpectation& x = t.cases[2].expect[0];
  CHECK(x.rule == "MINI-DURATION");
  CHECK(x.status == Status::kUnknown);
  CHECK(x.missing == "period.end");
  CHECK(x.line == 7);
  CHECK(x.col == 11);
}

TEST_CASE("rule tests: every problem in a test file at its place, in file order") {
  LoadedRuleTests loaded = LoadRuleTests(Data("broken.tests.yaml"));
  CHECK_FALSE(loaded.tests);
  std::string f = Data("broken.tests.yaml");
  CHECK(Diags(loaded.diagnostics) ==
        f + ":5:30: error: unknown status 'passes'; expected pass, fail, unknown, todo, error, "
            "review or not_applicable (did you mean 'pass'?) [test-status]\n" +
        f + ":6:5: error: unknown key 'sett' in case 1; did you mean 'set'? [test-unknown-key]\n" +
        f + ":7:11: error: a second case named 'one' [test-duplicate-case]\n" +
        f + ":8:12: error: 'today' must be a date as YYYY-MM-DD, got '2025-02-30' [test-type]\n" +
        f + ":10:5: error: case 3 has no 'name' [test-missing-key]\n" +
        f + ":10:27: error: the expectation of MINI-TITLE has no 'status' [test-missing-key]\n");
  CHECK(loaded.diagnostics[0].snippet == "    expect: { MINI-DURATION: passes }");
  CHECK(loaded.diagnostics[0].caret_col == 30);
}

TEST_CASE("rule tests: YAML errors and duplicate keys stop the file") {
  LoadedRuleTests dup = Parse("  - name: a\n    expect: { MINI-TITLE: pass, MINI-TITLE: fail }\n");
  CHECK_FALSE(dup.tests);
  CHECK(Diags(dup.diagnostics).find("yaml-duplicate-key") != std::string::npos);
  LoadedRuleTests bad = Parse("  - name: [a\n");
  CHECK_FALSE(bad.tests);
  CHECK_FALSE(bad.diagnostics.empty());
  LoadedRuleTests unread = LoadRuleTests(Data("no-such.tests.yaml"));
  REQUIRE(unread.diagnostics.size() == 1);
  CHECK(unread.diagnostics[0].id == "test-read");
}

TEST_CASE("rule tests: a case passes, fails with what differed, and coverage is counted") {
  LoadedRuleTests loaded = LoadRuleTests(Data("mini.tests.yaml"));
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  CHECK(Diags(r.errors) == "");
  REQUIRE(r.cases.size() == 3);
  CHECK(r.cases[0].passed());
  REQUIRE(r.cases[1].problems.size() == 1);
  CHECK(r.cases[1].problems[0] ==
        "MINI-DURATION expected pass, got fail (The project lasts 12.03 months.)");
  CHECK(r.cases[2].passed());
  CHECK(r.rules == 2);
  REQUIRE(r.uncovered.size() == 1);
  CHECK(r.uncovered[0].rule == "MINI-TITLE");
  CHECK(r.uncovered[0].why == "no case expects fail, unknown or error");
  CHECK(r.uncovered[0].pos == Pos{20, 1});
}

TEST_CASE("rule tests: line, column, missing and message are compared when given") {
  LoadedRuleTests loaded = Parse(
      "  - name: everything wrong but the status\n"
      "    unset: [period.end]\n"
      "    expect:\n"
      "      MINI-DURATION: { status: unknown, line: 1, col: 2, missing: period.start,\n"
      "                       message: twelve }\n");
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  REQUIRE(r.cases.size() == 1);
  CHECK(r.cases[0].problems == std::vector<std::string>{
                                   "MINI-DURATION expected the finding at line 1 column 2, got "
                                   "6:11 (period.end)",
                                   "MINI-DURATION expected missing period.start, got period.end",
                                   "MINI-DURATION message does not contain \"twelve\": At most 12 "
                                   "months: cannot be checked because period.end is missing"});
}

TEST_CASE("rule tests: any Unicode space in a message matches a space, and a miss shows it") {
  // The message writes its amount with no-break spaces, as reports do.
  LoadedProgram loaded = ParseRuleFile(
      "[program]\nid = \"mini\"\nname = \"Mini\"\nlanguage = \"en\"\ncurrency = \"SEK\"\n"
      "[[rules]]\nid = \"MINI-TITLE\"\nseverity = \"warning\"\ntitle = \"A summary\"\n"
      "source = \"Describe the project briefly.\"\ncheck = \"has(summary) && false\"\n"
      "message = \"Requested: 1\u00a0150\u202f000 kr.\"\n",
      Data("nbsp.toml"));
  REQUIRE(loaded.program);
  LoadedRuleTests tests = Parse(
      "  - name: typed with plain spaces\n"
      "    expect: { MINI-TITLE: { status: fail, message: \"1 150 000 kr\" } }\n"
      "  - name: a message that differs\n"
      "    expect: { MINI-TITLE: { status: fail, message: \"1 150 001 kr\" } }\n");
  REQUIRE(tests.tests);
  TestFileResult r = RunRuleTests(*tests.tests, *loaded.program, std::nullopt);
  REQUIRE(r.cases.size() == 2);
  CHECK(r.cases[0].passed());
  CHECK(r.cases[1].problems ==
        std::vector<std::string>{"MINI-TITLE message does not contain \"1 150 001 kr\": "
                                 "Requested: 1<U+00A0>150<U+202F>000 kr."});
}

TEST_CASE("rule tests: an indexed path in { } gets a hint to quote it") {
  LoadedRuleTests loaded =
      Parse("  - name: a\n    set: { budget.lines[0].amount: 5 }\n    expect: { MINI-TITLE: pass }\n");
  CHECK_FALSE(loaded.tests);
  CHECK(Diags(loaded.diagnostics).find("a key with an [index] inside { } must be quoted") !=
        std::string::npos);
  LoadedRuleTests quoted = Parse(
      "  - name: a\n    set: { \"summary\": x, \"period.start\": 2025-09-02 }\n"
      "    expect: { MINI-TITLE: pass }\n");
  CHECK(Diags(quoted.diagnostics) == "");
}

TEST_CASE("rule tests: an unknown rule id stops the file with a suggestion") {
  LoadedRuleTests loaded = Parse("  - name: a\n    expect: { MINI-DURATON: pass }\n");
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  CHECK(Diags(r.errors) == Data("t.tests.yaml") +
                               ":10:15: error: program 'mini' has no rule 'MINI-DURATON'; did you "
                               "mean 'MINI-DURATION'? [test-unknown-rule]\n");
  CHECK(r.cases.empty());
}

TEST_CASE("rule tests: a base file that cannot be read stops the file at `base:`") {
  LoadedRuleTests loaded = ParseRuleTests(
      "rules: mini.toml\nbase: missing.yaml\ncases:\n  - name: a\n    expect: { MINI-TITLE: pass }\n",
      Data("t.tests.yaml"));
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].id == "test-base");
  CHECK(r.errors[0].pos == Pos{2, 7});
}

TEST_CASE("rule tests: an edit that cannot be made fails its case and says why") {
  LoadedRuleTests loaded = Parse("  - name: a\n    set: { \"period.end[3]\": 1 }\n"
                                 "    expect: { MINI-TITLE: pass }\n");
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  REQUIRE(r.cases.size() == 1);
  REQUIRE(r.cases[0].problems.size() == 1);
  CHECK(r.cases[0].problems[0].starts_with("cannot change period.end[3]: "));
}

TEST_CASE("rule tests: deadlines are compared through the caller's schedule") {
  LoadedRuleTests loaded = Parse("  - name: a\n    expect_deadlines: { x: 2026-09-30 }\n");
  REQUIRE(loaded.tests);
  // mini.toml has no deadlines: the id is unknown.
  TestFileResult unknown = RunRuleTests(*loaded.tests, Mini(), std::nullopt);
  REQUIRE(unknown.errors.size() == 1);
  CHECK(unknown.errors[0].id == "test-unknown-deadline");
  Program with = Mini();
  with.deadlines.push_back(Deadline{.id = "x"});
  DeadlineFn schedule = [](const Application&, const PreparedProgram&, const CheckOptions&) {
    return std::vector<std::pair<std::string, std::string>>{{"x", "2026-10-01"}};
  };
  TestFileResult r = RunRuleTests(*loaded.tests, with, std::nullopt, schedule);
  REQUIRE(r.cases.size() == 1);
  CHECK(r.cases[0].problems == std::vector<std::string>{"deadline x expected 2026-09-30, got "
                                                        "2026-10-01"});
  TestFileResult none = RunRuleTests(*loaded.tests, with, std::nullopt);
  CHECK(none.cases[0].problems == std::vector<std::string>{"deadlines cannot be checked here"});
}

TEST_CASE("rule tests: review rules are covered by review, and not_applicable when they have a when") {
  Program p = Mini();
  p.rules[1].severity = Severity::kReview;
  p.rules[1].when = Compile("has(summary)").expr;
  LoadedRuleTests loaded = Parse("  - name: a\n    expect: { MINI-TITLE: review }\n");
  REQUIRE(loaded.tests);
  std::vector<Uncovered> u = Coverage(*loaded.tests, p);
  REQUIRE(u.size() == 2);
  CHECK(u[0].why == "no case expects pass; no case expects fail, unknown or error");
  CHECK(u[1].rule == "MINI-TITLE");
  CHECK(u[1].why == "no case expects not_applicable");
}

// A test file for mini-batch.toml (mini.toml and a batch rule); `cases` as in Parse().
LoadedRuleTests ParseBatch(const std::string& cases) {
  return ParseRuleTests("rules: mini-batch.toml\n"
                        "base_inline: { program: mini, title: A project, summary: Short.,\n"
                        "               period: { start: 2025-09-01, end: 2026-08-31 } }\n"
                        "cases:\n" + cases,
                        Data("t.tests.yaml"));
}

const Program& MiniBatch() {
  static const LoadedProgram loaded = LoadRuleFile(Data("mini-batch.toml"));  // read-only once loaded
  REQUIRE(loaded.program);
  return *loaded.program;
}

TEST_CASE("rule tests: `batch` reads the other applications of a case's run") {
  LoadedRuleTests loaded = ParseBatch(
      "  - name: a\n"
      "    batch: [peer.yaml, { base: peer.yaml, unset: [summary], set: { title: B } }]\n"
      "    expect: { MINI-UNIQUE-TITLE: fail }\n");
  CHECK(Diags(loaded.diagnostics) == "");
  REQUIRE(loaded.tests);
  const std::vector<BatchPeer>& peers = loaded.tests->cases[0].batch;
  REQUIRE(peers.size() == 2);
  CHECK(peers[0].base.file == Data("peer.yaml"));
  CHECK(peers[0].edits.empty());
  CHECK(peers[1].base.file == Data("peer.yaml"));
  REQUIRE(peers[1].edits.size() == 2);
  CHECK(peers[1].edits[0].path == "summary");
  CHECK(peers[1].edits[1].path == "title");
  LoadedRuleTests bad = ParseBatch("  - name: a\n"
                                   "    batch: [{ sett: { title: B } }]\n"
                                   "    expect: { MINI-UNIQUE-TITLE: fail }\n");
  CHECK(Diags(bad.diagnostics) ==
        Data("t.tests.yaml") +
            ":6:13: error: a 'batch' application needs 'base' or 'base_inline' [test-missing-key]\n" +
            Data("t.tests.yaml") +
            ":6:15: error: unknown key 'sett' in a 'batch' application; did you mean 'set'? "
            "[test-unknown-key]\n");
}

TEST_CASE("rule tests: batch rules see the case's application first, then its batch") {
  LoadedRuleTests loaded = ParseBatch(
      "  - name: alone, the title is its own\n"
      "    expect: { MINI-UNIQUE-TITLE: pass, MINI-DURATION: pass }\n"
      "  - name: a peer with the same title\n"
      "    batch: [peer.yaml]\n"
      "    expect:\n"
      "      MINI-UNIQUE-TITLE: { status: fail, message: \"2 applications in the run\" }\n"
      "  - name: the peer renamed\n"
      "    batch: [{ base: peer.yaml, set: { title: Another project } }]\n"
      "    expect: { MINI-UNIQUE-TITLE: pass }\n"
      "  - name: wrong on purpose\n"
      "    batch: [peer.yaml, peer.yaml]\n"
      "    expect: { MINI-UNIQUE-TITLE: pass }\n");
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, MiniBatch(), std::nullopt);
  CHECK(Diags(r.errors) == "");
  REQUIRE(r.cases.size() == 4);
  CHECK(r.cases[0].problems == std::vector<std::string>{});
  CHECK(r.cases[1].problems == std::vector<std::string>{});
  CHECK(r.cases[2].problems == std::vector<std::string>{});
  CHECK(r.cases[3].problems ==
        std::vector<std::string>{"MINI-UNIQUE-TITLE expected pass, got fail (3 applications in "
                                 "the run; the title 'A project' is used 3 times.)"});
  // Batch rules count for coverage like any rule: MINI-UNIQUE-TITLE is covered.
  CHECK(r.rules == 3);
  REQUIRE(r.uncovered.size() == 2);
  CHECK(r.uncovered[0].rule == "MINI-DURATION");
  CHECK(r.uncovered[1].rule == "MINI-TITLE");
}

TEST_CASE("rule tests: a batch application that cannot be read stops the file at its place") {
  LoadedRuleTests loaded = ParseBatch("  - name: a\n"
                                      "    batch: [missing.yaml]\n"
                                      "    expect: { MINI-UNIQUE-TITLE: pass }\n");
  REQUIRE(loaded.tests);
  TestFileResult r = RunRuleTests(*loaded.tests, MiniBatch(), std::nullopt);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].id == "test-base");
  CHECK(r.errors[0].pos == Pos{6, 13});
}

TEST_CASE("rule tests: the shipped Familjen Helsingborg cases all pass and cover every rule") {
  std::string dir = std::string(GRANTCHECK_SOURCE_DIR) + "/rules/";
  LoadedRuleTests loaded = LoadRuleTests(dir + "familjen-helsingborg.tests.yaml");
  CHECK(Diags(loaded.diagnostics) == "");
  REQUIRE(loaded.tests);
  LoadedProgram program = LoadRuleFile(loaded.tests->rules_file);
  REQUIRE(program.program);
  // Deadlines are the CLI's to check (tests/cli/rules_command_test.cc); here
  // only the rules' cases count.
  RuleTestFile rules_only = *loaded.tests;
  std::erase_if(rules_only.cases, [](const RuleTestCase& c) { return c.expect.empty(); });
  TestFileResult r = RunRuleTests(rules_only, *program.program, std::nullopt);
  CHECK(Diags(r.errors) == "");
  for (const CaseResult& c : r.cases) {
    INFO(c.name);
    CHECK(c.problems == std::vector<std::string>{});
  }
  CHECK(r.uncovered.empty());
  CHECK(r.rules == program.program->rules.size() + program.program->batch_rules.size());
}

TEST_CASE("rule tests: file names beside each other") {
  CHECK(RuleFileBeside("rules/x.tests.yaml") == "rules/x.toml");
  CHECK(TestFileBeside("rules/x.toml") == "rules/x.tests.yaml");
  CHECK(RuleFileBeside("rules/x.yaml") == "");
  CHECK(ParseStatus("not_applicable") == Status::kNotApplicable);
  CHECK_FALSE(ParseStatus("passed"));
}

}  // namespace
}  // namespace grantcheck
