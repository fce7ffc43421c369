#include "report/format_fixture.h"

#include <doctest/doctest.h>

#include <sstream>

namespace grantcheck::testing {
namespace {

Rule MakeRule(std::string id, Severity severity, std::string sv, std::string en,
              std::string source) {
  return Rule{.id = std::move(id),
              .severity = severity,
              .title = {{"sv", std::move(sv)}, {"en", std::move(en)}},
              .source = std::move(source)};
}

Finding F(std::string rule, Severity severity, Status status, Pos pos, std::string title,
          std::string message) {
  return Finding{.rule_id = std::move(rule),
                 .severity = severity,
                 .status = status,
                 .title = std::move(title),
                 .message = std::move(message),
                 .pos = pos};
}

}  // namespace

FormatFixture::FormatFixture() : program(std::make_unique<Program>()) {
  program->file = "rules/fh.toml";
  program->id = "fh";
  program->name = "Familjen Helsingborg";
  program->language = "sv";
  program->rules = {
      MakeRule("FH-DURATION", Severity::kError, "Projekttid", "Project period",
               "Projektet kan pågå under max 12 månader."),
      MakeRule("FH-PARTNERS", Severity::kWarning, "Gärna partner", "Partners welcome",
               "gärna bidra till samverkan"),
      MakeRule("FH-LEADER", Severity::kError, "Projektledare", "Project leader",
               "En projektledare ska finnas."),
      MakeRule("FH-INNOVATION", Severity::kReview, "Nyskapande", "Innovative",
               "vara nyskapande för Familjen Helsingborg"),
  };
  run.rule_files.push_back(
      RuleFile{.program = program.get(), .path = program->file, .sha256 = std::string(kRulesSha)});
  AppReport mikro{
      .file = "ans/mikro.yaml",
      .program_id = "fh",
      .language = "sv",
      .findings = {
          F("app-unknown-key", Severity::kWarning, Status::kFail, {4, 1}, "",
            "unknown key 'sumary'; did you mean 'summary'?"),
          F("FH-DURATION", Severity::kError, Status::kFail, {14, 8}, "Projekttid",
            "Projekttiden är 13 månader."),
          F("FH-PARTNERS", Severity::kWarning, Status::kFail, {12, 1}, "Gärna partner",
            "Inga partner."),
          F("FH-LEADER", Severity::kError, Status::kUnknown, {}, "Projektledare",
            "Projektledare: kan inte bedömas eftersom organisation.project_leader saknas"),
          F("FH-INNOVATION", Severity::kReview, Status::kReview, {2, 8}, "Nyskapande",
            "Är projektet nyskapande?"),
      },
      .sha256 = std::string(kMikroSha)};
  mikro.findings[0].from_input = true;
  mikro.findings[3].missing = "organisation.project_leader";
  mikro.findings[3].path = "organisation.project_leader";
  AppReport ok{
      .file = "ans/ok.yaml",
      .program_id = "fh",
      .language = "sv",
      .findings = {F("FH-DURATION", Severity::kError, Status::kPass, {9, 8}, "Projekttid", ""),
                   F("FH-PARTNERS", Severity::kWarning, Status::kNotApplicable, {}, "Gärna partner",
                     ""),
                   F("FH-LEADER", Severity::kError, Status::kTodo, {7, 3}, "Projektledare",
                     "Projektledare: fyll i organisation.project_leader"),
                   F("FH-INNOVATION", Severity::kReview, Status::kReview, {2, 8}, "Nyskapande",
                     "Är projektet nyskapande?")},
      .sha256 = std::string(64, 'a')};
  AppReport broken{.file = "ans/trasig.yaml",
                   .findings = {F("yaml-syntax", Severity::kError, Status::kFail, {3, 9}, "",
                                  "expected ':' after a key")},
                   .sha256 = std::string(64, 'b'),
                   .input_error = true};
  broken.findings[0].from_input = true;
  reports = {mikro, ok, broken};
}

std::string FormatFixture::Write(std::string_view name, const WriteOptions& options) const {
  const Format* format = FindCheckFormat(name);
  REQUIRE(format != nullptr);
  std::ostringstream out;
  format->write(reports, options, out);
  return out.str();
}

}  // namespace grantcheck::testing
