#include "engine/engine.h"

#include "engine/rule_runner.h"

namespace grantcheck {

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
  report.findings.reserve(app.diagnostics.size() + program.program->rules.size());
  for (const Diagnostic& d : app.diagnostics) report.findings.push_back(FindingFromDiagnostic(d));
  RuleRunner runner(app, program, options);
  for (const Rule& rule : program.program->rules) report.findings.push_back(runner.Run(rule));
  return report;
}

}  // namespace grantcheck
