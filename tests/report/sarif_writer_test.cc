// Tests for the sarif format: validated with python3-jsonschema against a
// strict schema of the SARIF 2.1.0 we write, then rules, results and artifacts checked.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <cctype>
#include <set>
#include <string>

#include "report/format_fixture.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

constexpr const char* kSarifSchema = "tests/data/schemas/sarif-2.1.0-subset.schema.json";

json Sarif(const FormatFixture& fx) { return json::parse(fx.Write("sarif")); }

TEST_CASE("sarif: valid against the SARIF 2.1.0 schema of what grantcheck writes") {
  FormatFixture fx;
  TempDir dir;
  std::string file = dir.Write("run.sarif", fx.Write("sarif"));
  ToolResult valid = ValidateJson(kSarifSchema, {file});
  CHECK_MESSAGE(valid.status == 0, valid.output);
}

TEST_CASE("sarif: the schema rejects what SARIF forbids, so the check above means something") {
  TempDir dir;
  json doc = json::parse(FormatFixture().Write("sarif"));
  doc["runs"][0]["results"][0]["level"] = "none";  // a failure must have a level
  std::string bad_level = dir.Write("level.sarif", doc.dump());
  doc = json::parse(FormatFixture().Write("sarif"));
  doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0;
  std::string bad_line = dir.Write("line.sarif", doc.dump());
  CHECK(ValidateJson(kSarifSchema, {bad_level}).status == 1);
  CHECK(ValidateJson(kSarifSchema, {bad_line}).status == 1);
}

TEST_CASE("sarif: every rule of the program with id, title, source text and level") {
  FormatFixture fx;
  json driver = Sarif(fx)["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "grantcheck");
  CHECK(driver["version"] == GRANTCHECK_VERSION);
  json rules = driver["rules"];
  REQUIRE(rules.size() == 6);  // four of fh, then the two input problems seen
  CHECK(rules[0] == json::parse(R"json({
      "id": "fh/FH-DURATION", "name": "FhDuration",
      "shortDescription": {"text": "Projekttid"},
      "fullDescription": {"text": "Projektet kan pågå under max 12 månader."},
      "help": {
        "text": "Projekttid\n\n\"Projektet kan pågå under max 12 månader.\"\n\nrules/fh.toml (FH-DURATION, fh)",
        "markdown": "**Projekttid**\n\n> Projektet kan pågå under max 12 månader.\n\nrules/fh.toml (FH-DURATION, fh)"},
      "defaultConfiguration": {"level": "error"},
      "properties": {"program": "fh", "rule": "FH-DURATION", "severity": "error",
                     "ruleFile": "rules/fh.toml"}})json"));
  CHECK(rules[1]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[3]["defaultConfiguration"]["level"] == "note");
  CHECK(rules[4]["id"] == "app-unknown-key");
  CHECK(rules[4]["name"] == "AppUnknownKey");
  CHECK(rules[4]["properties"]["input"] == true);
  CHECK(rules[5]["id"] == "yaml-syntax");
}

TEST_CASE("sarif: every rule meets GitHub's rules: a name, full description and help") {
  FormatFixture fx;
  // The report lives through the loop: a range over a temporary's member dangles.
  const json sarif = Sarif(fx);
  for (const json& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    INFO(rule.dump());
    std::string name = rule["name"];
    CHECK(name != rule["id"]);
    CHECK((!name.empty() && std::isupper(static_cast<unsigned char>(name[0]))));
    CHECK(name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") ==
          std::string::npos);
    CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["help"]["markdown"].get<std::string>().empty());
  }
}

TEST_CASE("sarif: a rule id in two programs of one run is two rules, each id unique and stable") {
  FormatFixture fx;
  Program other = *fx.program;  // as a program that `extends` fh inherits its rules
  other.id = "fh-expo";
  other.file = "rules/fh-expo.toml";
  fx.run.rule_files.push_back(RuleFile{.program = &other, .path = other.file});
  AppReport expo = fx.reports[0];
  expo.file = "ans/expo.yaml";
  expo.program_id = "fh-expo";
  fx.reports.push_back(expo);
  json run = Sarif(fx)["runs"][0];
  std::set<std::string> ids;
  for (const json& rule : run["tool"]["driver"]["rules"]) CHECK(ids.insert(rule["id"]).second);
  CHECK(ids.contains("fh/FH-DURATION"));
  CHECK(ids.contains("fh-expo/FH-DURATION"));
  for (const json& result : run["results"]) {
    std::string file = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    if (file != "ans/expo.yaml" || result["ruleId"] != "fh-expo/FH-DURATION") continue;
    CHECK(run["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()]["id"] ==
          "fh-expo/FH-DURATION");
  }
  // The id of fh's rule is the same whether or not another program is in the run.
  fx.reports.pop_back();
  CHECK(Sarif(fx)["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "fh/FH-DURATION");
}

TEST_CASE("sarif: help Markdown from rule files makes no link or HTML") {
  FormatFixture fx;
  fx.program->rules[0].source = "Se www.example.se och <b>https://x.se</b> [a](b)";
  json rule = Sarif(fx)["runs"][0]["tool"]["driver"]["rules"][0];
  CHECK(rule["help"]["markdown"].get<std::string>().find(
            "> Se www\\.example.se och &lt;b&gt;https\\://x.se&lt;/b&gt; \\[a\\](b)") !=
        std::string::npos);
}

TEST_CASE("sarif: rule titles follow --lang") {
  FormatFixture fx;
  WriteOptions en = fx.Options();
  en.lang = "en";
  json rules = json::parse(fx.Write("sarif", en))["runs"][0]["tool"]["driver"]["rules"];
  CHECK(rules[0]["shortDescription"]["text"] == "Project period");
}

TEST_CASE("sarif: results for what a reader sees, at their lines, with kind and level") {
  FormatFixture fx;
  json run = Sarif(fx)["runs"][0];
  json results = run["results"];
  REQUIRE(results.size() == 8);  // 5 + 2 (pass and not_applicable left out) + 1
  json duration = results[1];
  CHECK(duration["ruleId"] == "fh/FH-DURATION");
  CHECK(run["tool"]["driver"]["rules"][duration["ruleIndex"].get<int>()]["id"] == "fh/FH-DURATION");
  CHECK(duration["kind"] == "fail");
  CHECK(duration["level"] == "error");
  CHECK(duration["message"]["text"] == "Projekttiden är 13 månader.");
  CHECK(duration["locations"][0]["physicalLocation"] == json::parse(R"({
      "artifactLocation": {"uri": "ans/mikro.yaml", "index": 0},
      "region": {"startLine": 14, "startColumn": 8}})"));
  json unknown = results[3];
  CHECK(unknown["kind"] == "fail");
  CHECK(unknown["properties"]["missing"] == "organisation.project_leader");
  CHECK_FALSE(unknown["locations"][0]["physicalLocation"].contains("region"));
  CHECK(results[4]["kind"] == "review");
  CHECK(results[4]["level"] == "none");
  CHECK(results[5]["kind"] == "open");  // the to-do
  CHECK(results[7]["ruleId"] == "yaml-syntax");
  CHECK(results[7]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 2);
}

TEST_CASE("sarif: artifacts with SHA-256: the applications, then the rule file") {
  FormatFixture fx;
  json artifacts = Sarif(fx)["runs"][0]["artifacts"];
  REQUIRE(artifacts.size() == 4);
  CHECK(artifacts[0] == json::parse(R"({"location": {"uri": "ans/mikro.yaml"},
      "roles": ["analysisTarget"],
      "hashes": {"sha-256": "1111111111111111111111111111111111111111111111111111111111111111"}})"));
  CHECK(artifacts[3]["location"]["uri"] == "rules/fh.toml");
  CHECK(artifacts[3]["hashes"]["sha-256"] == std::string(kRulesSha));
}

TEST_CASE("sarif: paths become URI references, the same file twice is one artifact") {
  FormatFixture fx;
  fx.reports[0].file = "ansökningar/Höganäs 1.yaml";
  fx.reports[1].file = "<stdin>";
  fx.reports[2].file = "ansökningar/Höganäs 1.yaml";
  json run = Sarif(fx)["runs"][0];
  CHECK(run["artifacts"][0]["location"]["uri"] == "ans%C3%B6kningar/H%C3%B6gan%C3%A4s%201.yaml");
  CHECK(run["artifacts"][1]["location"]["uri"] == "%3Cstdin%3E");
  CHECK(run["artifacts"].size() == 3);  // two applications and the rule file
  CHECK(run["results"][7]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 0);
  fx.reports[0].file = "/srv/ansokningar/a.yaml";
  CHECK(Sarif(fx)["runs"][0]["artifacts"][0]["location"]["uri"] == "file:///srv/ansokningar/a.yaml");
}

TEST_CASE("sarif: two runs give the same bytes, with no time in them") {
  FormatFixture fx;
  std::string first = fx.Write("sarif");
  CHECK(first == fx.Write("sarif"));
  CHECK(first.find("Utc") == std::string::npos);
  CHECK(first.find("invocations") == std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
