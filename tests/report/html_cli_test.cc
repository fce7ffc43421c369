// `grantcheck check --format html` end to end: the timeline is scheduled from
// the files checked, and standard input (read once) is reported but not scheduled.
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.h"
#include "report/html_count.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

TEST_CASE("html cli: a timeline row per file checked, the deadlines as `schedule` dates them") {
  TempDir dir;
  CliResult r = RunCli("check --today 2026-01-15 --format html=" + dir.path() +
                       "/round.html examples/passes.yaml examples/fails.yaml");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  std::string page = ReadFile(dir.path() + "/round.html");
  CHECK(Count(page, "<section class=\"application\"") == 2);
  CHECK(Count(page, "<g class=\"row\">") == 2);
  CliResult schedule = RunCli("schedule --today 2026-01-15 --format csv examples/passes.yaml");
  CHECK(schedule.out.find("2026-03-02") != std::string::npos);
  CHECK(page.find("<title>2026-03-02: ") != std::string::npos);
}

TEST_CASE("html cli: standard input is checked and shown, but not scheduled") {
  CliResult r = RunCli("check --format html -", ReadFile(SourcePath("examples/passes.yaml")));
  CHECK(r.status == 0);
  CHECK(r.out.find("<dt>Fil</dt><dd>&lt;stdin&gt;</dd>") != std::string::npos);
  CHECK(r.out.find("<svg") == std::string::npos);
  CHECK(r.out.ends_with("</html>\n"));
}

}  // namespace
}  // namespace grantcheck::testing
