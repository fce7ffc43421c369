#include "cli/eval_command.h"

#include <CLI/CLI.hpp>

#include <ostream>

#include "base/date.h"
#include "cli/app.h"
#include "expr/expression.h"

namespace grantcheck {

void AddEvalCommand(CLI::App& app, EvalOptions& options) {
  CLI::App* cmd = app.add_subcommand("eval", "Evaluate one rule-language expression");
  cmd->add_option("expression", options.expression, "The expression, e.g. 'months(date(\"2025-06-01\"), date(\"2026-05-31\"))'")
      ->required();
  cmd->add_option("--today", options.today, "The date today() returns (YYYY-MM-DD)");
}

int RunEval(const EvalOptions& options, std::ostream& out, std::ostream& err) {
  EvalContext ctx;
  if (options.today) {
    ctx.today = ParseDate(*options.today);
    if (!ctx.today) {
      err << "grantcheck: error: --today '" << *options.today
          << "' is not a real day as YYYY-MM-DD\n";
      return kExitUsage;
    }
  }
  CompileResult compiled = Compile(options.expression);
  for (const Diagnostic& d : compiled.diagnostics) err << FormatDiagnosticWithSnippet(d) << "\n";
  if (!compiled.expr) return kExitUsage;
  Value v = compiled.expr->Evaluate(Bindings{}, ctx);
  if (v.is_error()) {
    err << FormatDiagnosticWithSnippet(compiled.expr->ErrorDiagnostic(v.as_error())) << "\n";
    return kExitFail;
  }
  out << v.Dump() << "\n";
  return kExitPass;
}

}  // namespace grantcheck
