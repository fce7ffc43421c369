// Tests for the github format: whole lines pinned, and GitHub's documented
// escaping of workflow commands ('%', CR, LF; ':' and ',' in properties) checked.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("github: errors first, then warnings, then notices, then the summary and rule file") {
  FormatFixture fx;
  CHECK(fx.Write("github") ==
        "::debug::ans/mikro.yaml sha256 " + std::string(kMikroSha) + "\n"
        "::debug::ans/ok.yaml sha256 " + std::string(64, 'a') + "\n"
        "::debug::ans/trasig.yaml sha256 " + std::string(64, 'b') + "\n"
        "::error file=ans/mikro.yaml,line=14,col=8,title=FH-DURATION%3A Projekttid::Projekttiden "
        "är 13 månader.\n"
        "::error file=ans/mikro.yaml,title=FH-LEADER%3A Projektledare::Projektledare: kan inte "
        "bedömas eftersom organisation.project_leader saknas\n"
        "::error file=ans/trasig.yaml,line=3,col=9,title=yaml-syntax::expected ':' after a key\n"
        "::warning file=ans/mikro.yaml,line=4,col=1,title=app-unknown-key::unknown key 'sumary'; "
        "did you mean 'summary'?\n"
        "::warning file=ans/mikro.yaml,line=12,col=1,title=FH-PARTNERS%3A Gärna partner::Inga "
        "partner.\n"
        "::notice file=ans/mikro.yaml,line=2,col=8,title=FH-INNOVATION%3A Nyskapande::Är "
        "projektet nyskapande?\n"
        "::notice file=ans/ok.yaml,line=7,col=3,title=FH-LEADER%3A Projektledare::Projektledare: "
        "fyll i organisation.project_leader\n"
        "::notice file=ans/ok.yaml,line=2,col=8,title=FH-INNOVATION%3A Nyskapande::Är projektet "
        "nyskapande?\n"
        "\n"
        "3 ansökningar: 1 godkänd, 1 underkänd, 1 oläsbar; 3 fel, 2 varningar, 1 att göra, "
        "2 kräver din uppmärksamhet\n"
        "grantcheck: rules fh rules/fh.toml sha256 " + std::string(kRulesSha) + "\n");
}

// `n` findings of `status` and `severity` in `file`, rules R1..Rn, on lines 1..n.
AppReport Many(const std::string& file, int n, Status status, Severity severity) {
  AppReport r{.file = file, .program_id = "fh", .language = "sv"};
  for (int i = 1; i <= n; ++i) {
    r.findings.push_back(Finding{.rule_id = "R" + std::to_string(i),
                                 .severity = severity,
                                 .status = status,
                                 .message = "m" + std::to_string(i),
                                 .pos = {i, 1}});
  }
  return r;
}

size_t Count(const std::vector<std::string>& lines, const std::string& prefix) {
  size_t n = 0;
  for (const std::string& line : lines) n += line.starts_with(prefix);
  return n;
}

TEST_CASE("github: past GitHub's 10 annotations of a kind, the rest is one annotation per file") {
  FormatFixture fx;
  fx.reports = {Many("a.yaml", 12, Status::kFail, Severity::kError),
                Many("b.yaml", 3, Status::kFail, Severity::kError),
                Many("c.yaml", 2, Status::kFail, Severity::kWarning)};
  std::vector<std::string> lines = Lines(fx.Write("github"));
  // 8 one by one, and room left for a summary of each of the two files.
  CHECK(lines[7] == "::error file=a.yaml,line=8,col=1,title=R8::m8");
  CHECK(std::find(lines.begin(), lines.end(),
                  "::error file=a.yaml,title=grantcheck::Fler i filen än GitHub visar: 4 fel "
                  "(R9, R10, R11, R12)") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(),
                  "::error file=b.yaml,title=grantcheck::Fler i filen än GitHub visar: 3 fel "
                  "(R1, R2, R3)") != lines.end());
  CHECK(lines[8].starts_with("::error file=a.yaml,title=grantcheck::"));
  CHECK(lines[9].starts_with("::error file=b.yaml,title=grantcheck::"));
  // Then the rest one by one, which GitHub's log still shows: every finding is there.
  CHECK(lines[10] == "::error file=a.yaml,line=9,col=1,title=R9::m9");
  CHECK(Count(lines, "::error file=a.yaml,line=") == 12);
  CHECK(Count(lines, "::error file=b.yaml,line=") == 3);
  CHECK(lines[16] == "::error file=b.yaml,line=3,col=1,title=R3::m3");
  // Warnings are within their own limit, and follow the errors.
  CHECK(lines[17].starts_with("::warning "));
  CHECK(Count(lines, "::warning file=c.yaml,line=") == 2);
}

TEST_CASE("github: with more files than the limit, each file gets one summary annotation") {
  FormatFixture fx;
  fx.reports.clear();
  for (int i = 0; i < 11; ++i) {
    fx.reports.push_back(Many("f" + std::to_string(i) + ".yaml", 2, Status::kReview,
                              Severity::kReview));
  }
  fx.reports[0].findings[1].status = Status::kTodo;
  WriteOptions en = fx.Options();
  en.lang = "en";
  std::vector<std::string> lines = Lines(fx.Write("github", en));
  CHECK(Count(lines, "::notice file=") == 11 + 22);  // the summaries first, then each
  CHECK(Count(lines, "::notice file=f3.yaml,title=grantcheck::") == 1);
  CHECK(lines[10].starts_with("::notice file=f10.yaml,title=grantcheck::"));
  CHECK(lines[11] == "::notice file=f0.yaml,line=1,col=1,title=R1::m1");
  CHECK(std::find(lines.begin(), lines.end(),
                  "::notice file=f0.yaml,title=grantcheck::More in this file than GitHub shows: "
                  "1 review item, 1 to-do (R1, R2)") != lines.end());
}

TEST_CASE("github: at the limit exactly, every annotation is one by one, with no summary") {
  FormatFixture fx;
  fx.reports = {Many("a.yaml", 10, Status::kFail, Severity::kWarning)};
  std::vector<std::string> lines = Lines(fx.Write("github"));
  CHECK(Count(lines, "::warning file=a.yaml,line=") == 10);
  CHECK(Count(lines, "::warning file=a.yaml,title=grantcheck") == 0);
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
