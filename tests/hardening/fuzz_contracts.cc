#include "hardening/fuzz_contracts.h"

#include "base/diagnostic.h"
#include "engine/engine.h"
#include "expr/example_app.h"
#include "expr/expression.h"
#include "model/application.h"
#include "model/document.h"
#include "model/schema.h"
#include "rules/program_codec.h"
#include "report/writer.h"
#include "rules/rule_loader.h"

#include <functional>
#include <optional>
#include <sstream>

namespace grantcheck::testing {
namespace {

// "" when `text` holds nothing a terminal would act on: no C0 control but
// newline and tab, no DEL, no C1 control (docs/hardening.md, Output safety).
std::string ControlIn(std::string_view text, std::string_view where) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c == 0xc2 && next >= 0x80 && next < 0xa0)) {
      return std::string(where) + " holds a control character at byte " + std::to_string(i);
    }
  }
  return "";
}

// Formats each diagnostic, as every report does; "" or the first without an
// id, or one whose text would reach a terminal with a control character.
std::string Formatted(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.id.empty()) return "a diagnostic without an id: " + FormatDiagnostic(d);
    if (std::string bad = ControlIn(FormatDiagnosticWithSnippet(d), "a diagnostic"); !bad.empty()) {
      return bad;
    }
  }
  return "";
}

// The application `check` is run on in RulesContract: the rule-language
// reference's example, as a file, so that findings have positions.
constexpr std::string_view kExampleYaml =
    "program: fuzz\ntitle: \"Ett \\e[31mprojekt\\r\\n::error::x\"\n"
    "period: { start: 2025-09-01, end: 2026-08-31 }\n"
    "municipalities: [Helsingborg, \"Höganäs\\x07\"]\n"
    "budget: { requested: 600000, lines: [{ category: staff, amount: 600000 }] }\n";

// The whole program against one application, as `check` runs it: the text
// report holds no control character, and once a finding says the application's
// evaluation budget is spent, no finding after it passes. The budget bounds the
// cost (kMaxApplicationEvalSteps); an input that takes long anyway is a hang.
std::string CheckContract(const Program& program) {
  Document doc = LoadYaml(kExampleYaml, "example.yaml");
  if (!doc.ok) return "the example application does not load";
  Application app = BuildApplication(doc, program.schema);
  PreparedProgram prepared = Prepare(program);
  AppReport report = CheckApplication(app, prepared, CheckOptions{.lang = "en"});
  bool spent = false;
  for (const Finding& f : report.findings) {
    if (spent && f.status == Status::kPass) return "a rule passed after the budget was spent";
    spent = spent || f.message.find("evaluation budget") != std::string::npos;
  }
  std::ostringstream text;
  FindCheckFormat("text")->write(std::span<const AppReport>(&report, 1), WriteOptions{}, text);
  return ControlIn(text.str(), "the text report");
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
  // One budget for all, as the engine keeps one per application.
  EvalBudget budget;
  EvalContext ctx = app.ctx;
  ctx.budget = &budget;
  for (const std::vector<Rule>* rules : {&read->rules, &read->batch_rules}) {
    for (const Rule& rule : *rules) {
      for (const std::optional<Expression>* e : {&rule.when, &rule.check, &rule.group_by}) {
        if (*e) (*e)->Evaluate(app.bindings(), ctx).Dump();
      }
      for (const auto& [lang, message] : rule.message) message.Render(app.bindings(), ctx, {}, lang);
    }
  }
  for (const Deadline& d : read->deadlines) {
    if (d.date) d.date->Evaluate(app.bindings(), ctx).Dump();
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
  if (std::string broken = CheckContract(*loaded.program); !broken.empty()) return broken;
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
