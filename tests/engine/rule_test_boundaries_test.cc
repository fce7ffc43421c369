// Boundary coverage of rule tests: for a check against a parameter, which of
// the limit and the value just past it no case that expects the rule reaches.
#include "engine/rule_test_boundaries.h"

#include <doctest/doctest.h>

#include <string>

#include "engine/rule_test_runner.h"
#include "engine/rule_tests.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Data(const std::string& name) {
  return std::string(GRANTCHECK_TESTS_DIR) + "/data/rule_tests/" + name;
}

// The boundary lines of running `cases` (the YAML after "cases:") against
// boundaries.toml, one a line.
std::string Missing(const std::string& cases) {
  LoadedProgram program = LoadRuleFile(Data("boundaries.toml"));
  REQUIRE(program.program);
  LoadedRuleTests tests = ParseRuleTests("rules: boundaries.toml\n"
                                         "base_inline:\n"
                                         "  program: boundaries\n"
                                         "  title: A project\n"
                                         "  submitted: 2026-03-01\n"
                                         "  period: { start: 2026-03-01, end: 2026-08-31 }\n"
                                         "cases:\n" + cases,
                                         Data("b.tests.yaml"));
  REQUIRE(tests.tests);
  TestFileResult r = RunRuleTests(*tests.tests, *program.program, std::nullopt);
  REQUIRE(r.errors.empty());
  std::string out;
  for (const Uncovered& u : r.boundaries) out += u.rule + ": " + u.why + "\n";
  return out;
}

TEST_CASE("rule test boundaries: the comparisons with a parameter, outside macros") {
  LoadedProgram program = LoadRuleFile(Data("boundaries.toml"));
  REQUIRE(program.program);
  std::vector<Boundary> found = FindBoundaries(*program.program);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value_text == "months(period.start, period.end)");
  CHECK(found[0].limit.Display() == "12");
  CHECK(found[0].past.Display() == "13");
  CHECK(found[1].value_text == "submitted");
  CHECK(found[1].limit.Display() == "2026-02-01");
  CHECK(found[1].past.Display() == "2026-01-31");
}

TEST_CASE("rule test boundaries: no case at either boundary names both") {
  CHECK(Missing("  - name: well inside\n"
                "    expect: { B-DURATION: pass, B-OPENS: pass }\n") ==
        "B-DURATION: no case at the limit: months(period.start, period.end) = 12 "
        "(params.max_months)\n"
        "B-DURATION: no case just past the limit: months(period.start, period.end) above 12 "
        "and at most 13 (params.max_months = 12)\n"
        "B-OPENS: no case at the limit: submitted = 2026-02-01 (params.opens)\n"
        "B-OPENS: no case just past the limit: submitted below 2026-02-01 and at least "
        "2026-01-31 (params.opens = 2026-02-01)\n");
}

TEST_CASE("rule test boundaries: a day past counts as past, and only cases that expect the rule") {
  // 12 months exactly, and a day more (12.03 months): both boundaries.
  CHECK(Missing("  - name: twelve months\n"
                "    set: { period.start: 2026-01-01, period.end: 2026-12-31 }\n"
                "    expect: { B-DURATION: pass }\n"
                "  - name: a day more\n"
                "    set: { period.start: 2026-01-01, period.end: 2027-01-01 }\n"
                "    expect: { B-DURATION: fail }\n"
                "  - name: the day it opens, and the day before, but B-OPENS not expected\n"
                "    set: { submitted: 2026-02-01 }\n"
                "    expect: { B-DURATION: pass }\n"
                "  - name: the day before it opens\n"
                "    set: { submitted: 2026-01-31 }\n"
                "    expect: { B-OPENS: fail }\n") ==
        "B-OPENS: no case at the limit: submitted = 2026-02-01 (params.opens)\n");
  // Two months past is not just past.
  CHECK(Missing("  - name: twelve months\n"
                "    set: { period.start: 2026-01-01, period.end: 2026-12-31 }\n"
                "    expect: { B-DURATION: pass, B-OPENS: pass }\n"
                "  - name: fourteen months\n"
                "    set: { period.start: 2026-01-01, period.end: 2027-02-28 }\n"
                "    expect: { B-DURATION: fail }\n")
            .starts_with("B-DURATION: no case just past the limit"));
}

}  // namespace
}  // namespace grantcheck
