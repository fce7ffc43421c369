// `grantcheck check` end to end: the built binary on the bundled examples and
// on broken inputs, asserting exit status and what a user reads.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <sstream>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

// The Familjen Helsingborg examples; examples/ holds other programs' too.
const std::string kFhExamples =
    "examples/fails.yaml examples/passes.yaml examples/projektplan-kommunala-mikrotjanster.yaml";

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST_CASE("check cli: the examples, in Swedish by default and English with --lang en") {
  CliResult sv = RunCli("check " + kFhExamples);
  CHECK(sv.status == 1);
  CHECK(Has(sv.out, "examples/fails.yaml:31:8: error FH-DURATION: Projekttiden 2025-09-01–2027-03-31, "
                    "inklusive slutrapportering, är 19 månader."));
  CHECK(Has(sv.out, "examples/fails.yaml:23:17: error FH-MUNICIPALITIES: "));
  CHECK(Has(sv.out, "examples/fails.yaml:43:14: warning FH-BUDGET-SUM: "));
  // A failing list.all() check points at the first offending element.
  CHECK(Has(sv.out, "examples/fails.yaml:52:7: error FH-NO-ORDINARY: "));
  CHECK(Has(sv.out, "examples/fails.yaml:57:7: error FH-MATERIAL: "));
  CHECK(Has(sv.out, "\n3 ansökningar: 1 godkänd, 2 underkända; "));
  CHECK_FALSE(Has(sv.out, "examples/passes.yaml:34:8: error"));
  CliResult en = RunCli("check --lang en examples/fails.yaml");
  CHECK(en.status == 1);
  CHECK(Has(en.out, "examples/fails.yaml:31:8: error FH-DURATION: The project period 2025-09-01 "
                    "to 2027-03-31, final reporting included, is 19 months."));
  CHECK(Has(en.out, "\n1 application: 0 passed, 1 failed; 4 errors, 1 warning, 0 to-dos, "));
}

TEST_CASE("check cli: the json output carries the same failing findings as the text") {
  CliResult text = RunCli("check --quiet " + kFhExamples);
  CliResult json = RunCli("check --format json " + kFhExamples);
  CHECK(json.status == text.status);
  nlohmann::json doc = nlohmann::json::parse(json.out);
  std::set<std::string> from_json;
  for (const auto& app : doc["applications"]) {
    for (const auto& f : app["findings"]) {
      std::string status = f["status"];
      // --quiet shows what fails the application: errors, at the default --fail-on.
      if (status != "fail" && status != "unknown" && status != "error") continue;
      if (f["severity"] != "error") continue;
      from_json.insert(app["file"].get<std::string>() + ":" + std::to_string(f["line"].get<int>()) +
                       ":" + std::to_string(f["column"].get<int>()) + ": " +
                       f["severity"].get<std::string>() + " " + f["rule"].get<std::string>() +
                       ": " + f["message"].get<std::string>());
    }
  }
  std::set<std::string> from_text;
  std::istringstream lines(text.out);
  for (std::string line; std::getline(lines, line);) {
    if (Has(line, ": error ") || Has(line, ": warning ")) from_text.insert(line);
  }
  // FH-BUDGET-SUM, a warning, is the one finding of each failing example not shown.
  CHECK(from_text.size() == 8);
  CHECK(from_json == from_text);
  CHECK(doc["summary"]["applications"] == 3);
  CHECK(doc["summary"]["failed"] == 2);
}

TEST_CASE("check cli: standard input, BOM and CRLF, exit 0 when everything passes") {
  CliResult r = RunCli("check -", "program: familjen-helsingborg\ntitle: x\n");
  CHECK(r.status == 1);
  CHECK(Has(r.out, "<stdin>:1:1: error FH-DURATION: "));
  CliResult bom = RunCli("check --fail-on warning tests/data/cli/bom-crlf.yaml");
  CHECK(bom.status == 0);
  // Positions count lines as the file has them (FH-AREA-RESULTS is a routine
  // review item, listed once per program in text; json has its place).
  nlohmann::json doc =
      nlohmann::json::parse(RunCli("check --format json tests/data/cli/bom-crlf.yaml").out);
  bool found = false;
  for (const auto& f : doc["applications"][0]["findings"]) {
    if (f["rule"] != "FH-AREA-RESULTS") continue;
    found = true;
    CHECK(f["line"] == 31);
    CHECK(f["column"] == 8);
  }
  CHECK(found);
}

TEST_CASE("check cli: a bad file is reported at its place and the batch goes on") {
  CliResult r = RunCli("check tests/data/cli/bad-syntax.yaml tests/data/cli/unknown-program.yaml "
                       "examples/fails.yaml nonexistent.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.out, "tests/data/cli/bad-syntax.yaml:3:1: error yaml-syntax: "));
  CHECK(Has(r.out, "tests/data/cli/unknown-program.yaml:1:10: error app-unknown-program: unknown "
                   "program 'familjen-helsingborj' (did you mean 'familjen-helsingborg'?); known "
                   "programs: familjen-helsingborg"));
  CHECK(Has(r.out, "nonexistent.yaml: error app-read: no such file or directory"));
  CHECK(Has(r.out, "examples/fails.yaml:31:8: error FH-DURATION: "));
  CliResult dup = RunCli("check -q tests/data/cli/duplicate-key.yaml");
  CHECK(dup.status == 1);
  // Said in the language of the program its first line names.
  CHECK(Has(dup.out, "tests/data/cli/duplicate-key.yaml:44:3: error yaml-duplicate-key: nyckeln "
                     "'owner' finns två gånger (första gången på rad 36)"));
}

TEST_CASE("check cli: a broken rule file stops the run at its line and column") {
  CliResult r = RunCli("check --rules tests/data/cli/broken-rules.toml examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(Has(r.err, "tests/data/cli/broken-rules.toml:12:10: error: unknown function 'mnths'; did "
                   "you mean 'months'? [expr-unknown-function]"));
  CliResult env = RunCli("check examples/passes.yaml", "",
                         "GRANTCHECK_RULES_PATH=tests/data/cli/broken-rules.toml");
  CHECK(env.status == 2);
}

TEST_CASE("check cli: --draft turns missing fields into to-dos") {
  CliResult strict = RunCli("check -q examples/projektplan-kommunala-mikrotjanster.yaml");
  CliResult draft = RunCli("check -q --draft examples/projektplan-kommunala-mikrotjanster.yaml");
  CHECK(Has(strict.out, "error FH-DURATION: "));
  CHECK_FALSE(Has(draft.out, "error FH-DURATION"));
  CHECK(Has(draft.out, "todo FH-DURATION"));  // a draft's to-dos stay under -q
  CHECK(Has(draft.out, " 5 att göra"));
}

TEST_CASE("check cli: usage errors exit 2, --help and --version work") {
  CHECK(RunCli("check").status == 2);
  CHECK(RunCli("check --format xml examples/").status == 2);
  CHECK(RunCli("check --today 2025-02-30 examples/").status == 2);
  CliResult help = RunCli("--help");
  CHECK(help.status == 0);
  CHECK(Has(help.out, "check"));
  CliResult version = RunCli("--version");
  CHECK(version.status == 0);
  CHECK(Has(version.out, "grantcheck "));
}

TEST_CASE("check cli: batch rules see the whole run, in input order, with any --jobs") {
  CliResult one = RunCli("check --jobs 1 examples/passes.yaml examples/ostfold-round/ examples/fails.yaml");
  CHECK(one.status == 1);
  // The priority clash is reported at both Fredrikstad files, at their priority line.
  CHECK(Has(one.out, "examples/ostfold-round/fredrikstad-1-smart-vann.yaml:16:11: error "
                     "OST-PRIORITY-ORDER: Fredrikstad har 2 søknad"));
  CHECK(Has(one.out, "examples/ostfold-round/fredrikstad-2-laeringsvenn.yaml:13:11: error "
                     "OST-PRIORITY-ORDER:"));
  CHECK_FALSE(Has(one.out, "halden-1-innbyggerdialog.yaml:13:11: error OST-PRIORITY-ORDER"));
  // Input order holds although the Østfold reports waited for the end of the run.
  size_t first = one.out.find("examples/ostfold-round/");
  CHECK(one.out.find("examples/passes.yaml") < first);
  CHECK(one.out.rfind("examples/ostfold-round/") < one.out.find("examples/fails.yaml:"));
  CliResult two = RunCli("check --jobs 2 examples/passes.yaml examples/ostfold-round/ examples/fails.yaml");
  CHECK(two.out == one.out);
  CliResult jsonl = RunCli("check --format jsonl --jobs 2 examples/passes.yaml examples/ostfold-round/");
  CHECK(std::count(jsonl.out.begin(), jsonl.out.end(), '\n') == 5);
  CHECK(Has(jsonl.out, "\"OST-PRIORITY-ORDER\""));
  // One application alone has no clash.
  CHECK(RunCli("check examples/ostfold-round/halden-1-innbyggerdialog.yaml").status == 0);
}

}  // namespace
}  // namespace grantcheck::testing

namespace grantcheck::testing {
namespace {

// An installed tree (bin/grantcheck beside share/grantcheck/rules/) whose rules
// directory also holds a broken rule file no application names.
struct InstalledTree {
  TempDir dir;
  InstalledTree() {
    namespace fs = std::filesystem;
    fs::create_directories(dir.File("bin"));
    fs::copy_file(GRANTCHECK_BINARY, dir.File("bin/grantcheck"));
    fs::create_directories(dir.File("share/grantcheck/rules"));
    for (const char* program : {"familjen-helsingborg", "familjen-helsingborg-expoframtid"}) {
      fs::copy_file(SourcePath(std::string("rules/") + program + ".toml"),
                    dir.File(std::string("share/grantcheck/rules/") + program + ".toml"));
    }
    dir.Write("share/grantcheck/rules/zz-broken.toml", "[program\nid = \"zz\"\n");
  }
  ToolResult Run(const std::string& command, const std::string& args) const {
    return RunTool("env -u GRANTCHECK_RULES_PATH NO_COLOR=1 '" + dir.File("bin/grantcheck") +
                   "' " + command + " --lang en " + args);
  }
  ToolResult Check(const std::string& args) const { return Run("check", args); }
};

TEST_CASE("check cli: by default only the rule files the applications name are loaded") {
  InstalledTree tree;
  // The broken file is never read: the application names its program first.
  ToolResult one = tree.Check("examples/passes.yaml");
  CHECK(one.status == 0);
  CHECK_FALSE(Has(one.output, "zz-broken.toml"));
  // ExpoFramtid extends Familjen Helsingborg and loads it itself.
  ToolResult two = tree.Check("examples/passes.yaml examples/expoframtid-passes.yaml");
  CHECK(two.status == 0);
  CHECK(Has(two.output, "\n2 applications: 2 passed, 0 failed;"));
  CHECK_FALSE(Has(two.output, "zz-broken.toml"));
  // schedule finds its rules the same way.
  ToolResult dates = tree.Run("schedule", "examples/passes.yaml");
  CHECK(dates.status == 0);
  CHECK_FALSE(Has(dates.output, "zz-broken.toml"));
}

TEST_CASE("check cli: when a program cannot be told from the first line, every rule file is loaded") {
  InstalledTree tree;
  const std::string broken = "zz-broken.toml:1:9: error: ";
  // program: not the first key: the rules are loaded whole, and the broken one stops the run.
  const std::string later = tree.dir.Write("later.yaml", "title: x\nprogram: familjen-helsingborg\n");
  ToolResult r = tree.Check("'" + later + "'");
  CHECK(r.status == 2);
  CHECK(Has(r.output, broken));
  r = tree.Run("schedule", "'" + later + "'");
  CHECK(r.status == 2);
  CHECK(Has(r.output, broken));
  // A program no rule file is named for: the same, so "did you mean" knows every program.
  const std::string typo = tree.dir.Write("typo.yaml", "program: familjen-helsingborj\ntitle: x\n");
  r = tree.Check("'" + typo + "'");
  CHECK(r.status == 2);
  CHECK(Has(r.output, broken));
  // Standard input is not read ahead.
  r = tree.Check("- < examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.output, broken));
  // A run of more than 256 files loads every rule file rather than read each file twice.
  const std::string app = ReadFile(SourcePath("examples/passes.yaml"));
  for (int i = 0; i <= 256; ++i) tree.dir.Write("round/app-" + std::to_string(i) + ".yaml", app);
  r = tree.Check("-q '" + tree.dir.File("round") + "'");
  CHECK(r.status == 2);
  CHECK(Has(r.output, broken));
  // ... while 256 of them read only familjen-helsingborg.toml and pass.
  std::filesystem::remove(tree.dir.File("round/app-256.yaml"));
  r = tree.Check("-q '" + tree.dir.File("round") + "'");
  CHECK(r.status == 0);
  CHECK(Has(r.output, "256 applications: 256 passed"));
  // With the broken file gone, the typo gets its suggestion.
  std::filesystem::remove(tree.dir.File("share/grantcheck/rules/zz-broken.toml"));
  r = tree.Check("'" + typo + "'");
  CHECK(r.status == 2);
  CHECK(Has(r.output, "did you mean 'familjen-helsingborg'?"));
}

}  // namespace
}  // namespace grantcheck::testing
