#include "hardening/fuzz_contracts.h"

#include "base/diagnostic.h"
#include "expr/example_app.h"
#include "expr/expression.h"
#include "model/application.h"
#include "model/document.h"
#include "model/schema.h"
#include "rules/program_codec.h"
#include "rules/rule_loader.h"

#include <functional>
#include <optional>

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

// What the compiled-rules cache keeps of `program` is read back as it was; and
// the same bytes damaged at one place (chosen from `seed`) are refused or give
// a program whose every expression and message evaluates without harm.
std::string CachedContract(const Program& program, std::string_view seed) {
  const std::string bytes = EncodeProgram(program);
  std::optional<Program> decoded = DecodeProgram(bytes);
  if (!decoded) return "a program the cache's encoding cannot read back";
  if (EncodeProgram(*decoded) != bytes) return "a program the cache's encoding changes";
  size_t h = std::hash<std::string_view>{}(seed);
  std::string damaged = bytes;
  damaged[h % damaged.size()] = static_cast<char>(damaged[h % damaged.size()] ^ (1 + (h >> 32) % 255));
  std::optional<Program> read = DecodeProgram(damaged);
  if (!read) return "";
  static const ExampleApp app = MakeExampleApp();
  for (const std::vector<Rule>* rules : {&read->rules, &read->batch_rules}) {
    for (const Rule& rule : *rules) {
      for (const std::optional<Expression>* e : {&rule.when, &rule.check, &rule.group_by}) {
        if (*e) (*e)->Evaluate(app.bindings(), app.ctx).Dump();
      }
      for (const auto& [lang, message] : rule.message) message.Render(app.bindings(), app.ctx, {}, lang);
    }
  }
  for (const Deadline& d : read->deadlines) {
    if (d.date) d.date->Evaluate(app.bindings(), app.ctx).Dump();
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
  if (std::string broken = Formatted(loaded.diagnostics); !broken.empty()) return broken;
  if (!loaded.program) return "";
  return CachedContract(*loaded.program, bytes);
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
