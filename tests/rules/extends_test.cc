// Rule files that extend another: inheritance, overrides, removals, and the
// errors of a chain (a cycle, a missing base, an unknown id to remove).
#include <doctest/doctest.h>

#include "cli/run_cli.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Dir() { return testing::SourcePath("tests/data/rules/extends/"); }

std::vector<std::string> Ids(const Program& p) {
  std::vector<std::string> ids;
  for (const Rule& r : p.rules) ids.push_back(r.id + ":" + std::string(SeverityName(r.severity)));
  return ids;
}

TEST_CASE("rules extends: inherits, overrides params and rules in place, removes, appends") {
  LoadedProgram l = LoadRuleFile(Dir() + "child.toml");
  for (const Diagnostic& d : l.diagnostics) INFO(FormatDiagnostic(d));
  REQUIRE(l.program);
  const Program& p = *l.program;
  CHECK(p.id == "child");
  CHECK(p.name == "Child program");
  CHECK(p.language == "sv");
  CHECK(p.currency == "SEK");
  REQUIRE(p.members.size() == 1);
  CHECK(p.members[0].name == "Helsingborg");
  CHECK(p.params_value.Dump() == "{max_months: 18, min_partners: 1}");
  CHECK(Ids(p) == std::vector<std::string>{"B-DURATION:error", "B-TITLE:warning",
                                           "C-PARTNERS:warning"});
  // The inherited rule keeps its own file and position for runtime messages.
  CHECK(p.rules[0].check->file == Dir() + "base.toml");
  CHECK(p.rules[1].check->file == Dir() + "child.toml");
}

TEST_CASE("rules extends: cycles, missing bases and unknown removals are errors") {
  LoadedProgram cycle = LoadRuleFile(Dir() + "cycle-a.toml");
  CHECK_FALSE(cycle.program);
  bool saw_cycle = false;
  for (const Diagnostic& d : cycle.diagnostics) {
    saw_cycle = saw_cycle || (d.id == "rules-extends" && d.message.find("cycle") != std::string::npos);
  }
  CHECK(saw_cycle);

  LoadedProgram bad = LoadRuleFile(Dir() + "bad-remove.toml");
  CHECK_FALSE(bad.program);
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(FormatDiagnostic(bad.diagnostics[0]) ==
        Dir() + "bad-remove.toml:5:16: error: cannot remove rule 'B-SUMARY': the base has no such "
                "id; did you mean 'B-SUMMARY'? [rules-extends]");

  LoadedProgram lost = LoadRuleFile(Dir() + "missing-base.toml");
  CHECK_FALSE(lost.program);
  REQUIRE(lost.diagnostics.size() == 2);
  CHECK(lost.diagnostics[0].id == "rules-read");
  CHECK(FormatDiagnostic(lost.diagnostics[1]) ==
        Dir() + "missing-base.toml:4:11: error: the rule file 'nowhere.toml' it extends could not "
                "be loaded [rules-extends]");
}

}  // namespace
}  // namespace grantcheck
