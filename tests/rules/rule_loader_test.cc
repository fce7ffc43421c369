// The rule loader: a complete file into the expected Program, every diagnostic
// id with its whole positioned message, and inputs that must not crash it.
#include "rules/rule_loader.h"

#include <doctest/doctest.h>

#include <string>

namespace grantcheck {
namespace {

// Lines 1-5 of most test files; line 6 is free for the next section.
const std::string kProgram =
    "[program]\n"
    "id = \"p\"\n"
    "name = \"P\"\n"
    "language = \"sv\"\n"
    "currency = \"SEK\"\n";

// Lines 6-7: a rule's header and id; its other keys follow from line 8.
const std::string kRuleHead = kProgram + "[[rules]]\nid = \"FH-X\"\n";

const std::string kRuleBody =
    "severity = \"error\"\n"                   // 8
    "title = { sv = \"T\", en = \"T\" }\n"     // 9
    "source = \"S\"\n"                         // 10
    "check = \"true\"\n"                       // 11
    "message = { sv = \"M\", en = \"M\" }\n";  // 12

// Every diagnostic's one-line form, one a line.
std::string Diags(const LoadedProgram& loaded) {
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) {
    out += (out.empty() ? "" : "\n") + FormatDiagnostic(d);
  }
  return out;
}

std::string Diags(const std::string& text) { return Diags(ParseRuleFile(text, "r.toml")); }

TEST_CASE("rules: a complete file loads into the expected Program") {
  std::string path = std::string(GRANTCHECK_TESTS_DIR) + "/data/rules/valid.toml";
  LoadedProgram loaded = LoadRuleFile(path);
  CHECK(Diags(loaded) == "");
  REQUIRE(loaded.program);
  const Program& p = *loaded.program;
  CHECK(p.file == path);
  CHECK(p.id == "familjen-helsingborg");
  CHECK(p.name == "Test- och utvecklingsprojekt i Familjen Helsingborg");
  CHECK(p.language == "sv");
  CHECK(p.currency == "SEK");

  REQUIRE(p.members.size() == 2);
  CHECK(p.members[0].name == "Helsingborg");
  CHECK(p.members[0].aliases ==
        std::vector<std::string>{"Helsingborgs stad", "Helsingborgs kommun"});
  CHECK(p.members[1].name == "Höganäs");
  CHECK(p.members[1].aliases.empty());

  REQUIRE(p.params.size() == 4);
  CHECK(p.params[0].name == "max_months");
  CHECK(p.params[0].pos == Pos{13, 1});
  CHECK_FALSE(p.params[0].assumption);
  CHECK(p.params[1].name == "share");
  CHECK(p.params[1].value.Dump() == "0.1");
  CHECK(p.params[1].value.as_number() == *Decimal::Parse("0.1"));
  CHECK(p.params[1].assumption);
  CHECK(p.params[1].note == "the text gives no figure");
  CHECK(p.params_value.Dump() ==
        "{max_months: 12, share: 0.1, opens: date(\"2025-01-15\"), "
        "kinds: [\"municipal\", \"network\"]}");
  CHECK(p.params_value.as_map().path == "params");

  REQUIRE(p.fields.size() == 2);
  CHECK(p.fields[0].name == "core_tasks");
  CHECK(FieldTypeName(p.fields[0].type) == "list<string>");
  CHECK(p.fields[0].type.element->values == std::vector<std::string>{"culture", "sport"});
  CHECK(p.fields[0].required);
  CHECK(p.fields[0].description == Localized{{"en", "Core tasks"}, {"sv", "Kärnuppgifter"}});
  CHECK(p.fields[1].description == Localized{{"sv", "Syfte"}});
  CHECK_FALSE(p.fields[1].required);
  REQUIRE(FindField(p.schema, "core_tasks"));
  CHECK(FindField(p.schema, "period"));

  REQUIRE(p.rules.size() == 2);
  const Rule& duration = p.rules[0];
  CHECK(duration.id == "FH-DURATION");
  CHECK(duration.severity == Severity::kError);
  CHECK(duration.title.at("en") == "Duration at most 12 months");
  CHECK(duration.title.at("sv") == "Projekttid högst 12 månader");
  CHECK(duration.source == "Projektet kan pågå under max 12 månader, inklusive slutrapportering.");
  CHECK(duration.at == "period.end");
  CHECK(duration.pos == Pos{30, 1});
  REQUIRE(duration.when);
  CHECK(duration.when->origin == Pos{36, 9});
  REQUIRE(duration.check);
  CHECK(duration.check->text == "months(period.start, period.end) <= params.max_months");
  CHECK(duration.check->origin == Pos{37, 10});
  CHECK(duration.message.size() == 2);
  const Rule& review = p.rules[1];
  CHECK(review.severity == Severity::kReview);
  CHECK_FALSE(review.check);

  REQUIRE(p.deadlines.size() == 1);
  const Deadline& report = p.deadlines[0];
  CHECK(report.id == "final-report");
  CHECK(report.title.at("en") == "Written final report");
  REQUIRE(report.date);
  CHECK(report.date->text == "min(add_months(period.end, 1), add_months(decision_date, 18))");
  CHECK(report.when);
  CHECK(report.note.at("sv") == "Senast");
  CHECK(report.pos == Pos{47, 1});
}

TEST_CASE("rules: a message renders against the program's params") {
  LoadedProgram loaded = ParseRuleFile(kRuleHead +
                                           "severity = \"error\"\n"
                                           "title = { sv = \"T\", en = \"T\" }\n"
                                           "source = \"S\"\n"
                                           "check = \"true\"\n"
                                           "message = { sv = \"max {params.m}\", en = \"M\" }\n"
                                           "[params]\nm = 1.50\n",
                                       "r.toml");
  REQUIRE(loaded.program);
  Value root = Value::Map({});
  EvalContext ctx;
  const Program& p = *loaded.program;
  CHECK(p.rules[0].message.at("sv").Render(Bindings{&root, &p.params_value}, ctx) == "max 1.5");
}

TEST_CASE("rules: an expression error is reported at its line:col in the rule file") {
  std::string text = kRuleHead +
                     "severity = \"error\"\n"
                     "title = { sv = \"T\", en = \"T\" }\n"
                     "source = \"S\"\n"
                     "message = { sv = \"M\", en = \"M\" }\n"
                     "\n\n\n\n\n\n\n\n"                                      // lines 12-19
                     "check = \"mnths(period.start, period.end) <= 12\"\n";  // line 20
  LoadedProgram loaded = ParseRuleFile(text, "r.toml");
  CHECK(Diags(loaded) ==
        "r.toml:20:10: error: unknown function 'mnths'; did you mean 'months'? "
        "[expr-unknown-function]");
  CHECK_FALSE(loaded.program);
  // The snippet is the rule file's line, with the caret under the name.
  CHECK(FormatDiagnosticWithSnippet(loaded.diagnostics.at(0))
            .ends_with("\n    check = \"mnths(period.start, period.end) <= 12\"\n             ^"));
}

TEST_CASE("rules: expressions in each TOML string style start where their text does") {
  struct {
    const char* check;
    const char* diag;
  } cases[] = {
      {"check = 'mnths(1, 2)'", "r.toml:11:10"},
      {"  check   =   \"x + mnths(1, 2)\"", "r.toml:11:20"},
      {"check = \"\"\"mnths(1, 2)\"\"\"", "r.toml:11:12"},
      {"check = '''\n  true &&\n  mnths(1, 2)'''", "r.toml:13:3"},
      {"check = \"\"\"\r\nmnths(1, 2)\"\"\"", "r.toml:12:1"},
      {"check = \"'å' + mnths(1, 2)\"", "r.toml:11:16"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.check));
    std::string text = kRuleHead +
                       "severity = \"error\"\n"
                       "source = \"S\"\n"
                       "message = { sv = \"M\", en = \"M\" }\n" +
                       c.check + "\ntitle = { sv = \"T\", en = \"T\" }\n";
    std::string diags = Diags(text);
    CHECK(diags.substr(0, diags.find(": error")) == std::string(c.diag));
  }
}

TEST_CASE("rules: each diagnostic id, with its whole message") {
  struct {
    std::string text;
    std::string diags;
  } cases[] = {
      {kRuleHead + "severity = \"error\"\ntitle = \"T\"\nsource = \"S\"\nmessage = \"M\"\n",
       "r.toml:6:1: error: rule 'FH-X' has no 'check' [rules-missing-key]\n"
       "r.toml:9:9: warning: rule 'FH-X' has no 'en' text for 'title'; every text must be "
       "given in sv and en [rules-missing-language]\n"
       "r.toml:11:11: warning: rule 'FH-X' has no 'en' text for 'message'; every text must be "
       "given in sv and en [rules-missing-language]"},
      {kRuleHead + "sevrity = \"error\"\n",
       "r.toml:6:1: error: rule 'FH-X' has no 'severity' [rules-missing-key]\n"
       "r.toml:6:1: error: rule 'FH-X' has no 'title' [rules-missing-key]\n"
       "r.toml:6:1: error: rule 'FH-X' has no 'source' [rules-missing-key]\n"
       "r.toml:6:1: error: rule 'FH-X' has no 'message' [rules-missing-key]\n"
       "r.toml:8:1: warning: unknown key 'sevrity' in [[rules]]; did you mean 'severity'? "
       "[rules-unknown-key]"},
      {kRuleHead + "severity = 1\n" + kRuleBody.substr(kRuleBody.find('\n') + 1),
       "r.toml:8:12: error: 'severity' must be a string, got an integer [rules-type]"},
      {kRuleHead + "severity = \"eror\"\n" + kRuleBody.substr(kRuleBody.find('\n') + 1),
       "r.toml:8:12: error: unknown severity 'eror'; expected error, warning or review; "
       "did you mean 'error'? [rules-severity]"},
      {"[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"se\"\ncurrency = \"SEK\"\n",
       "r.toml:4:12: error: unknown language 'se'; expected sv, da, nb or en; did you mean "
       "'sv'? [rules-language]"},
      {kRuleHead + kRuleBody + "[[rules]]\nid = \"FH-X\"\n" + kRuleBody,
       "r.toml:14:6: error: duplicate rule id 'FH-X' (first at line 7) [rules-duplicate-id]"},
      {kProgram + "[[fields]]\nname = \"tasks\"\ntype = \"lst<string>\"\n",
       "r.toml:8:8: error: unknown field type 'lst<string>'; did you mean 'list<string>'? "
       "[rules-field-type]"},
      {kProgram + "[[fields]]\nname = \"n\"\ntype = \"number\"\nvalues = [\"a\"]\n",
       "r.toml:9:10: error: 'values' needs a string or list<string> field, not 'number' "
       "[rules-field-type]"},
      {kRuleHead + kRuleBody.substr(0, kRuleBody.rfind("message")) +
           "message = { sv = \"{months(a, b\", en = \"M\" }\n",
       "r.toml:12:19: error: unclosed '{' in a message template; write '{{' for a brace "
       "[template-unclosed]"},
      {kProgram + "[params]\nshare = { value = 0.1, funder_setting = true }\n",
       "r.toml:7:41: warning: param 'share': 'funder_setting' is now 'assumption' (the figure "
       "is the rule file authors' assumption, to be confirmed by the secretariat, not the "
       "funder's); rename the key [rules-renamed-key]"},
      {kProgram + "[[not_checked]]\nsentence = \"S\"\n",
       "r.toml:6:1: error: not_checked sentence 1 has no 'reason' [rules-missing-key]"},
      {"[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"sv\"\ncurrency = \"SEK\" x\n",
       "r.toml:5:18: error: Error while parsing key-value pair: expected a comment or "
       "whitespace, saw 'x' [rules-syntax]"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Diags(c.text) == c.diags);
  }
}

TEST_CASE("rules: the old key funder_setting still marks an assumption") {
  LoadedProgram loaded =
      ParseRuleFile(kProgram + "[params]\nshare = { value = 0.1, funder_setting = true }\n", "r.toml");
  REQUIRE(loaded.program);
  CHECK(loaded.program->params[0].assumption);
}

TEST_CASE("rules: [[not_checked]] sentences load with their reasons and place") {
  LoadedProgram loaded = ParseRuleFile(
      kProgram + "[[not_checked]]\nsentence = \"Det skal være nytt.\"\n"
                 "reason = { sv = \"Vurderes av en person.\", en = \"A person judges it.\" }\n",
      "r.toml");
  REQUIRE(loaded.program);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.program->not_checked.size() == 1);
  const NotChecked& n = loaded.program->not_checked[0];
  CHECK(n.sentence == "Det skal være nytt.");
  CHECK(n.reason.at("en") == "A person judges it.");
  CHECK(n.pos == Pos{6, 1});
  CHECK(n.file == "r.toml");
}

TEST_CASE("rules: an unreadable file is one rules-read diagnostic") {
  LoadedProgram missing = LoadRuleFile("/nonexistent/x.toml");
  CHECK(Diags(missing) ==
        "/nonexistent/x.toml: error: cannot read the rule file: No such file or directory "
        "[rules-read]");
  CHECK_FALSE(missing.program);
  CHECK(Diags(LoadRuleFile(GRANTCHECK_TESTS_DIR)) ==
        std::string(GRANTCHECK_TESTS_DIR) +
            ": error: cannot read the rule file: a rule file's name ends in .toml, and no other "
            "file is read as one [rules-read]");
}

TEST_CASE("rules: a diagnostic shows the rule file's line with a caret") {
  LoadedProgram loaded = ParseRuleFile(kRuleHead + "severity = \"eror\"\n", "r.toml");
  CHECK(FormatDiagnosticWithSnippet(loaded.diagnostics.back())
            .ends_with("[rules-severity]\n    severity = \"eror\"\n               ^"));
}

TEST_CASE("rules: params are read exactly from their source text") {
  struct {
    const char* toml;
    const char* dump;
  } cases[] = {
      {"0.1", "0.1"},   {"1_000.25", "1000.25"},           {"2.5e3", "2500"}, {"-1.5E-2", "-0.015"},
      {"+3.0", "3"},    {"0.30000000000000000000", "0.3"}, {"0x1F", "31"},    {"true", "true"},
      {"'x'", "\"x\""}, {"[1, [2.5]]", "[1, [2.5]]"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.toml));
    LoadedProgram loaded = ParseRuleFile(kProgram + "[params]\nx = " + c.toml + "\n", "r.toml");
    REQUIRE(loaded.program);
    CHECK(loaded.program->params.at(0).value.Dump() == c.dump);
  }
  CHECK(Diags(kProgram + "[params]\nx = inf\n") ==
        "r.toml:7:5: error: 'params.x' must be a decimal number of at most 24 integer and 18 "
        "fractional digits, 38 in all, got 'inf' [rules-type]");
  CHECK(Diags(kProgram + "[params]\nx = 1e-19\n") ==
        "r.toml:7:5: error: 'params.x' must be a decimal number of at most 24 integer and 18 "
        "fractional digits, 38 in all, got '1e-19' [rules-type]");
  // Beyond kMaxExponent: refused before any digits are written out.
  CHECK(Diags(kProgram + "[params]\nx = 0.0e101\n") ==
        "r.toml:7:5: error: 'params.x' must be a decimal number of at most 24 integer and 18 "
        "fractional digits, 38 in all, got '0.0e101' [rules-type]");
  CHECK(Diags(kProgram + "[params]\nx = 07:30:00\n") ==
        "r.toml:7:5: error: 'params.x' must be a number, string, boolean, date or array, got a "
        "time [rules-type]");
  CHECK(Diags(kProgram + "[params]\nx = { note = \"n\" }\n") ==
        "r.toml:7:5: error: param 'x' has no 'value' [rules-missing-key]");
}

TEST_CASE("rules: a review rule may have no check, and a given one is compiled") {
  std::string head = kRuleHead +
                     "severity = \"review\"\n"
                     "title = { sv = \"T\", en = \"T\" }\n"
                     "source = \"S\"\n"
                     "message = { sv = \"M\", en = \"M\" }\n";
  CHECK(Diags(head) == "");
  CHECK(Diags(head + "check = \"1 +\"\n").starts_with("r.toml:12:"));
}

TEST_CASE("rules: no input crashes the loader or throws") {
  const std::string inputs[] = {
      "",
      std::string("\xff\xfe\x00garbage\x80", 12),
      "[[program]]\nid = 1\n[[rules]]\n",
      "program = 1\nparams = []\nfields = 2\nrules = \"x\"\ndeadlines = {}\n",
      "[program]\nid = []\nname = {}\nlanguage = 3\ncurrency = 1.5\nmembers = 1\n"
      "[params]\nx = {value = {}}\n"
      "[[fields]]\nname = 1\ntype = []\nvalues = 1\ndescription = 2\nrequired = \"no\"\n"
      "[[rules]]\nid = 1\nseverity = []\ntitle = 3\nsource = {}\nat = 1\nwhen = 2\n"
      "check = []\nmessage = { sv = 1, xx = \"{\" }\n"
      "[[deadlines]]\nid = true\ntitle = []\ndate = 1\nwhen = {}\nnote = 1\n",
      "rules = [1, \"a\", [], {}]\n",
      "[program.members]\nA = [1]\n",
  };
  for (const std::string& text : inputs) {
    INFO(text);
    LoadedProgram loaded;
    CHECK_NOTHROW(loaded = ParseRuleFile(text, "r.toml"));
    CHECK_FALSE(loaded.program);
    CHECK(HasErrors(loaded.diagnostics));
  }
  CHECK(Diags("") == "r.toml:1:1: error: the rule file has no [program] table [rules-missing-key]");
  CHECK(Diags("[[program]]\nid = 1\n") ==
        "r.toml:1:1: error: 'program' must be a table, got an array [rules-type]");
}

}  // namespace
}  // namespace grantcheck
