// Rules across a batch: distinct priorities per municipality and a total over
// the round, with findings on the right applications at their own lines.
#include "engine/batch_rules.h"

#include <doctest/doctest.h>

#include "cli/run_cli.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

Application App(const std::string& file, const std::string& municipality, const std::string& priority,
                const std::string& requested, const Program& program) {
  Document doc = LoadYaml("program: batch-demo\ntitle: T\napplicant: {municipality: " +
                              municipality + "}\npriority: " + priority +
                              "\nbudget: {requested: " + requested + "}\n",
                          file);
  REQUIRE(doc.ok);
  return BuildApplication(doc, program.schema);
}

const Finding* Find(const AppReport& r, const std::string& rule) {
  for (const Finding& f : r.findings) {
    if (f.rule_id == rule) return &f;
  }
  return nullptr;
}

TEST_CASE("batch rules: a priority clash fails both applications at their priority lines") {
  LoadedProgram loaded = LoadRuleFile(testing::SourcePath("tests/data/rules/batch.toml"));
  for (const Diagnostic& d : loaded.diagnostics) INFO(FormatDiagnostic(d));
  REQUIRE(loaded.program);
  PreparedProgram prepared = Prepare(*loaded.program);
  std::vector<Application> apps = {App("a.yaml", "Halden", "1", "1000000", *loaded.program),
                                   App("b.yaml", "Halden", "1", "2000000.50", *loaded.program),
                                   App("c.yaml", "Moss", "1", "500000", *loaded.program),
                                   App("d.yaml", "Moss", "3", "250000", *loaded.program)};
  CheckOptions options{.lang = "en"};
  std::vector<AppReport> reports;
  for (const Application& a : apps) reports.push_back(CheckApplication(a, prepared, options));
  std::vector<BatchMember> members;
  for (size_t i = 0; i < apps.size(); ++i) members.push_back({&apps[i], &reports[i]});
  ApplyBatchRules(prepared, members, options);

  const Finding* a = Find(reports[0], "D-PRIORITY");
  REQUIRE(a != nullptr);
  CHECK(a->status == Status::kFail);
  CHECK(a->pos == Pos{4, 11});
  CHECK(a->message == "Priority 1 is used 2 times by Halden.");
  CHECK(Find(reports[1], "D-PRIORITY")->status == Status::kFail);
  CHECK(Find(reports[2], "D-PRIORITY")->status == Status::kPass);
  // 3 is out of range for a municipality with two applications.
  CHECK(Find(reports[3], "D-PRIORITY")->status == Status::kFail);

  const Finding* total = Find(reports[0], "D-TOTAL");
  REQUIRE(total != nullptr);
  CHECK(total->status == Status::kReview);
  CHECK(total->message == "Total requested: 3,750,000.5 of 5,500,000.");
  CHECK(Find(reports[1], "D-TOTAL") == nullptr);
}

TEST_CASE("batch rules: share the id space of rules") {
  LoadedProgram l = ParseRuleFile(
      "[program]\nid = \"x\"\nname = \"X\"\nlanguage = \"en\"\ncurrency = \"EUR\"\n"
      "[[rules]]\nid = \"R\"\nseverity = \"error\"\ntitle = \"T\"\nsource = \"S\"\n"
      "check = \"true\"\nmessage = \"M\"\n"
      "[[batch_rules]]\nid = \"R\"\nseverity = \"error\"\ntitle = \"T\"\nsource = \"S\"\n"
      "check = \"true\"\nmessage = \"M\"\nreport = \"all\"\n",
      "x.toml");
  CHECK_FALSE(l.program);
  std::vector<std::string> ids;
  for (const Diagnostic& d : l.diagnostics) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"rules-duplicate-id", "rules-type"});
}

}  // namespace
}  // namespace grantcheck
