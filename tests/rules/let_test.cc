// Named values ([let], a rule's `let`), message variants and sentences: what
// the loader accepts and refuses (with positions), and what a rule then says.
#include <doctest/doctest.h>

#include <string>

#include "engine/engine.h"
#include "model/document.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

// Lines 1-5; what a test adds starts on line 6.
const std::string kProgram =
    "[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"sv\"\ncurrency = \"SEK\"\n";

std::string Diags(const std::string& rules) {
  LoadedProgram loaded = ParseRuleFile(kProgram + rules, "r.toml");
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) {
    out += (out.empty() ? "" : "\n") + FormatDiagnostic(d);
  }
  return out;
}

// The message (or the status, when the rule passes) of the only rule in
// `rules` for an application with the period `start`..`end`, in `lang`.
std::string Said(const std::string& rules, const std::string& start, const std::string& end,
                 const std::string& lang = "sv") {
  LoadedProgram loaded = ParseRuleFile(kProgram + rules, "r.toml");
  for (const Diagnostic& d : loaded.diagnostics) INFO(FormatDiagnostic(d));
  REQUIRE(loaded.program);
  Document doc = LoadYaml("program: p\ntitle: T\nperiod:\n  start: " + start + "\n  end: " + end +
                              "\n",
                          "a.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, loaded.program->schema);
  PreparedProgram prepared = Prepare(*loaded.program);
  AppReport report = CheckApplication(app, prepared, CheckOptions{.lang = lang});
  std::erase_if(report.findings, [](const Finding& f) { return f.from_input; });
  REQUIRE(report.findings.size() == 1);
  const Finding& f = report.findings[0];
  return f.message.empty() ? std::string(StatusName(f.status)) : f.message;
}

// The head of a rule (lines 6-10 after [let], if any); its `let`, check and
// message follow.
const std::string kRule =
    "[[rules]]\nid = \"R-1\"\nseverity = \"error\"\ntitle = { sv = \"T\", en = \"T\" }\n"
    "source = \"s\"\n";

const std::string kDuration =
    "[let]\n"
    "months_long = \"months(period.start, period.end)\"\n" + kRule +
    "let.over = \"months_long > 12\"\n"
    "check = \"!over\"\n"
    "message.sv = \"\"\"\n"
    "Projekttiden {period_text(period.start, period.end)} är\n"
    "  {number(months_long, 12)} {plural(months_long, 'månad', 'månader')}.\"\"\"\n"
    "message.en = \"The period is {number(months_long, 12)} months.\"\n";

TEST_CASE("let: named values read in check and message, in the message's language") {
  CHECK(Said(kDuration, "2025-01-01", "2025-12-31") == "pass");
  CHECK(Said(kDuration, "2025-01-01", "2026-06-30") ==
        "Projekttiden 1 januari 2025 \u2013 30 juni 2026 är 18 månader.");
  CHECK(Said(kDuration, "2025-01-01", "2026-06-30", "en") == "The period is 18 months.");
  // One day past twelve months is more than 12, and reads so.
  CHECK(Said(kDuration, "2025-01-01", "2026-01-01") ==
        "Projekttiden 1 januari 2025 \u2013 1 januari 2026 är 12,03 månader.");
}

TEST_CASE("let: a named value that reads itself through others is an error at its name") {
  CHECK(Diags("[let]\na = \"b + 1\"\nb = \"a * 2\"\n") ==
        "r.toml:7:1: error: named value 'a' depends on itself: a -> b -> a [rules-let-cycle]");
  CHECK(Diags("[let]\nself = \"self\"\n") ==
        "r.toml:7:1: error: named value 'self' depends on itself: self -> self [rules-let-cycle]");
}

TEST_CASE("let: lets are evaluated after the lets they read, whatever the file order") {
  std::string rules = "[let]\nlong = \"length > 12\"\nlength = \"months(period.start, period.end)\"\n" +
                      kRule + "check = \"!long\"\nmessage = \"{length}\"\n";
  CHECK(Said(rules, "2025-01-01", "2026-06-30") == "18");
}

TEST_CASE("let: a misspelt named value, a hidden field and a reused name are loader errors") {
  CHECK(Diags("[let]\nmonths_long = \"months(period.start, period.end)\"\n" + kRule +
              "check = \"month_long <= 12\"\nmessage = { sv = \"m\", en = \"m\" }\n") ==
        "r.toml:13:10: error: unknown name 'month_long'; did you mean the named value "
        "'months_long'? [rules-let-unknown]");
  CHECK(Diags("[let]\nperiod = \"1\"\n") ==
        "r.toml:7:1: error: named value 'period' would hide the application's field 'period'; "
        "pick another name [rules-let]");
  CHECK(Diags("[let]\nx = \"1\"\n" + kRule + "let.x = \"2\"\ncheck = \"true\"\nmessage = { sv = \"m\", en = \"m\" }\n") ==
        "r.toml:13:5: error: 'x' is already a named value of the program ([let] at line 7); pick "
        "another name [rules-let]");
  CHECK(Diags("[let]\nparams = \"1\"\n") ==
        "r.toml:7:1: error: 'params' is a word of the rule language; pick another name [rules-let]");
  CHECK(Diags("[let]\nx = \"months(period.start)\"\n") ==
        "r.toml:7:6: error: months() takes 2 arguments, got 1; usage: months(start: date, end: "
        "date) -> number [expr-arity]");
}

const std::string kVariants = kRule +
    "check = \"months(period.start, period.end) <= 12\"\n"
    "[rules.message.too_long]\n"
    "when = \"months(period.start, period.end) > 18\"\n"
    "sv = \"För lång.\"\n"
    "en = \"Too long.\"\n"
    "[rules.message.needs_reasons]\n"
    "sv = \"Motivera.\"\n"
    "en = \"Give reasons.\"\n";

TEST_CASE("message variants: the first whose when holds, else the last") {
  CHECK(Said(kVariants, "2025-01-01", "2026-12-31") == "För lång.");
  CHECK(Said(kVariants, "2025-01-01", "2026-03-31", "en") == "Give reasons.");
  CHECK(Said(kVariants, "2025-01-01", "2025-06-30") == "pass");
}

TEST_CASE("message variants: only the last goes without when, and it must") {
  CHECK(Diags(kRule + "check = \"true\"\n[rules.message.a]\nsv = \"A\"\nen = \"A\"\n"
                      "[rules.message.b]\nwhen = \"true\"\nsv = \"B\"\nen = \"B\"\n") ==
        "r.toml:12:16: error: message variant 'a' of rule 'R-1' has no 'when'; only the last "
        "variant may go without one [rules-message-variant]\n"
        "r.toml:15:16: error: the last message variant 'b' of rule 'R-1' has a 'when'; the last "
        "one is used when no other applies, so give it none [rules-message-variant]");
}

TEST_CASE("sentences: read by name, empty where their when is false") {
  std::string rules = kRule +
      "check = \"false\"\n"
      "message.sv = \"Perioden slutar {period.end}.{late} Rätta den.\"\n"
      "message.en = \"The period ends on {period.end}.{late} Correct it.\"\n"
      "[rules.sentence.late]\n"
      "when = \"period.end > date('2026-01-01')\"\n"
      "sv = \" Det är efter {date_text(date('2026-01-01'))}.\"\n"
      "en = \" That is after {date_text(date('2026-01-01'))}.\"\n";
  CHECK(Said(rules, "2025-01-01", "2026-06-30") ==
        "Perioden slutar 2026-06-30. Det är efter 1 januari 2026. Rätta den.");
  CHECK(Said(rules, "2025-01-01", "2026-06-30", "en") ==
        "The period ends on 2026-06-30. That is after 1 January 2026. Correct it.");
  CHECK(Said(rules, "2025-01-01", "2025-06-30") == "Perioden slutar 2025-06-30. Rätta den.");
}

}  // namespace
}  // namespace grantcheck
