// Verdicts on applications as people write them (issue 16): empty values and
// template placeholders are not given, owners named as departments, member names
// typed without diacritics, and batch rules that judge the whole round.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// examples/passes.yaml with each `from` replaced by its `to`, written to `dir`.
std::string Variant(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& edits) {
  std::string text = ReadFile(SourcePath("examples/passes.yaml"));
  for (const auto& edit : edits) {
    // named, not bound: a doctest message's lambda cannot capture a structured binding in clang 14
    const std::string& from = edit.first;
    const std::string& to = edit.second;
    size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
  }
  return dir.Write("application.yaml", text);
}

constexpr const char* kTitle = "title: Trygg natt – digital nattillsyn i hemtjänsten";

TEST_CASE("verdicts: one wrong value, one finding: the rules that need it wait, at its line") {
  TempDir dir;
  std::string file = Variant(dir, {{"requested: 720000", "requested: mycket"}});
  for (const char* lang : {"sv", "en"}) {
    CAPTURE(lang);
    CliResult r = RunCli(std::string("check --lang ") + lang + " --today 2025-09-01 '" + file + "'");
    CHECK(r.status == 1);
    std::vector<std::string> lines;
    for (size_t at = 0, end; at < r.out.size(); at = end + 1) {
      end = r.out.find('\n', at);
      lines.push_back(r.out.substr(at, end - at));
    }
    int typed = 0;
    for (const std::string& line : lines) {
      CAPTURE(line);
      if (Has(line, "app-type")) {
        ++typed;
        continue;
      }
      // No other finding repeats the typing's message or shows "(error: …)".
      CHECK_FALSE(Has(line, "expected a number"));
      CHECK_FALSE(Has(line, "(error:"));
    }
    CHECK(typed == 1);
  }
  CliResult sv = RunCli("check --today 2025-09-01 '" + file + "'");
  CHECK(Has(sv.out, "FH-BUDGET-SUM: Budgeten går ihop: kan inte bedömas förrän budget.requested "
                    "är rättat"));
  // FH-BUDGET-PROPORTION, a routine review item: json has its message.
  CHECK(Has(RunCli("check --format json --today 2025-09-01 '" + file + "'").out,
            "[ogiltigt värde i budget.requested]"));
}

// The report's text with the parts that are not sentences taken out: the
// file:line:col, the severity label and the rule or diagnostic id.
std::string Sentences(const std::string& report) {
  std::string out;
  for (size_t at = 0, end; at < report.size(); at = end + 1) {
    end = report.find('\n', at);
    if (end == std::string::npos) end = report.size();
    std::string line = report.substr(at, end - at);
    for (const char* label : {" error ", " warning ", " review ", " todo "}) {
      size_t l = line.find(label);
      size_t colon = l == std::string::npos ? l : line.find(": ", l);
      if (colon != std::string::npos) {
        line = line.substr(colon + 2);
        break;
      }
    }
    out += line + "\n";
  }
  return out;
}

TEST_CASE("verdicts: one bad value in sv, da and nb, and not one English sentence in the report") {
  struct Case {
    const char* example;
    const char* from;
    const char* to;
    const char* today;
    const char* said;  // the bad value's finding, in the program's language
  };
  const Case cases[] = {
      {"examples/passes.yaml", "requested: 720000", "requested: mycket", "2025-09-01",
       "budget.requested: förväntade ett tal som 600000 eller 12.50, fick 'mycket'"},
      {"examples/fremfaerd-passes.yaml", "core_tasks: [culture,", "core_tasks: [kulturr,",
       "2015-03-15", "core_tasks[0]: 'kulturr' er ikke en af kultur, idræt, planlægning"},
      {"examples/ostfold-passes.yaml", "priority_area: digital_transformation",
       "priority_area: digitalisering", "2018-03-01",
       "priority_area: 'digitalisering' er ikke en av Digital transformasjon og "
       "velferdsteknologi, Tverrfaglig arbeid"},
  };
  TempDir dir;
  for (const Case& c : cases) {
    CAPTURE(c.example);
    std::string text = ReadFile(SourcePath(c.example));
    size_t at = text.find(c.from);
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string(c.from).size(), c.to);
    std::string file = dir.Write("ansokan.yaml", text);
    CliResult r = RunCli(std::string("check --today ") + c.today + " '" + file + "'");
    CHECK(r.status == 1);
    CHECK(Has(r.out, c.said));
    const std::string sentences = Sentences(r.out);
    CAPTURE(sentences);
    for (const char* english : {" expected ", " got ", "is not one of", "did you mean", "cannot",
                                " missing", "passed", "failed", "application", "the rule",
                                "(error:", " is empty"}) {
      CAPTURE(english);
      CHECK_FALSE(Has(sentences, english));
    }
  }
}

TEST_CASE("verdicts: an empty title is not given, however it is written") {
  TempDir dir;
  for (const char* empty : {"title: \"\"", "title: \"   \"", "title:", "title: ~",
                            "title: \"\u00a0\""}) {
    CAPTURE(empty);
    std::string file = Variant(dir, {{kTitle, empty}});
    CliResult full = RunCli("check --today 2025-09-01 '" + file + "'");
    CHECK(full.status == 1);
    CHECK(Has(full.out, ":8:"));  // at the empty value's line
    CHECK(Has(full.out, "det obligatoriska fältet 'title' är tomt"));
    // As a missing required field, it fails while drafting too.
    CHECK(RunCli("check --draft --today 2025-09-01 '" + file + "'").status == 1);
  }
}

TEST_CASE("verdicts: a placeholder left in is not given, with a message to replace it") {
  TempDir dir;
  std::string file = Variant(
      dir, {{"  project_leader: Sara Lindqvist, Helsingborgs stad (projektanställning 75 %)",
             "  project_leader: \"<<Projektledare>>\""},
            {"    - Digitaliseringsstrateg, Ängelholms kommun", "    - \"<<Styrgrupp 3>>\""}});
  CliResult sv = RunCli("check --today 2025-09-01 '" + file + "'");
  CHECK(sv.status == 1);
  CHECK(Has(sv.out, ":41:19: error app-placeholder: organisation.project_leader: ersätt "
                    "platshållaren \"<<Projektledare>>\" med ert svar"));
  CHECK(Has(sv.out, ":40:7: error app-placeholder: organisation.steering_group[2]"));
  // The rules that need the fields do not pass on them.
  CHECK(Has(sv.out, "FH-PROJECT-LEADER"));
  CHECK(Has(sv.out, "FH-STEERING-GROUP"));
  for (const char* lang : {"da", "nb", "en"}) {
    CAPTURE(lang);
    CliResult other = RunCli("check --lang " + std::string(lang) + " --today 2025-09-01 '" + file + "'");
    CHECK(Has(other.out, std::string(lang) == "en" ? "replace the placeholder"
                         : std::string(lang) == "da" ? "erstat pladsholderen"
                                                     : "erstatt plassholderen"));
  }
  // While drafting, each is a to-do, and nothing fails.
  CliResult draft = RunCli("check --draft --today 2025-09-01 '" + file + "'");
  CHECK(draft.status == 0);
  CHECK(Has(draft.out, "todo app-placeholder"));
}

TEST_CASE("verdicts: the template of init leaves placeholders that fail a full check") {
  TempDir dir;
  std::string file = dir.File("new.yaml");
  REQUIRE(RunCli("init --today 2025-09-01 --program familjen-helsingborg '" + file + "'").status == 0);
  std::string text = ReadFile(file);
  CHECK(Has(text, "\"<<"));
  CliResult full = RunCli("check --today 2025-09-01 '" + file + "'");
  CHECK(full.status == 1);
  CHECK(Has(full.out, "app-placeholder"));
  CHECK(RunCli("check --draft --today 2025-09-01 '" + file + "'").status == 0);
}

TEST_CASE("verdicts: an owner, administrator or procurer named as a municipal department") {
  TempDir dir;
  std::string file = Variant(
      dir, {{"  owner: Helsingborg", "  owner: Vård- och omsorgsförvaltningen, Helsingborgs stad"},
            {"  financial_admin: Helsingborg", "  financial_admin: Ekonomiavdelningen Helsingborgs stad"},
            {"  procurement: Helsingborg", "  procurement: Upphandlingsenheten, Helsingborg"}});
  CliResult r = RunCli("check --today 2025-09-01 '" + file + "'");
  CHECK_MESSAGE(r.status == 0, r.out);
  // Naming a member inside another organisation's name does not make it one.
  std::string other = Variant(dir, {{"  owner: Helsingborg", "  owner: Helsingborgs Dagblad AB"}});
  CliResult not_owner = RunCli("check --today 2025-09-01 '" + other + "'");
  CHECK(not_owner.status == 1);
  CHECK(Has(not_owner.out, "FH-OWNER"));
}

TEST_CASE("verdicts: member names without diacritics, with a no-break space, in the genitive") {
  TempDir dir;
  std::string file = Variant(
      dir, {{"municipalities: [Helsingborgs stad, Höganäs kommun, Ängelholm]",
             "municipalities: [Helsingborg, \"Hoganas\u00a0kommun\", Angelholms kommun, Bastad]"}});
  CliResult r = RunCli("check --format jsonl --today 2025-09-01 '" + file + "'");
  CHECK_MESSAGE(r.status == 0, r.out);
  CHECK_FALSE(Has(r.out, "Räknas inte"));
}

TEST_CASE("verdicts: a batch rule judges the whole round, named or not") {
  // Halden's priority 2 is right beside its priority 1, which was not named.
  CliResult halden = RunCli("check examples/ostfold-round/halden-2-samordningsteam.yaml");
  CHECK_MESSAGE(halden.status == 0, halden.out);
  CHECK_FALSE(Has(halden.out, "OST-PRIORITY-ORDER"));
  // Fredrikstad's clash is found when only one of the two files is named, and
  // is reported on the named one only.
  CliResult one = RunCli("check examples/ostfold-round/fredrikstad-1-smart-vann.yaml");
  CHECK(one.status == 1);
  CHECK(Has(one.out, "examples/ostfold-round/fredrikstad-1-smart-vann.yaml:16:11: error "
                     "OST-PRIORITY-ORDER: Fredrikstad har 2 søknader"));
  CHECK_FALSE(Has(one.out, "fredrikstad-2-laeringsvenn.yaml:"));
  // The same file named twice, as ./ and as written, is one application.
  CliResult twice = RunCli("check examples/ostfold-round/halden-2-samordningsteam.yaml "
                           "./examples/ostfold-round/halden-1-innbyggerdialog.yaml");
  CHECK_MESSAGE(twice.status == 0, twice.out);
}

TEST_CASE("verdicts: a round in a directory of its own, a clash with an unnamed file") {
  TempDir dir;
  std::string a = ReadFile(SourcePath("examples/ostfold-round/halden-1-innbyggerdialog.yaml"));
  std::string b = ReadFile(SourcePath("examples/ostfold-round/halden-2-samordningsteam.yaml"));
  dir.Write("halden-1.yaml", a);
  std::string named = dir.Write("halden-2.yaml", b);
  CHECK(RunCli("check '" + named + "'").status == 0);
  // A third Halden application with priority 2 beside them clashes.
  dir.Write("halden-3.yaml", b);
  CliResult clash = RunCli("check '" + named + "'");
  CHECK(clash.status == 1);
  CHECK(Has(clash.out, "OST-PRIORITY-ORDER: Halden har 3 søknader"));
  // Hidden files and other programs' applications are not part of the round.
  dir.Write(".halden-4.yaml", b);
  dir.Write("other.yaml", ReadFile(SourcePath("examples/passes.yaml")));
  CHECK(Has(RunCli("check '" + named + "'").out, "Halden har 3 søknader"));
}

}  // namespace
}  // namespace grantcheck::testing
