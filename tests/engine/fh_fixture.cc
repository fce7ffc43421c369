#include "engine/fh_fixture.h"

#include <doctest/doctest.h>

#include "base/file_io.h"
#include "cli/run_cli.h"
#include "engine/engine.h"
#include "model/application.h"
#include "model/doc_edit.h"
#include "rules/rule_set.h"

namespace grantcheck::testing {
namespace {

struct Loaded {
  RuleSet rules = LoadRuleSet({SourcePath("rules")});
  const Program* program = rules.Find("familjen-helsingborg");
  PreparedProgram prepared = program ? Prepare(*program) : PreparedProgram{};
  std::string base = ReadInput(SourcePath("examples/passes.yaml")).text.value_or("");
};

const Loaded& Shared() {
  static const Loaded loaded;  // loaded once, read-only afterwards
  return loaded;
}

}  // namespace

AppReport CheckPasses(const std::vector<Edit>& edits, const std::string& lang, bool draft) {
  const Loaded& l = Shared();
  REQUIRE(l.program != nullptr);
  Document doc = LoadYaml(l.base, "passes.yaml");
  REQUIRE(doc.ok);
  for (const auto& edit : edits) {
    // named, not bound: a doctest message's lambda cannot capture a structured binding in clang 14
    const auto& path = edit.first;
    const auto& yaml = edit.second;
    if (yaml == "<unset>") {
      REQUIRE(UnsetPath(doc.root, path) == "");
      continue;
    }
    std::optional<DocNode> value = ParseYamlValue(yaml);
    REQUIRE_MESSAGE(value, yaml);
    REQUIRE(SetPath(doc.root, path, *value) == "");
  }
  Application app = BuildApplication(doc, l.program->schema);
  return CheckApplication(app, l.prepared,
                          CheckOptions{.lang = lang, .draft = draft, .today = ParseDate("2025-09-01")});
}

const Finding& FindingOf(const AppReport& report, const std::string& rule) {
  for (const Finding& f : report.findings) {
    if (f.rule_id == rule) return f;
  }
  FAIL("no finding for " << rule);
  return report.findings.front();
}

}  // namespace grantcheck::testing
