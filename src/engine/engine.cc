#include "engine/engine.h"

#include <array>

#include "base/localized_text.h"
#include "engine/acknowledgement.h"
#include "engine/rule_runner.h"
#include "model/placeholder.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"placeholder", "{0}: ersätt platshållaren \"{1}\" med ert svar",
           "{0}: erstat pladsholderen \"{1}\" med jeres svar",
           "{0}: erstatt plassholderen \"{1}\" med svaret deres",
           "{0}: replace the placeholder \"{1}\" with your answer"},
};

// A placeholder left in: not given, so a to-do while drafting and a failure
// when the application is meant to be complete, like a missing field.
Finding PlaceholderFinding(const PlaceholderValue& p, const CheckOptions& options,
                           const std::string& lang) {
  return Finding{.rule_id = "app-placeholder",
                 .status = options.draft ? Status::kTodo : Status::kFail,
                 .message = fmt::format(fmt::runtime(Pick(kPhrases, "placeholder", lang)), p.path,
                                        p.text),
                 .path = p.path,
                 .pos = p.pos,
                 .missing = p.path,
                 .from_input = true};
}

}  // namespace

PreparedProgram Prepare(const Program& program) {
  return PreparedProgram{&program, MemberIndex(program.members)};
}

std::string MessageLanguage(const CheckOptions& options, const Program& program) {
  return options.lang.empty() ? program.language : options.lang;
}

AppReport CheckApplication(const Application& app, const PreparedProgram& program,
                           const CheckOptions& options) {
  AppReport report{.file = app.file,
                   .program_id = program.program->id,
                   .language = MessageLanguage(options, *program.program)};
  std::vector<PlaceholderValue> placeholders = FindPlaceholders(app.doc);
  report.findings.reserve(app.diagnostics.size() + placeholders.size() +
                          program.program->rules.size());
  for (const Diagnostic& d : app.diagnostics) report.findings.push_back(FindingFromDiagnostic(d));
  for (const PlaceholderValue& p : placeholders) {
    report.findings.push_back(PlaceholderFinding(p, options, report.language));
  }
  RuleRunner runner(app, program, options);
  for (const Rule& rule : program.program->rules) report.findings.push_back(runner.Run(rule));
  report.facts = FactsOf(app);
  CollectAcknowledgements(app, *program.program, &report);
  // A program with batch rules settles them after those (ApplyBatchRules).
  if (program.program->batch_rules.empty()) SettleAcknowledgements(&report);
  return report;
}

}  // namespace grantcheck
