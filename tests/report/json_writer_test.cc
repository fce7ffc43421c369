// Tests for the json format: the output is parsed back and every key checked,
// every finding is there in the report's order, and bad text never breaks it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

using nlohmann::json;

std::vector<AppReport> Run() {
  AppReport failing{
      .file = "ans/mikro.yaml",
      .program_id = "familjen-helsingborg",
      .language = "sv",
      .findings = {
          Finding{.rule_id = "FH-DURATION",
                  .status = Status::kFail,
                  .title = "Projekttid högst 12 månader",
                  .message = "Projekttiden är 13 månader.",
                  .path = "period.end",
                  .pos = {14, 8}},
          Finding{.rule_id = "FH-MEMBERS",
                  .status = Status::kPass,
                  .title = "Minst tre kommuner",
                  .path = "municipalities",
                  .pos = {5, 3}},
          Finding{.rule_id = "FH-DECISION",
                  .status = Status::kUnknown,
                  .message = "Beslutsdatum: kan inte bedömas eftersom decision_date saknas",
                  .path = "decision_date",
                  .missing = "decision_date"},
          Finding{.rule_id = "FH-HALFTIME", .status = Status::kNotApplicable, .pos = {20, 3}},
          Finding{.rule_id = "FH-BUDGET-SUM",
                  .severity = Severity::kWarning,
                  .status = Status::kFail,
                  .pos = {30, 5}},
          Finding{.rule_id = "FH-INNOVATION",
                  .severity = Severity::kReview,
                  .status = Status::kReview,
                  .pos = {2, 8}},
      }};
  AppReport passing{
      .file = "ans/ok.yaml",
      .program_id = "familjen-helsingborg",
      .language = "sv",
      .findings = {Finding{.rule_id = "FH-LEADER", .status = Status::kTodo, .pos = {7, 0}}}};
  AppReport broken{.file = "ans/trasig.yaml",
                   .findings = {Finding{.rule_id = "yaml-syntax",
                                        .status = Status::kError,
                                        .message = "expected ':' after a key",
                                        .pos = {3, 9},
                                        .from_input = true}},
                   .input_error = true};
  return {failing, passing, broken};
}

std::string Write(const std::vector<AppReport>& reports, const WriteOptions& options = {}) {
  const Format* format = FindCheckFormat("json");
  REQUIRE(format != nullptr);
  std::ostringstream out;
  format->write(reports, options, out);
  return out.str();
}

json Parse(const std::string& text) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  REQUIRE_MESSAGE(!doc.is_discarded(), text);
  return doc;
}

TEST_CASE("report: json is one indented document ending in a newline") {
  std::string out = Write(Run());
  CHECK(out.starts_with("{\n  \"tool\": {\n    \"name\": \"grantcheck\",\n"));
  CHECK(out.ends_with("}\n"));
  CHECK(out.find("Höganäs") == std::string::npos);  // nothing in Run() has it
  json doc = Parse(out);
  CHECK(doc["tool"]["name"] == "grantcheck");
  CHECK(doc["tool"]["version"] == GRANTCHECK_VERSION);
  CHECK(doc.size() == 3);
}

TEST_CASE("report: json applications carry file, program, language and verdict") {
  json apps = Parse(Write(Run()))["applications"];
  REQUIRE(apps.size() == 3);
  CHECK(apps[0]["file"] == "ans/mikro.yaml");
  CHECK(apps[0]["program"] == "familjen-helsingborg");
  CHECK(apps[0]["language"] == "sv");
  CHECK(apps[0]["status"] == "fail");
  CHECK(apps[1]["status"] == "pass");
  CHECK(apps[2]["status"] == "input_error");
  CHECK(apps[2]["program"].is_null());
  CHECK(apps[2]["language"].is_null());
}

TEST_CASE("report: json lists every finding, in the report's order") {
  json findings = Parse(Write(Run()))["applications"][0]["findings"];
  REQUIRE(findings.size() == 6);
  std::vector<std::string> rules, statuses;
  for (const json& f : findings) {
    rules.push_back(f["rule"]);
    statuses.push_back(f["status"]);
  }
  CHECK(rules == std::vector<std::string>{"FH-DURATION", "FH-MEMBERS", "FH-DECISION", "FH-HALFTIME",
                                          "FH-BUDGET-SUM", "FH-INNOVATION"});
  CHECK(statuses ==
        std::vector<std::string>{"fail", "pass", "unknown", "not_applicable", "fail", "review"});
}

TEST_CASE("report: json finding keys, nulls for what is unknown") {
  json apps = Parse(Write(Run()))["applications"];
  json duration = apps[0]["findings"][0];
  CHECK(duration == json::parse(R"({
      "rule": "FH-DURATION", "severity": "error", "status": "fail",
      "title": "Projekttid högst 12 månader", "message": "Projekttiden är 13 månader.",
      "path": "period.end", "line": 14, "column": 8, "missing": null, "input": false,
      "acknowledged": null, "routine": false})"));
  json decision = apps[0]["findings"][2];
  CHECK(decision["line"].is_null());
  CHECK(decision["column"].is_null());
  CHECK(decision["missing"] == "decision_date");
  CHECK(decision["title"] == "");
  CHECK(apps[0]["findings"][4]["severity"] == "warning");
  CHECK(apps[0]["findings"][5]["severity"] == "review");
  json leader = apps[1]["findings"][0];
  CHECK(leader["line"] == 7);
  CHECK(leader["column"].is_null());
  CHECK(leader["status"] == "todo");
  json syntax = apps[2]["findings"][0];
  CHECK(syntax["input"] == true);
  CHECK(syntax["status"] == "error");
}

TEST_CASE("report: json summary counts, and --fail-on moves the verdicts") {
  CHECK(Parse(Write(Run()))["summary"] == json::parse(R"({
      "applications": 3, "passed": 1, "failed": 1, "input_errors": 1,
      "errors": 3, "warnings": 1, "todos": 1, "review": 1, "attention": 1})"));
  json strict = Parse(Write(Run(), WriteOptions{.fail_on = Severity::kWarning}));
  CHECK(strict["summary"]["passed"] == 1);  // ok.yaml has no warning
  CHECK(strict["applications"][1]["status"] == "pass");
  json empty = Parse(Write({}));
  CHECK(empty["applications"] == json::array());
  CHECK(empty["summary"]["applications"] == 0);
}

TEST_CASE("report: json keeps Swedish text and neutralises controls and bad UTF-8") {
  std::vector<AppReport> odd = {
      AppReport{.file = "Höganäs.yaml",
                .language = "sv",
                .findings = {Finding{.rule_id = "X",
                                     .status = Status::kFail,
                                     .message = "bad \xff\xfe byte, \x1b[31mred\x1b[0m\nnext",
                                     .path = "municipalities[0]"}}}};
  std::string out;
  REQUIRE_NOTHROW(out = Write(odd));
  CHECK(out.find("Höganäs.yaml") != std::string::npos);  // UTF-8 as is, not \u escapes
  json doc = Parse(out);
  CHECK(doc["applications"][0]["file"] == "Höganäs.yaml");
  CHECK(doc["applications"][0]["findings"][0]["message"] ==
        "bad \xEF\xBF\xBD\xEF\xBF\xBD byte, \xEF\xBF\xBD[31mred\xEF\xBF\xBD[0m next");
}

// Every two-byte sequence, well formed or not, between plain text and around a
// quote: the line holds what StripControl keeps, escaped as nlohmann escapes it.
TEST_CASE("report: json text of every two-byte sequence is StripControl's, escaped") {
  for (int a = 0x80; a < 0x100; ++a) {
    std::string message;
    for (int b = 0; b < 0x100; ++b) {
      message += "x";
      message += static_cast<char>(a);
      message += static_cast<char>(b);
      message += b % 3 == 0 ? "\"" : "é";
    }
    std::vector<AppReport> one = {AppReport{
        .file = "a.yaml",
        .findings = {Finding{.rule_id = "X", .status = Status::kFail, .message = message}}}};
    CAPTURE(a);
    json doc = Parse(Write(one));
    CHECK(doc["applications"][0]["findings"][0]["message"] == StripControl(message));
  }
}

}  // namespace
}  // namespace grantcheck
