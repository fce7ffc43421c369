// Bad and hostile application files through the real binary, one file per case
// under tests/data/bad/: the message at its file:line:col, the exit status, and
// the good file checked beside it still reported.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

struct BadCase {
  std::string file;                // under tests/data/bad/
  int status;                      // of `check FILE examples/passes.yaml`
  std::vector<std::string> lines;  // report lines after "FILE:", each whole or a prefix
};

// Runs `check --lang en PATH examples/passes.yaml` and checks what a user
// reads: each expected line, the status, and the good file still counted.
void CheckBeside(const std::string& path, int status, const std::vector<std::string>& lines) {
  CliResult r = RunCli("check --lang en '" + path + "' examples/passes.yaml");
  INFO(path << "\n" << r.out << r.err);
  CHECK(r.status == status);
  for (const std::string& line : lines) CHECK(Has("\n" + r.out, "\n" + path + ":" + line));
  CHECK(Has(r.out, "\n2 applications: 1 passed, "));
  CHECK(r.err.empty());
}

// What libyaml reports is kept for its position; the message text after
// the id is its own, so only our additions to it are pinned.
const std::vector<BadCase> kYamlCases = {
    {"malformed.yaml", 2, {"4:8: error yaml-syntax: "}},
    {"empty.yaml", 2,
     {"1:1: error yaml-empty: the file is empty; expected a mapping of application fields\n"}},
    {"binary.yaml", 2,
     {"1:8: error yaml-syntax: the file contains a NUL byte; is it a binary file?\n"}},
    {"tabs.yaml", 2,
     {"4:7: error yaml-syntax: "}},
    {"multi-document.yaml", 2,
     {"3:1: error yaml-multiple-documents: a second YAML document starts here; an application "
      "file holds exactly one\n"}},
    {"top-level-list.yaml", 2,
     {"1:1: error yaml-not-mapping: expected a mapping of fields such as 'program:' at the top "
      "level, got a list\n"}},
};

TEST_CASE("hardening: a file that is not one YAML mapping is an input error, the batch goes on") {
  for (const BadCase& c : kYamlCases) CheckBeside("tests/data/bad/" + c.file, c.status, c.lines);
  CliResult tabs = RunCli("check --lang en tests/data/bad/tabs.yaml");
  CHECK(Has(tabs.out, "this line is indented with a tab; YAML allows only spaces, so replace the "
                      "tab by spaces\n"));
}

const std::vector<BadCase> kFieldCases = {
    // The BOM is dropped before parsing, so the first key is 'program' and
    // columns on line 1 and below are not shifted.
    {"bom.yaml", 1,
     {"3:12: error app-bad-date: submitted: invalid date '2025-02-30': there is no such day\n"}},
    {"impossible-date.yaml", 1,
     {"3:12: error app-bad-date: submitted: invalid date '2025-02-29': there is no such day\n",
      "5:10: error app-bad-date: period.start: invalid date '2025-13-01': there is no such day\n",
      "6:8: error app-bad-date: period.end: invalid date '2026-04-31': there is no such day\n"}},
    {"huge-number.yaml", 1,
     {"4:14: error app-type: budget.requested: the number '123456789012345678901234567890' is "
      "out of range: at most 24 digits before the point and 18 after, 38 in all\n",
      "6:38: error app-type: budget.lines[0].amount: expected a number such as 600000 or 12.50, "
      "written without an exponent, got '1e400'\n"}},
    // A negative amount is a number like any other; the budget rule sees it exactly.
    {"negative-number.yaml", 1,
     {"4:14: warning FH-BUDGET-SUM: The budget lines add up to -585,000 SEK, but the amount "
      "requested plus other co-financing is -720,000 SEK"}},
    {"nan-inf.yaml", 1,
     {"4:14: error app-type: budget.requested: expected a number such as 600000 or 12.50, got "
      "'.nan'\n",
      "6:38: error app-type: budget.lines[0].amount: expected a number such as 600000 or 12.50, "
      "got '.inf'\n",
      "7:37: error app-type: budget.lines[1].amount: expected a number such as 600000 or 12.50, "
      "got '-.Inf'\n",
      "8:35: error app-type: budget.lines[2].amount: expected a number such as 600000 or 12.50, "
      "got 'NaN'\n"}},
    // A long value is quoted cut short, not copied whole into each message.
    {"long-value.yaml", 1,
     {"4:12: error app-type: submitted: expected a date (YYYY-MM-DD), got "
      "'igårigårigårigårigårigårigårigårigårigårigårigårigårigårigår…'\n",
      "7:19: error app-bad-value: budget.lines[0].category: "
      "'personalpersonalpersonalpersonalpersonalpersonalpersonalpers…' is not one of personnel, "
      "services, material, travel, communication, overhead, other\n"}},
    {"wrong-types.yaml", 1,
     {"2:8: error app-type: title: expected text, got a list\n",
      "3:10: error app-type: summary: expected text, got a map\n",
      "4:12: error app-type: submitted: expected a date (YYYY-MM-DD), got 'igår'\n",
      "5:16: error app-type: decision_date: expected a date (YYYY-MM-DD), got '20250612'\n",
      "6:12: error app-type: applicant: expected a map of fields, got 'Helsingborgs stad'\n",
      "7:17: error app-type: municipalities: expected a list, got 'Helsingborg'\n",
      "8:11: error app-type: partners: expected a list, got 'Lunds universitet'\n",
      "9:8: error app-type: areas: expected a list, got a map\n",
      "10:9: error app-type: period: expected a map of fields, got '2025-09-01 -- 2026-08-31'\n",
      "11:15: error app-type: organisation: expected a map of fields, got a list\n",
      "12:13: error app-type: activities: expected a list, got 'A1'\n",
      "14:13: error app-type: budget.currency: expected text, got a list\n",
      "15:14: error app-type: budget.requested: expected a number such as 600000 or 12.50, got "
      "'sjuhundratusen'\n",
      "16:16: error app-type: budget.cofinancing: expected a list, got '60000'\n",
      "17:10: error app-type: budget.lines: expected a list, got 'personnel'\n",
      "18:10: error app-type: results: expected a map of fields, got 'ja'\n",
      "19:16: error app-type: communication: expected a map of fields, got 'ja'\n",
      "20:8: error app-type: risks: expected a list, got 'inga'\n",
      // A rule reading a mistyped field is an error that waits for it, not a pass or a
      // fail, and does not repeat the field's own finding.
      "7:17: error FH-MUNICIPALITIES: At least two Familjen Helsingborg municipalities: cannot "
      "be judged until municipalities is corrected\n"}},
};

TEST_CASE("hardening: wrong values are findings at their field, the batch goes on") {
  for (const BadCase& c : kFieldCases) CheckBeside("tests/data/bad/" + c.file, c.status, c.lines);
}

// YAML requires Unicode. A file saved as Latin-1 used to be checked with each
// letter replaced ("H?gan?s" is no member) and no word about why; it is refused
// where the first bad byte is, as NUL bytes and UTF-16 are.
TEST_CASE("hardening: a file that is not UTF-8 is refused at its first bad byte") {
  CheckBeside("tests/data/bad/invalid-utf8.yaml", 2,
              {"2:19: error yaml-syntax: invalid UTF-8 (byte 0xC3); save the "
               "file as UTF-8\n"});
  CheckBeside("tests/data/bad/latin1.yaml", 2,
              {"2:26: error yaml-syntax: invalid UTF-8 (byte 0xE4); save the file "
               "as UTF-8\n"});
}

TEST_CASE("hardening: bytes that are not UTF-8 never reach the output raw") {
  // The refusal names the byte in hex; the file's own bytes are not copied.
  for (const char* format : {"text", "json", "sarif", "junit", "github", "markdown"}) {
    CliResult r = RunCli(std::string("check --lang en --format ") + format +
                         " tests/data/bad/latin1.yaml");
    INFO(format << "\n" << r.out);
    CHECK(r.status == 2);
    CHECK(r.out.find('\xE4') == std::string::npos);
    CHECK(r.out.find('\xF6') == std::string::npos);
  }
}

TEST_CASE("hardening: unreadable inputs are input errors, the batch goes on") {
  CheckBeside("tests/data/bad/no-applications", 2,
              {" error app-read: holds no *.yaml or *.yml file\n"});
  TempDir dir;
  // Too large: a sparse file just over the limit costs no disk.
  std::filesystem::resize_file(dir.Write("huge.yaml", ""), 8 * 1024 * 1024 + 1);
  CheckBeside(dir.File("huge.yaml"), 2,
              {" error app-read: cannot read: larger than 8 MiB, the limit for one input\n"});
  // A symlink loop named on the command line, and one inside a directory.
  std::filesystem::create_symlink(dir.File("b.yaml"), dir.File("a.yaml"));
  std::filesystem::create_symlink(dir.File("a.yaml"), dir.File("b.yaml"));
  CheckBeside(dir.File("a.yaml"), 2,
              {" error app-read: Too many levels of symbolic links\n"});
  dir.Write("tree/app.yaml", ReadFile(SourcePath("examples/fails.yaml")));
  std::filesystem::create_directory_symlink(dir.File("tree"), dir.File("tree/loop"));
  CliResult tree = RunCli("check --lang en -q '" + dir.File("tree") + "' examples/passes.yaml");
  CHECK(tree.status == 1);
  CHECK(Has(tree.out, "\n2 applications: 1 passed, 1 failed;"));
  // Root reads any file whatever its mode, so the unreadable file is one no
  // one can read: /proc/self/mem fails at offset 0.
  CheckBeside("/proc/self/mem", 2, {" error app-read: cannot read: "});
}

// A broken rule file stops the run before any application is read (docs/rule-files.md),
// with its position on standard error and nothing on standard output.
struct RuleCase {
  std::string file;  // under tests/data/bad/rules/
  std::string message;
};

const std::vector<RuleCase> kRuleCases = {
    // toml++'s message for a string left open at the end of its line.
    {"syntax-error.toml",
     ":3:24: error: Error while parsing string: unescaped control characters other than TAB "
     "(U+0009) are explicitly prohibited [rules-syntax]\n"},
    {"unknown-severity.toml",
     ":9:12: error: unknown severity 'fatal'; expected error, warning or review [rules-severity]\n"},
    {"bad-expression.toml",
     ":12:47: error: expected ',' or ')', got end of expression [expr-syntax]\n"},
    // The cycle is found in the second file, and the first cannot load it.
    {"extends-cycle-a.toml",
     "extends-cycle-b.toml:4:11: error: 'extends-cycle-a.toml' extends this file again: a cycle "
     "of extends [rules-extends]\n"},
    {"extends-cycle-a.toml",
     "extends-cycle-a.toml:4:11: error: the rule file 'extends-cycle-b.toml' it extends could not "
     "be loaded [rules-extends]\n"},
};

TEST_CASE("hardening: a broken rule file stops the run at its file:line:col with status 2") {
  for (const RuleCase& c : kRuleCases) {
    std::string path = "tests/data/bad/rules/" + c.file;
    CliResult r = RunCli("check --rules " + path + " examples/passes.yaml");
    INFO(path << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(Has(r.err, c.message));
  }
}

}  // namespace
}  // namespace grantcheck::testing
