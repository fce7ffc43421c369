// Tests for the gitlab format: valid against GitLab's documented Code Quality
// format, severities and lines as GitLab reads them, fingerprints stable and unique.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "report/format_fixture.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

constexpr const char* kSchema = "tests/data/schemas/gitlab-code-quality.schema.json";

json Issues(const FormatFixture& fx) { return json::parse(fx.Write("gitlab")); }

TEST_CASE("gitlab: valid against GitLab's documented Code Quality format") {
  FormatFixture fx;
  TempDir dir;
  std::string file = dir.Write("gl-code-quality.json", fx.Write("gitlab"));
  ToolResult valid = ValidateJson(kSchema, {file});
  CHECK_MESSAGE(valid.status == 0, valid.output);
}

TEST_CASE("gitlab: the schema rejects what GitLab cannot read, so the check above means something") {
  TempDir dir;
  json doc = Issues(FormatFixture());
  doc[0]["severity"] = "error";  // not one of GitLab's severities
  std::string bad_severity = dir.Write("severity.json", doc.dump());
  doc = Issues(FormatFixture());
  doc[0]["location"].erase("lines");
  std::string no_line = dir.Write("line.json", doc.dump());
  CHECK(ValidateJson(kSchema, {bad_severity}).status == 1);
  CHECK(ValidateJson(kSchema, {no_line}).status == 1);
}

TEST_CASE("gitlab: one issue per finding a reader is shown, with GitLab's severity and line") {
  FormatFixture fx;
  json issues = Issues(fx);
  REQUIRE(issues.size() == 8);  // as sarif: pass and not_applicable are left out
  json duration = issues[1];
  CHECK(duration["description"] == "Projekttiden är 13 månader.");
  CHECK(duration["check_name"] == "fh/FH-DURATION");
  CHECK(duration["severity"] == "blocker");
  CHECK(duration["location"] == json::parse(R"({"path": "ans/mikro.yaml", "lines": {"begin": 14}})"));
  CHECK(issues[0]["check_name"] == "app-unknown-key");  // a problem in the file itself
  CHECK(issues[2]["severity"] == "minor");              // the warning
  CHECK(issues[3]["location"]["lines"]["begin"] == 1);  // no position: the first line
  CHECK(issues[4]["severity"] == "info");               // review
  CHECK(issues[5]["severity"] == "info");               // to-do
  CHECK(issues[7]["check_name"] == "yaml-syntax");
}

TEST_CASE("gitlab: --quiet leaves only what fails, and nothing to show is an empty array") {
  FormatFixture fx;
  WriteOptions quiet = fx.Options();
  quiet.quiet = true;
  CHECK(json::parse(fx.Write("gitlab", quiet)).size() == 3);
  fx.reports.clear();
  CHECK(fx.Write("gitlab") == "[]\n");
}

TEST_CASE("gitlab: fingerprints are unique, stable across runs and independent of ./ in paths") {
  FormatFixture fx;
  Finding again = fx.reports[0].findings[0];  // a second unknown key in the same file
  again.pos = {6, 1};
  fx.reports[0].findings.push_back(again);
  json first = Issues(fx);
  std::set<std::string> prints;
  for (const json& issue : first) prints.insert(issue["fingerprint"].get<std::string>());
  CHECK(prints.size() == first.size());
  CHECK(Issues(fx) == first);
  for (AppReport& r : fx.reports) r.file = "./" + r.file;
  fx.reports[1].file = "ans/../ans/ok.yaml";
  json dotted = Issues(fx);
  CHECK(dotted == first);  // same paths, same fingerprints
  // A finding that moves to another line is the same finding.
  fx.reports[0].findings[1].pos = {20, 8};
  CHECK(Issues(fx)[1]["fingerprint"] == first[1]["fingerprint"]);
}

TEST_CASE("gitlab: control characters and bad UTF-8 from files never reach the JSON") {
  FormatFixture fx;
  fx.reports[0].file = "a\x1b[2J\nb.yaml";
  fx.reports[0].findings[1].message = "x\x01y\xff";
  std::string out = fx.Write("gitlab");
  CHECK(json::accept(out));
  json issues = json::parse(out);
  CHECK(issues[1]["location"]["path"] == "a\xEF\xBF\xBD[2J b.yaml");
  CHECK(issues[1]["description"] == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
}

}  // namespace
}  // namespace grantcheck::testing
