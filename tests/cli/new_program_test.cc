// `grantcheck new-program ID`: the files it writes lint clean and their tests
// pass with full coverage, in each language; it refuses a bad id and an
// existing file.
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

TEST_CASE("new-program cli: the skeleton lints clean and its tests pass, in every language") {
  for (const char* lang : {"en", "sv", "da", "nb"}) {
    INFO(lang);
    TempDir dir;
    CliResult made = RunCliIn(dir.path(), std::string("new-program --lang ") + lang + " my-fund");
    CHECK(made.status == 0);
    CHECK(made.err == "");
    CHECK(made.out.starts_with("wrote ./rules/my-fund.toml\n"
                               "wrote ./rules/my-fund.tests.yaml\n"
                               "wrote ./examples/my-fund-passes.yaml\n"
                               "wrote ./examples/my-fund-fails.yaml\n"));
    CliResult lint = RunCliIn(dir.path(), "rules lint rules/my-fund.toml");
    CHECK(lint.out == "rules/my-fund.toml: 0 findings\n");
    CHECK(lint.status == 0);
    CliResult test = RunCliIn(dir.path(), "test --require-coverage rules/my-fund.tests.yaml");
    CHECK(test.status == 0);
    CHECK(test.out.find("coverage: all 1 rules have a passing and a failing case\n") !=
          std::string::npos);
    CHECK(test.out.find("boundaries:") == std::string::npos);
    CHECK(test.out.find("4 passed, 0 failed") != std::string::npos);
    // The examples are what their names say.
    CHECK(RunCliIn(dir.path(), "check --rules rules examples/my-fund-passes.yaml").status == 0);
    CHECK(RunCliIn(dir.path(), "check --rules rules examples/my-fund-fails.yaml").status == 1);
  }
}

TEST_CASE("new-program cli: a bad id and an existing file are refused, --force replaces") {
  TempDir dir;
  CliResult bad = RunCliIn(dir.path(), "new-program 'My Fund'");
  CHECK(bad.status == 2);
  CHECK(bad.err ==
        "grantcheck: error: 'My Fund' cannot name a program; use lowercase letters, digits and "
        "'-', starting with a letter (my-fund-2026)\n");
  CHECK(RunCliIn(dir.path(), "new-program --dir out x1").status == 0);
  CliResult again = RunCliIn(dir.path(), "new-program --dir out x1");
  CHECK(again.status == 2);
  CHECK(again.err == "grantcheck: error: 'out/rules/x1.toml' exists; give --force to replace it\n");
  CHECK(RunCliIn(dir.path(), "new-program --dir out --force x1").status == 0);
}

}  // namespace
}  // namespace grantcheck::testing
