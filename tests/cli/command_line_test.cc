// The command line's conventions end to end: no subcommand is a usage error,
// --color and NO_COLOR, and --stdin-filename in every report format.
#include <doctest/doctest.h>

#include <string>

#include "cli/color_option.h"
#include "cli/run_cli.h"
#include "report/writer.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

constexpr char kEscape[] = "\x1b[";
const std::string kIncomplete = "program: familjen-helsingborg\ntitle: x\n";

TEST_CASE("command line: no subcommand prints the usage on stderr and exits 2") {
  CliResult r = RunCli("");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(Has(r.err, "Usage: "));
  CHECK(Has(r.err, "Subcommands:"));
  // --help still asks for it, and gets it on stdout with success.
  CliResult help = RunCli("--help");
  CHECK(help.status == 0);
  CHECK(Has(help.out, "Subcommands:"));
}

TEST_CASE("command line: --color against NO_COLOR and the terminal") {
  struct Case {
    ColorChoice choice;
    const char* no_color;
    bool terminal;
    bool want;
  };
  const Case cases[] = {
      {{"auto", false}, nullptr, true, true},   {{"auto", false}, nullptr, false, false},
      {{"auto", false}, "1", true, false},      {{"auto", false}, "", true, true},
      {{"always", false}, "1", false, true},    {{"always", false}, nullptr, false, true},
      {{"never", false}, nullptr, true, false}, {{"auto", true}, nullptr, true, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.choice.color);
    CAPTURE(c.no_color);
    CHECK(WantColor(c.choice, c.no_color, c.terminal) == c.want);
  }
}

TEST_CASE("command line: --color always colours the text report in a CI log, NO_COLOR or not") {
  // RunCli sets NO_COLOR=1 and pipes standard output, as in a CI job.
  CliResult always = RunCli("check --color always --lang en examples/fails.yaml");
  CHECK(always.status == 1);
  CHECK(Has(always.out, "\x1b[1;31merror\x1b[0m FH-DURATION"));
  for (const char* off : {"--color auto", "--color never", "--no-color", ""}) {
    CAPTURE(off);
    CliResult r = RunCli(std::string("check ") + off + " examples/fails.yaml", "", "NO_COLOR=");
    CHECK(r.status == 1);
    CHECK_FALSE(Has(r.out, kEscape));
  }
  // Colour is for the text report on standard output only.
  TempDir dir;
  CliResult file =
      RunCli("check --color always --format json --format text=" + dir.File("report.txt") +
             " examples/fails.yaml");
  CHECK(file.status == 1);
  CHECK_FALSE(Has(file.out, kEscape));
  CHECK_FALSE(Has(ReadFile(dir.File("report.txt")), kEscape));
}

TEST_CASE("command line: a wrong --color, or --color with --no-color, is a usage error") {
  CliResult bad = RunCli("check --color sometimes examples/passes.yaml");
  CHECK(bad.status == 2);
  CHECK(Has(bad.err, "sometimes not in {auto,always,never}"));
  CliResult both = RunCli("check --color always --no-color examples/passes.yaml");
  CHECK(both.status == 2);
  CHECK(Has(both.err, "excludes"));
}

TEST_CASE("command line: --stdin-filename names standard input in every check format") {
  const std::string name = "submissions/lund.yaml";
  CliResult text = RunCli("check --lang en --stdin-filename " + name + " -", kIncomplete);
  CHECK(text.status == 1);
  CHECK(Has(text.out, name + ":1:1: error FH-DURATION: "));
  CHECK_FALSE(Has(text.out, "<stdin>"));
  for (const Format& f : CheckFormats()) {
    CAPTURE(f.name);
    CliResult r = RunCli(
        "check --format " + std::string(f.name) + " --stdin-filename " + name + " -", kIncomplete);
    CHECK(r.status == 1);
    CHECK(Has(r.out, name));
    CHECK_FALSE(Has(r.out, "stdin"));
  }
}

TEST_CASE("command line: --stdin-filename in a parse error's file:line:col, schedule and explain") {
  CliResult broken = RunCli("check --stdin-filename a/broken.yaml -", "title: [x\n");
  CHECK(broken.status == 2);
  CHECK(Has(broken.out, "a/broken.yaml:2:1: error "));
  CliResult schedule = RunCli("schedule --format csv --stdin-filename a/lund.yaml -",
                              kIncomplete + "decision_date: 2026-01-15\n");
  CHECK(schedule.status == 0);
  CHECK(Has(schedule.out, "\na/lund.yaml,familjen-helsingborg,"));
  CliResult explain = RunCli("explain --stdin-filename a/lund.yaml FH-DURATION -", kIncomplete);
  CHECK(explain.status == 1);
  CHECK(Has(explain.out, " at a/lund.yaml:1:1"));
}

TEST_CASE("command line: --stdin-filename without '-' or empty is a usage error") {
  CliResult none = RunCli("check --stdin-filename a.yaml examples/passes.yaml");
  CHECK(none.status == 2);
  CHECK(Has(none.err, "--stdin-filename names standard input, but no path is '-'"));
  CliResult empty = RunCli("check --stdin-filename '' -", kIncomplete);
  CHECK(empty.status == 2);
  CHECK(Has(empty.err, "--stdin-filename is empty"));
}

}  // namespace
}  // namespace grantcheck::testing
