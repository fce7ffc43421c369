// `check --format github` in a GitHub Actions step: the Markdown report is
// appended to the file GITHUB_STEP_SUMMARY names, and nothing else is accepted there.
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

std::string SummaryEnv(const std::string& path) { return "GITHUB_STEP_SUMMARY='" + path + "'"; }

TEST_CASE("step summary: the Markdown report is appended, never replacing what is there") {
  TempDir dir;
  std::string summary = dir.Write("summary.md", "# An earlier step\n");
  CliResult r = RunCli("check --format github examples/fails.yaml", "", SummaryEnv(summary));
  CHECK(r.status == 1);
  CHECK(r.out.find("::error file=examples/fails.yaml,line=31,col=8,") != std::string::npos);
  CHECK(r.out.find("## grantcheck") == std::string::npos);  // the log has annotations only
  std::string text = ReadFile(summary);
  CHECK(text.starts_with("# An earlier step\n## grantcheck\n\n### examples/fails.yaml: "));
  CHECK(text.find("| 31:8 | error | FH-DURATION |") != std::string::npos);
  // A second run adds a second report.
  RunCli("check --format github examples/passes.yaml", "", SummaryEnv(summary));
  std::string twice = ReadFile(summary);
  CHECK(twice.starts_with(text));
  CHECK(twice.find(" examples/passes.yaml: ", text.size()) != std::string::npos);
}

TEST_CASE("step summary: only with a github report, and not when the variable is empty") {
  TempDir dir;
  std::string summary = dir.Write("summary.md", "x\n");
  CHECK(RunCli("check --format text examples/fails.yaml", "", SummaryEnv(summary)).status == 1);
  CHECK(ReadFile(summary) == "x\n");
  CliResult r = RunCli("check --format github examples/fails.yaml", "", "GITHUB_STEP_SUMMARY=");
  CHECK(r.status == 1);
  CHECK(r.err.empty());
}

TEST_CASE("step summary: a FIFO or a directory is refused before any work, without hanging") {
  TempDir dir;
  std::string fifo = dir.File("fifo");
  REQUIRE(RunTool("mkfifo '" + fifo + "'").status == 0);
  CliResult r = RunCli("check --format github examples/fails.yaml", "", SummaryEnv(fifo));
  CHECK(r.status == 2);
  CHECK(r.err == "grantcheck: error: GITHUB_STEP_SUMMARY '" + fifo + "' is not a regular file\n");
  CHECK(r.out.empty());
  CliResult d = RunCli("check --format github examples/fails.yaml", "", SummaryEnv(dir.path()));
  CHECK(d.status == 2);
  CHECK(d.err.find("is not a regular file") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
