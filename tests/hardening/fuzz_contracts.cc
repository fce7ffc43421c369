#include "hardening/fuzz_contracts.h"

#include "base/diagnostic.h"
#include "expr/example_app.h"
#include "expr/expression.h"
#include "model/application.h"
#include "model/document.h"
#include "model/schema.h"
#include "rules/rule_loader.h"

namespace grantcheck::testing {
namespace {

// Formats each diagnostic, as every report does; "" or the first without an id.
std::string Formatted(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.id.empty()) return "a diagnostic without an id: " + FormatDiagnostic(d);
    FormatDiagnosticWithSnippet(d);
  }
  return "";
}

}  // namespace

std::string YamlContract(std::string_view bytes) {
  Document doc = LoadYaml(bytes, "fuzz.yaml");
  if (!doc.ok && !HasErrors(doc.diagnostics)) return "LoadYaml refused the file without an error";
  if (std::string broken = Formatted(doc.diagnostics); !broken.empty()) return broken;
  if (!doc.ok) return "";
  Application app = BuildApplication(doc, CommonSchema());
  ProgramOf(doc);
  return Formatted(app.diagnostics);
}

std::string RulesContract(std::string_view bytes) {
  // A directory that does not exist, so `extends = "x.toml"` fails to load
  // instead of reading whatever lies beside the process.
  LoadedProgram loaded = ParseRuleFile(bytes, "/nonexistent-fuzz-dir/fuzz.toml");
  if (loaded.program.has_value() == HasErrors(loaded.diagnostics)) {
    return "a Program exactly when there is an error diagnostic";
  }
  return Formatted(loaded.diagnostics);
}

std::string ExprContract(std::string_view bytes) {
  static const ExampleApp app = MakeExampleApp();
  CompileResult compiled = Compile(std::string(bytes));
  if (compiled.expr.has_value() == HasErrors(compiled.diagnostics)) {
    return "an Expression exactly when there is an error diagnostic";
  }
  if (std::string broken = Formatted(compiled.diagnostics); !broken.empty()) return broken;
  if (!compiled.expr) return "";
  Value v = compiled.expr->Evaluate(app.bindings(), app.ctx);
  v.Dump();
  if (v.is_error()) FormatDiagnostic(compiled.expr->ErrorDiagnostic(v.as_error()));
  return "";
}

}  // namespace grantcheck::testing
