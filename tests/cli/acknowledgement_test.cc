// Acknowledging a finding end to end: an application's `acknowledged:` list,
// what each report format shows, and what can never be acknowledged.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// examples/passes.yaml asking for 10 000 less than its budget lines add up
// to: FH-BUDGET-SUM, a warning, and nothing else fails.
std::string WarningApplication() {
  std::string text = ReadFile(SourcePath("examples/passes.yaml"));
  const std::string requested = "requested: 720000";
  REQUIRE(Has(text, requested));
  return text.replace(text.find(requested), requested.size(), "requested: 710000");
}

// `application` with `entries` (YAML list items) as its acknowledged list,
// written to `dir`; the entries start on line `*first_line`.
std::string WithAcknowledged(const TempDir& dir, const std::string& application,
                             const std::string& entries, int* first_line = nullptr) {
  int lines = 0;
  for (char c : application) lines += c == '\n';
  if (first_line != nullptr) *first_line = lines + 2;
  return dir.Write("ansokan.yaml", application + "acknowledged:\n" + entries);
}

const std::string kBudgetAck =
    "  - rule: FH-BUDGET-SUM\n    reason: \"Sponsring från <b>Sparbanken</b> kommer i maj\"\n";

TEST_CASE("acknowledgement: a warning no longer fails --fail-on warning, and shows its reason") {
  TempDir dir;
  std::string plain = dir.Write("plain.yaml", WarningApplication());
  CliResult before = RunCli("check --fail-on warning '" + plain + "'");
  CHECK(before.status == 1);
  CHECK(Has(before.out, "warning FH-BUDGET-SUM: "));
  std::string acked = WithAcknowledged(dir, WarningApplication(), kBudgetAck);
  CliResult after = RunCli("check --fail-on warning '" + acked + "'");
  CHECK_MESSAGE(after.status == 0, after.out);
  CHECK(Has(after.out, "warning FH-BUDGET-SUM: "));
  CHECK(Has(after.out, " (kvitterad: Sponsring från <b>Sparbanken</b> kommer i maj)\n"));
  CliResult en = RunCli("check --lang en --fail-on warning '" + acked + "'");
  CHECK(Has(en.out, " (acknowledged: Sponsring från <b>Sparbanken</b> kommer i maj)\n"));
  // --quiet shows what fails, which an acknowledged finding no longer does.
  CHECK_FALSE(Has(RunCli("check --quiet --fail-on warning '" + acked + "'").out, "FH-BUDGET-SUM"));
}

TEST_CASE("acknowledgement: every format shows it by its own convention") {
  TempDir dir;
  std::string acked = WithAcknowledged(dir, WarningApplication(), kBudgetAck);
  const std::string reason = "Sponsring från <b>Sparbanken</b> kommer i maj";
  std::string args =
      "check --fail-on warning --format json=" + dir.File("r.json") +
      " --format sarif=" + dir.File("r.sarif") + " --format junit=" + dir.File("r.xml") +
      " --format github=" + dir.File("r.github") + " --format gitlab=" + dir.File("r.gitlab") +
      " --format markdown=" + dir.File("r.md") + " --format jsonl=" + dir.File("r.jsonl") + " '" +
      acked + "'";
  REQUIRE(RunCli(args).status == 0);
  auto find_rule = [](const json& findings, const std::string& rule) {
    for (const json& f : findings) {
      if (f["rule"] == rule) return f;
    }
    return json();
  };
  json report = json::parse(ReadFile(dir.File("r.json")));
  json finding = find_rule(report["applications"][0]["findings"], "FH-BUDGET-SUM");
  CHECK(finding["acknowledged"] == reason);
  CHECK(find_rule(report["applications"][0]["findings"], "FH-DURATION")["acknowledged"].is_null());
  CHECK(report["applications"][0]["status"] == "pass");
  json line = json::parse(
      ReadFile(dir.File("r.jsonl")).substr(0, ReadFile(dir.File("r.jsonl")).find('\n')));
  CHECK(find_rule(line["findings"], "FH-BUDGET-SUM")["acknowledged"] == reason);

  json sarif = json::parse(ReadFile(dir.File("r.sarif")));
  bool suppressed = false;
  for (const json& r : sarif["runs"][0]["results"]) {
    if (r["ruleId"] != "familjen-helsingborg/FH-BUDGET-SUM") {
      CHECK_FALSE(r.contains("suppressions"));
      continue;
    }
    CHECK(r["suppressions"] ==
          json::parse(R"([{"kind": "inSource", "justification": ")" + reason + "\"}]"));
    suppressed = true;
  }
  CHECK(suppressed);
  ToolResult sarif_valid =
      ValidateJson("tests/data/schemas/sarif-schema-2.1.0.json", {dir.File("r.sarif")});
  CHECK_MESSAGE(sarif_valid.status == 0, sarif_valid.output);

  // JUnit: a case skipped with the reason, not a failure; still valid for Jenkins.
  ToolResult skipped =
      RunTool("xmllint --xpath \"string(//testcase[@name='FH-BUDGET-SUM']/skipped/@message)\" '" +
              dir.File("r.xml") + "'");
  CHECK(Has(skipped.output, "(kvitterad: " + reason + ")"));
  CHECK(RunTool("xmllint --xpath \"//testcase[@name='FH-BUDGET-SUM']/failure\" '" +
                dir.File("r.xml") + "'")
            .status != 0);
  ToolResult jenkins = XmlLint(dir.File("r.xml"), "tests/data/schemas/junit-10.xsd");
  CHECK_MESSAGE(jenkins.status == 0, jenkins.output);

  // GitHub: information now, a notice; GitLab: severity info.
  std::string github = ReadFile(dir.File("r.github"));
  CHECK(Has(github, "::notice file="));
  CHECK_FALSE(Has(github, "::warning "));
  CHECK(Has(github, "(kvitterad: " + reason + ")"));
  json gitlab = json::parse(ReadFile(dir.File("r.gitlab")));
  REQUIRE(gitlab.size() >= 1);
  for (const json& issue : gitlab) {
    if (issue["check_name"] != "familjen-helsingborg/FH-BUDGET-SUM") continue;
    CHECK(issue["severity"] == "info");
    CHECK(Has(issue["description"], "(kvitterad: " + reason + ")"));
  }
  // Markdown: the reason beside the message, inert as every text from a file.
  std::string md = ReadFile(dir.File("r.md"));
  CHECK(Has(md, "(kvitterad: Sponsring från &lt;b&gt;Sparbanken&lt;/b&gt; kommer i maj) |"));
}

TEST_CASE("acknowledgement: an error can never be acknowledged, and trying is an error") {
  TempDir dir;
  int line = 0;
  std::string file =
      WithAcknowledged(dir, ReadFile(SourcePath("examples/passes.yaml")),
                       "  - rule: FH-DURATION\n    reason: Vi behöver längre tid\n", &line);
  CliResult r = RunCli("check '" + file + "'");
  CHECK(r.status == 1);
  CHECK(Has(r.out, file + ":" + std::to_string(line) +
                       ":11: error app-ack-error: "
                       "acknowledged[0].rule: FH-DURATION är ett fel och kan inte kvitteras: "
                       "behörighet kan inte efterges; rätta ansökan i stället\n"));
  CliResult en = RunCli("check --lang en '" + file + "'");
  CHECK(Has(en.out,
            "FH-DURATION is an error and cannot be acknowledged: eligibility cannot be "
            "waived"));
  // A failing error stays failing, and is not marked.
  TempDir dir2;
  std::string fails = ReadFile(SourcePath("examples/fails.yaml"));
  std::string failing = WithAcknowledged(dir2, fails, "  - rule: FH-DURATION\n    reason: x\n");
  json report = json::parse(RunCli("check --format json '" + failing + "'").out);
  for (const json& f : report["applications"][0]["findings"]) {
    if (f["rule"] == "FH-DURATION") CHECK(f["acknowledged"].is_null());
  }
}

TEST_CASE("acknowledgement: stale, unknown and incomplete entries are findings") {
  TempDir dir;
  int line = 0;
  std::string file = WithAcknowledged(dir, ReadFile(SourcePath("examples/passes.yaml")),
                                      "  - rule: FH-BUDGET-SUM\n    reason: gammal\n"
                                      "  - rule: FH-BUDGET-SUMM\n    reason: stavfel\n"
                                      "  - rule: FH-STEERING-GROUP\n",
                                      &line);
  CliResult r = RunCli("check --lang en '" + file + "'");
  CHECK(r.status == 1);  // the entry without a reason
  CHECK(Has(r.out, file + ":" + std::to_string(line) +
                       ":11: warning app-ack-stale: "
                       "acknowledged[0].rule: FH-BUDGET-SUM raised nothing for this application; "
                       "remove the acknowledgement\n"));
  CHECK(Has(r.out, file + ":" + std::to_string(line + 2) +
                       ":11: warning app-ack-unknown: "
                       "acknowledged[1].rule: program familjen-helsingborg has no rule "
                       "FH-BUDGET-SUMM; did you mean FH-BUDGET-SUM?\n"));
  CHECK(Has(r.out, "error app-required: required field 'acknowledged[2].reason' is missing"));
  CliResult sv = RunCli("check '" + file + "'");
  CHECK(Has(sv.out, "FH-BUDGET-SUM gav ingen anmärkning på ansökan; ta bort kvitteringen"));
}

TEST_CASE("acknowledgement: a review item, and a program with batch rules") {
  TempDir dir;
  std::string file = WithAcknowledged(dir, ReadFile(SourcePath("examples/passes.yaml")),
                                      "  - rule: FH-ORGANISATION\n    reason: Bedömd 2025-05-02\n");
  CliResult r = RunCli("check '" + file + "'");
  CHECK(r.status == 0);
  CHECK(Has(r.out, "review FH-ORGANISATION: "));
  CHECK(Has(r.out, " (kvitterad: Bedömd 2025-05-02)\n"));
  // Østfold's batch rules come after its own rules; an acknowledgement of one
  // (OST-ROUND-TOTAL, a review item) is settled after both, so it is not stale.
  std::string ostfold =
      dir.Write("ostfold.yaml",
                ReadFile(SourcePath("examples/ostfold-passes.yaml")) +
                    "acknowledged:\n  - rule: OST-ROUND-TOTAL\n    reason: Rammen er sjekket\n"
                    "  - rule: OST-NO-SUCH\n    reason: x\n");
  CliResult o = RunCli("check --lang en '" + ostfold + "'");
  CHECK(Has(o.out, "review OST-ROUND-TOTAL: "));
  CHECK(Has(o.out, " (acknowledged: Rammen er sjekket)\n"));
  CHECK_FALSE(Has(o.out, "app-ack-stale"));
  CHECK(Has(o.out,
            "warning app-ack-unknown: acknowledged[1].rule: program "
            "ostfold-prosjektskjonn-2018 has no rule OST-NO-SUCH\n"));
}

TEST_CASE("acknowledgement: the JSON Schema knows the list") {
  TempDir dir;
  std::string schema = dir.File("fh.schema.json");
  REQUIRE(RunCli("schema --program familjen-helsingborg -o '" + schema + "'").status == 0);
  CHECK(Has(ReadFile(schema), "\"acknowledged\""));
  std::string good = WithAcknowledged(dir, WarningApplication(), kBudgetAck);
  ToolResult valid = ValidateJson(schema, {good});
  CHECK_MESSAGE(valid.status == 0, valid.output);
  std::string bad =
      dir.Write("bad.yaml", WarningApplication() + "acknowledged:\n  - rule: FH-BUDGET-SUM\n");
  CHECK(ValidateJson(schema, {bad}).status != 0);
}

}  // namespace
}  // namespace grantcheck::testing
