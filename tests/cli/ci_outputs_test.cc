// What a CI job does with `grantcheck check`: several reports in one run over
// the bundled examples, each opened by a real consumer (jsonschema, xmllint).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <utility>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

constexpr const char* kOfficialSarif = "tests/data/schemas/sarif-schema-2.1.0.json";
constexpr const char* kSubsetSarif = "tests/data/schemas/sarif-2.1.0-subset.schema.json";
constexpr const char* kJunitXsd = "tests/data/schemas/junit.xsd";

// The applications below examples/, as `check examples/` finds them: not the
// CI files in examples/ci/, which are hidden.
size_t ExampleCount() {
  size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SourcePath("examples"))) {
    std::string path = e.path().string();
    if (e.path().extension() == ".yaml" && path.find("/.") == std::string::npos) ++n;
  }
  return n;
}

std::string XPath(const std::string& file, const std::string& expr) {
  ToolResult r = RunTool("xmllint --xpath \"" + expr + "\" '" + file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  while (!r.output.empty() && r.output.back() == '\n') r.output.pop_back();
  return r.output;
}

// One run, as the example workflow runs it: text on standard output (its
// --output is "-"), the rest to files.
struct CiRun {
  TempDir dir;
  CliResult result;

  CiRun() {
    result = RunCli("check --today 2025-11-23 --format text --format sarif='" +
                    dir.File("out.sarif") + "' --format junit='" + dir.File("junit.xml") +
                    "' --format json --output - --output '" + dir.File("out.json") + "' examples/");
  }
  json Json(const std::string& name) const { return json::parse(ReadFile(dir.File(name))); }
};

TEST_CASE("ci: one run writes text, SARIF, JUnit and JSON, exit 1 for the failing examples") {
  CiRun run;
  CHECK(run.result.status == 1);
  CHECK(run.result.out.find("examples/fails.yaml:31:8: error FH-DURATION") != std::string::npos);
  std::set<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(run.dir.path())) {
    files.insert(e.path().filename().string());
  }
  // Each written whole and renamed into place: no temporary file is left.
  CHECK(files == std::set<std::string>{"junit.xml", "out.json", "out.sarif"});
  CHECK(run.Json("out.json")["summary"]["applications"] == ExampleCount());
}

TEST_CASE("ci: the SARIF of every example validates against the official 2.1.0 schema") {
  CiRun run;
  std::string sarif = run.dir.File("out.sarif");
  ToolResult official = ValidateJson(kOfficialSarif, {sarif});
  CHECK_MESSAGE(official.status == 0, official.output);
  ToolResult subset = ValidateJson(kSubsetSarif, {sarif});
  CHECK_MESSAGE(subset.status == 0, subset.output);
}

TEST_CASE("ci: the official SARIF schema rejects a broken log, so the check above means something") {
  CiRun run;
  json doc = run.Json("out.sarif");
  doc["runs"][0]["results"][0]["level"] = "fatal";
  doc["runs"][0]["tool"]["driver"]["rules"].push_back(doc["runs"][0]["tool"]["driver"]["rules"][0]);
  std::string bad = run.dir.Write("bad.sarif", doc.dump());
  ToolResult r = ValidateJson(kOfficialSarif, {bad});
  CHECK(r.status == 1);
  CHECK(r.output.find("'fatal' is not one of") != std::string::npos);
  CHECK(r.output.find("non-unique elements") != std::string::npos);
}

TEST_CASE("ci: SARIF rules are each program's rules and batch rules once, results point at theirs") {
  CiRun run;
  json log = run.Json("out.sarif");
  json rules = log["runs"][0]["tool"]["driver"]["rules"];
  std::set<std::pair<std::string, std::string>> seen;
  for (const json& rule : rules) {
    std::string program = rule["properties"].value("program", "");
    std::string id = rule["properties"].value("rule", rule["id"].get<std::string>());
    CHECK_MESSAGE(seen.insert({program, id}).second, rule.dump());
    CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
  }
  // One run over several programs: FH-DURATION is in two (through `extends`),
  // yet every rule id in the run is unique, as code scanning keys alerts by it.
  std::set<std::string> ids;
  for (const json& rule : rules) CHECK_MESSAGE(ids.insert(rule["id"]).second, rule["id"]);
  CHECK(ids.contains("familjen-helsingborg/FH-DURATION"));
  CHECK(ids.contains("familjen-helsingborg-expoframtid/FH-DURATION"));
  // OST-PRIORITY-ORDER is a batch rule of the Østfold program, not an input problem.
  CHECK(seen.contains({"ostfold-prosjektskjonn-2018", "OST-PRIORITY-ORDER"}));
  CHECK_FALSE(seen.contains({"", "OST-PRIORITY-ORDER"}));
  size_t with_region = 0;
  for (const json& result : log["runs"][0]["results"]) {
    CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
    with_region += result["locations"][0]["physicalLocation"].contains("region");
  }
  CHECK(with_region > 0);
  // The same input gives the same bytes.
  CiRun again;
  CHECK(ReadFile(again.dir.File("out.sarif")) == ReadFile(run.dir.File("out.sarif")));
}

TEST_CASE("ci: the JUnit report is valid and counts what the JSON report says") {
  CiRun run;
  std::string xml = run.dir.File("junit.xml");
  ToolResult valid = XmlLint(xml, kJunitXsd);
  CHECK_MESSAGE(valid.status == 0, valid.output);
  json report = run.Json("out.json");
  size_t apps = report["applications"].size();
  CHECK(XPath(xml, "count(//testsuite)") == std::to_string(apps));
  // A failure per finding that fails at --fail-on error in a readable file.
  size_t failing = 0, cases = 0;
  for (const json& app : report["applications"]) {
    cases += app["findings"].size();
    if (app["status"] == "input_error") continue;
    for (const json& f : app["findings"]) {
      std::string status = f["status"];
      failing += f["severity"] == "error" &&
                 (status == "fail" || status == "unknown" || status == "error");
    }
  }
  CHECK(XPath(xml, "string(/testsuites/@failures)") == std::to_string(failing));
  CHECK(XPath(xml, "count(//failure)") == std::to_string(failing));
  CHECK(XPath(xml, "string(/testsuites/@tests)") == std::to_string(cases));
  CHECK(XPath(xml, "string(//testcase[@classname='examples/fails.yaml'][@name='FH-DURATION']/failure)")
            .starts_with("examples/fails.yaml:31:8: error FH-DURATION: "));
  ToolResult jenkins = XmlLint(xml, "tests/data/schemas/junit-10.xsd");
  CHECK_MESSAGE(jenkins.status == 0, jenkins.output);
}

TEST_CASE("ci: --format and --output pair up in order, bad pairs are usage errors") {
  TempDir dir;
  std::string a = dir.File("a.json"), b = dir.File("b.md");
  CliResult r = RunCli("check --format json --format markdown --output '" + a + "' --output '" + b +
                       "' examples/passes.yaml");
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(json::parse(ReadFile(a))["summary"]["passed"] == 1);
  CHECK(ReadFile(b).starts_with("## grantcheck\n"));
  CHECK(RunCli("check --format json --output x.json --output y.json examples/passes.yaml").status ==
        2);
  CHECK(RunCli("check --format json --format sarif examples/passes.yaml").err.find(
            "only one output can go to standard output") != std::string::npos);
  // An output that cannot be written stops the run before any application is read.
  CliResult nowhere = RunCli("check --format sarif=/nonexistent/dir/x.sarif examples/passes.yaml");
  CHECK(nowhere.status == 2);
  CHECK(nowhere.out.empty());
}

TEST_CASE("ci: GitHub annotations carry file, line, col and title, warnings are ::warning") {
  CliResult r = RunCli("check --format github examples/fails.yaml examples/ostfold-fails.yaml");
  CHECK(r.status == 1);
  CHECK(r.out.find("::error file=examples/fails.yaml,line=31,col=8,title=FH-DURATION%3A ") !=
        std::string::npos);
  CHECK(r.out.find("::warning file=examples/") != std::string::npos);
  CHECK(r.out.find("grantcheck: rules familjen-helsingborg ") != std::string::npos);
}

TEST_CASE("ci: check examples/ leaves out the hidden CI files in examples/ci/") {
  REQUIRE(std::filesystem::exists(SourcePath("examples/ci/.gitlab-ci.yml")));
  REQUIRE(std::filesystem::exists(SourcePath("examples/ci/.github/workflows/grantcheck.yml")));
  REQUIRE(std::filesystem::exists(SourcePath("examples/ci/.pre-commit-config.yaml")));
  CliResult r = RunCli("check --format jsonl examples/");
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == static_cast<long>(ExampleCount()));
  CHECK(r.out.find("examples/ci/") == std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
