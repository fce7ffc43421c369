#include "cli/eval_command.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "base/date.h"
#include "cli/app.h"
#include "cli/safe_lines.h"
#include "expr/expression.h"

namespace grantcheck {

namespace {

struct EvalOptions {
  std::string expression;
  std::optional<std::string> today;
};

void AddOptions(CLI::App* cmd, EvalOptions& options) {
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

}  // namespace

Registered AddEvalCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("eval", "Evaluate one rule-language expression");
  auto options = std::make_shared<EvalOptions>();
  AddOptions(cmd, *options);
  return {cmd, [options](const CommandEnv& env) {
            return RunWithSafeLines(env, [&options](const CommandEnv& safe) {
              return RunEval(*options, safe.out, safe.err);
            });
          }};
}

}  // namespace grantcheck
