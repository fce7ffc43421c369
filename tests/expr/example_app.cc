#include "expr/example_app.h"

#include "base/text.h"
#include "expr/expression.h"

namespace grantcheck::testing {
namespace {

Value D(const char* text) { return Value::FromDate(*ParseDate(text)); }
Value N(const char* text) { return Value::Number(*Decimal::Parse(text)); }

std::optional<std::string> Canonical(std::string_view name) {
  std::string key = NameKey(name);
  for (std::string_view suffix : {" kommun", " stad"}) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) key.resize(key.size() - suffix.size());
  }
  if (key == "helsingborg" || key == "helsingborgs") return "Helsingborg";
  if (key == "höganäs") return "Höganäs";
  return std::nullopt;
}

}  // namespace

ExampleApp MakeExampleApp() {
  ExampleApp app;
  Value period = Value::Map({{"start", D("2025-06-01")},
                             {"end", D("2026-05-31")},
                             {"extension_reason", Value::String("")}},
                            "period", Pos{3, 1});
  Value lines = Value::List(
      {Value::Map({{"amount", N("550000.50")}, {"category", Value::String("personnel")}},
                  "budget.lines[0]", Pos{8, 7}),
       Value::Map({{"amount", N("49999.50")}, {"category", Value::String("material")}},
                  "budget.lines[1]", Pos{9, 7})},
      "budget.lines", Pos{8, 5});
  app.root = Value::Map(
      {{"period", period},
       {"municipalities", Value::List({Value::String("Helsingborg"),
                                       Value::String("Höganäs kommun"), Value::String("Malmö")},
                                      "municipalities", Pos{5, 17})},
       {"budget", Value::Map({{"requested", N("600000")}, {"lines", lines}}, "budget", Pos{6, 1})},
       {"contact", Value::Null()}},
      "", Pos{1, 1});
  app.params = Value::Map({{"max_months", N("12")}, {"max_months_exceptional", N("18")}}, "params");
  app.ctx.today = ParseDate("2025-09-01");
  app.ctx.canonical_member = Canonical;
  return app;
}

std::string Outcome(const std::string& text) {
  CompileResult c = Compile(text);
  if (!c.expr) return "compile: " + FormatDiagnostic(c.diagnostics.front());
  ExampleApp app = MakeExampleApp();
  Value v = c.expr->Evaluate(app.bindings(), app.ctx);
  if (v.is_error()) {
    Diagnostic d = c.expr->ErrorDiagnostic(v.as_error());
    return "error@" + std::to_string(d.pos.col) + ": " + d.message;
  }
  return v.Dump();
}

}  // namespace grantcheck::testing
