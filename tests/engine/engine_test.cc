// The engine's findings for faults in a rule itself: a `when` that is not a
// bool, and rules left once the application's evaluation budget is spent.
#include "engine/engine.h"

#include <doctest/doctest.h>

#include <string>

#include "model/document.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

// The findings of the rules in `rules` (after [program]) for `app_yaml`, in `lang`.
AppReport Check(const std::string& rules, const std::string& app_yaml, const std::string& lang) {
  LoadedProgram loaded = ParseRuleFile(
      "[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"sv\"\ncurrency = \"SEK\"\n" + rules,
      "p.toml");
  for (const Diagnostic& d : loaded.diagnostics) INFO(FormatDiagnostic(d));
  REQUIRE(loaded.program);
  Document doc = LoadYaml("program: p\ntitle: T\n" + app_yaml, "a.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, loaded.program->schema);
  PreparedProgram prepared = Prepare(*loaded.program);
  AppReport report = CheckApplication(app, prepared, CheckOptions{.lang = lang});
  std::erase_if(report.findings, [](const Finding& f) { return f.from_input; });
  return report;
}

TEST_CASE("engine: a when that gives no bool is named as the when, not the check") {
  const std::string rule =
      "[[rules]]\nid = \"R-1\"\nseverity = \"error\"\ntitle = \"Titel\"\nsource = \"s\"\n"
      "when = \"title\"\ncheck = \"true\"\nmessage = \"m\"\n";
  AppReport en = Check(rule, "", "en");
  REQUIRE(en.findings.size() == 1);
  CHECK(en.findings[0].status == Status::kError);
  CHECK(en.findings[0].message ==
        "Titel: the rule could not be applied: the condition (when) gave \"T\", not true or false");
  AppReport sv = Check(rule, "", "sv");
  CHECK(sv.findings[0].message ==
        "Titel: regeln kunde inte prövas: villkoret (when) blev \"T\", inte sant eller falskt");
  // The check's own phrase is unchanged.
  AppReport check = Check(
      "[[rules]]\nid = \"R-1\"\nseverity = \"error\"\ntitle = \"Titel\"\nsource = \"s\"\n"
      "check = \"title\"\nmessage = \"m\"\n",
      "", "en");
  CHECK(check.findings[0].message ==
        "Titel: the rule could not be applied: the check gave \"T\", not true or false");
}

TEST_CASE("engine: once the application's budget is spent, every rule left is an error") {
  // Each rule takes about 3.9 million steps of the 20 million (its check and
  // seven placeholders, 491 000 each): five run whole, the sixth runs out in
  // its check, and the seventh is not started.
  std::string rules = "[[fields]]\nname = \"xs\"\ntype = \"list<number>\"\n";
  for (int i = 1; i <= 7; ++i) {
    rules += "[[rules]]\nid = \"R-" + std::to_string(i) +
             "\"\nseverity = \"error\"\ntitle = \"Regel " + std::to_string(i) +
             "\"\nsource = \"s\"\ncheck = \"xs.all(x, xs.all(y, true)) && false\"\n"
             "message = \"{xs.all(x, xs.all(y, true))}{xs.all(x, xs.all(y, true))}"
             "{xs.all(x, xs.all(y, true))}{xs.all(x, xs.all(y, true))}"
             "{xs.all(x, xs.all(y, true))}{xs.all(x, xs.all(y, true))}"
             "{xs.all(x, xs.all(y, true))}\"\n";
  }
  std::string xs = "xs: [";
  for (int i = 0; i < 700; ++i) xs += (i ? ", " : "") + std::to_string(i);
  AppReport r = Check(rules, xs + "]\n", "sv");
  REQUIRE(r.findings.size() == 7);
  for (int i = 0; i < 5; ++i) {
    CHECK(r.findings[i].status == Status::kFail);
    CHECK(r.findings[i].message == "truetruetruetruetruetruetrue");
  }
  CHECK(r.findings[5].status == Status::kError);
  CHECK(r.findings[5].message.starts_with(
      "Regel 6: regeln kunde inte prövas: the application's evaluation budget of 20000000 steps "
      "(for all its rules, messages and deadlines) is spent (p.toml:"));
  CHECK(r.findings[6].status == Status::kError);
  CHECK(r.findings[6].message ==
        "Regel 7: regeln kunde inte prövas: ansökans utvärderingsbudget (20000000 steg för alla "
        "regler och meddelanden tillsammans) är förbrukad");
}

}  // namespace
}  // namespace grantcheck
