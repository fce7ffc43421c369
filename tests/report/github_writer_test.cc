// Tests for the github format: whole lines pinned, and GitHub's documented
// escaping of workflow commands ('%', CR, LF; ':' and ',' in properties) checked.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "report/format_fixture.h"

namespace grantcheck::testing {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("github: errors, warnings and notices at their lines, then the summary and rule file") {
  FormatFixture fx;
  CHECK(fx.Write("github") ==
        "::debug::ans/mikro.yaml sha256 " + std::string(kMikroSha) + "\n"
        "::warning file=ans/mikro.yaml,line=4,col=1,title=app-unknown-key::unknown key 'sumary'; "
        "did you mean 'summary'?\n"
        "::error file=ans/mikro.yaml,line=14,col=8,title=FH-DURATION%3A Projekttid::Projekttiden "
        "är 13 månader.\n"
        "::warning file=ans/mikro.yaml,line=12,col=1,title=FH-PARTNERS%3A Gärna partner::Inga "
        "partner.\n"
        "::error file=ans/mikro.yaml,title=FH-LEADER%3A Projektledare::Projektledare: kan inte "
        "bedömas eftersom organisation.project_leader saknas\n"
        "::notice file=ans/mikro.yaml,line=2,col=8,title=FH-INNOVATION%3A Nyskapande::Är "
        "projektet nyskapande?\n"
        "::debug::ans/ok.yaml sha256 " + std::string(64, 'a') + "\n"
        "::notice file=ans/ok.yaml,line=7,col=3,title=FH-LEADER%3A Projektledare::Projektledare: "
        "fyll i organisation.project_leader\n"
        "::notice file=ans/ok.yaml,line=2,col=8,title=FH-INNOVATION%3A Nyskapande::Är projektet "
        "nyskapande?\n"
        "::debug::ans/trasig.yaml sha256 " + std::string(64, 'b') + "\n"
        "::error file=ans/trasig.yaml,line=3,col=9,title=yaml-syntax::expected ':' after a key\n"
        "\n"
        "3 ansökningar: 1 godkänd, 1 underkänd, 1 oläsbar; 3 fel, 2 varningar, 1 att göra, "
        "2 punkter för handläggaren\n"
        "grantcheck: rules fh rules/fh.toml sha256 " + std::string(kRulesSha) + "\n");
}

TEST_CASE("github: '%', ':' and ',' in properties and '%' in messages are escaped as documented") {
  FormatFixture fx;
  fx.reports.resize(1);
  fx.reports[0].file = "ans/50%,a:b.yaml";
  fx.reports[0].findings = {Finding{.rule_id = "FH-DURATION",
                                    .status = Status::kFail,
                                    .title = "Tid: 100%, högst",
                                    .message = "50% klart: a, b",
                                    .pos = {3, 1}}};
  std::vector<std::string> lines = Lines(fx.Write("github"));
  CHECK(lines[1] ==
        "::error file=ans/50%25%2Ca%3Ab.yaml,line=3,col=1,title=FH-DURATION%3A Tid%3A 100%25%2C "
        "högst::50%25 klart: a, b");
}

TEST_CASE("github: a newline or carriage return can never end a command or start another") {
  FormatFixture fx;
  fx.reports.resize(1);
  fx.reports[0].sha256.clear();
  fx.reports[0].file = "a\r\n::error file=x::forged.yaml";
  fx.reports[0].findings = {Finding{.rule_id = "R\n1",
                                    .status = Status::kFail,
                                    .title = "t\r\n::warning::x",
                                    .message = "one\ntwo\r\n::error::forged\u2028three",
                                    .pos = {1, 1}}};
  std::vector<std::string> lines = Lines(fx.Write("github"));
  REQUIRE(lines.size() >= 3);
  CHECK(lines[0] ==
        "::error file=a  %3A%3Aerror file=x%3A%3Aforged.yaml,line=1,col=1,title=R 1%3A t  "
        "%3A%3Awarning%3A%3Ax::one two  ::error::forged three");
  CHECK(lines[1].empty());  // then the summary: nothing else was made a command
  for (size_t i = 1; i < lines.size(); ++i) CHECK_FALSE(lines[i].starts_with("::"));
}

TEST_CASE("github: --quiet leaves only what fails, passes are never printed") {
  FormatFixture fx;
  WriteOptions quiet = fx.Options();
  quiet.quiet = true;
  std::string out = fx.Write("github", quiet);
  CHECK(out.find("::notice") == std::string::npos);
  CHECK(out.find("::warning") == std::string::npos);
  CHECK(out.find("title=FH-DURATION") != std::string::npos);
  CHECK(fx.Write("github").find("ans/ok.yaml,line=9") == std::string::npos);  // the pass
}

}  // namespace
}  // namespace grantcheck::testing
