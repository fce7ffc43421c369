// Message templates: placeholders rendered against a tiny application, brace
// escapes, and brace errors pinned with their whole positioned message.
#include "rules/message_template.h"

#include <doctest/doctest.h>

#include <string>

namespace grantcheck {
namespace {

struct Fixture {
  Value root = Value::Map({{"title", Value::String("Mikrotjänster")},
                           {"months", Value::Int(14)},
                           {"start", Value::FromDate(*MakeDate(2025, 6, 1))}});
  Value params = Value::Map({{"max_months", Value::Int(12)}}, "params");
  EvalContext ctx;
};

// The rendered text, or each diagnostic's one-line form.
std::string RenderOf(const std::string& text) {
  TemplateResult r = CompileTemplate(text, "rules.toml", Pos{3, 11});
  if (!r.tmpl) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics)
      out += (out.empty() ? "" : "\n") + FormatDiagnostic(d);
    return out;
  }
  Fixture f;
  return r.tmpl->Render(Bindings{&f.root, &f.params}, f.ctx);
}

TEST_CASE("template: placeholders render each value's Display()") {
  CHECK(RenderOf("Projekttiden är {months} månader.") == "Projekttiden är 14 månader.");
  CHECK(RenderOf("{months} > {params.max_months}") == "14 > 12");
  CHECK(RenderOf("{title}: {start}") == "Mikrotjänster: 2025-06-01");
  CHECK(RenderOf("{months - params.max_months} för mycket") == "2 för mycket");
  CHECK(RenderOf("no placeholders") == "no placeholders");
  CHECK(RenderOf("") == "");
}

TEST_CASE("template: a missing value renders ?, an error (error: ...)") {
  CHECK(RenderOf("slut {period.end}") == "slut ?");
  CHECK(RenderOf("{months / 0}") == "(error: division by zero)");
}

TEST_CASE("template: {{ and }} are literal braces") {
  CHECK(RenderOf("{{months}}") == "{months}");
  CHECK(RenderOf("{{{months}}}") == "{14}");
  CHECK(RenderOf("a }} b {{") == "a } b {");
}

TEST_CASE("template: a '}' inside a string literal does not close the placeholder") {
  CHECK(RenderOf("{\"}\" + title}") == "}Mikrotjänster");
  CHECK(RenderOf("{'a\\'}'}") == "a'}");
}

TEST_CASE("template: brace errors are positioned in the file") {
  CHECK(RenderOf("Projekttiden {months") ==
        "rules.toml:3:24: error: unclosed '{' in a message template; write '{{' for a brace "
        "[template-unclosed]");
  CHECK(RenderOf("a } b") ==
        "rules.toml:3:13: error: lone '}' in a message template; write '}}' for a brace "
        "[template-brace]");
}

TEST_CASE("template: a placeholder's expression errors start one column after its '{'") {
  // "å {" is three code points, so the '{' is at column 13 and mnths at 14.
  CHECK(RenderOf("å {mnths(start, start)}") ==
        "rules.toml:3:14: error: unknown function 'mnths'; did you mean 'months'? "
        "[expr-unknown-function]");
  CHECK(RenderOf("rad\n{mnths(start, start)}") ==
        "rules.toml:4:2: error: unknown function 'mnths'; did you mean 'months'? "
        "[expr-unknown-function]");
}

TEST_CASE("template: an error diagnostic carries the template line and a caret") {
  TemplateResult r = CompileTemplate("x {y", "m", Pos{1, 1});
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(FormatDiagnosticWithSnippet(r.diagnostics[0]) ==
        "m:1:3: error: unclosed '{' in a message template; write '{{' for a brace "
        "[template-unclosed]\n    x {y\n      ^");
}

}  // namespace
}  // namespace grantcheck

namespace grantcheck {
namespace {

TEST_CASE("template: numbers as each language writes them") {
  struct {
    const char* number;
    const char* lang;
    const char* shown;
  } cases[] = {
      {"800000.5", "sv", "800\u00a0000,5"}, {"800000.5", "nb", "800\u00a0000,5"},
      {"800000.5", "da", "800.000,5"},      {"800000.5", "en", "800,000.5"},
      {"2025", "sv", "2025"},               {"9999.75", "en", "9999.75"},
      {"12.03", "sv", "12,03"},             {"-1234567", "sv", "-1\u00a0234\u00a0567"},
      {"10000", "da", "10.000"},            {"800000.5", "", "800000.5"},
  };
  for (const auto& c : cases) {
    INFO(c.number << " " << c.lang);
    CHECK(LocalizedDisplay(Value::Number(*Decimal::Parse(c.number)), c.lang) == c.shown);
  }
  Value list = Value::List({Value::Int(10000), Value::String("x"), Value::Int(5)});
  CHECK(LocalizedDisplay(list, "sv") == "10\u00a0000, x, 5");
}

}  // namespace
}  // namespace grantcheck

namespace grantcheck {
namespace {

TEST_CASE("template: a message over several lines reads as one paragraph") {
  // A TOML multi-line string keeps its line breaks and indentation; a message
  // written so reads as the sentence it is.
  CHECK(RenderOf("Projekttiden är\n  {months} månader,\nhögst {params.max_months}.\n") ==
        "Projekttiden är 14 månader, högst 12.");
  CHECK(RenderOf("\n  Rad ett.  \n\n  Rad två.") == "Rad ett. Rad två.");
  // A placeholder may span lines too; its line break is the expression's own.
  CHECK(RenderOf("Över med {months\n  - params.max_months}.") == "Över med 2.");
  // The positions of errors still count the lines as written.
  CHECK(RenderOf("rad\n  ett {mnths(start, start)}") ==
        "rules.toml:4:8: error: unknown function 'mnths'; did you mean 'months'? "
        "[expr-unknown-function]");
}

TEST_CASE("template: the formatting helpers write in the language rendered") {
  TemplateResult r = CompileTemplate("{plural(months, 'månad', 'månader')} från {date_text(start)}",
                                     "rules.toml", Pos{1, 1});
  REQUIRE(r.tmpl);
  Fixture f;
  CHECK(r.tmpl->Render(Bindings{&f.root, &f.params}, f.ctx, {}, "sv") == "månader från 1 juni 2025");
  CHECK(r.tmpl->Render(Bindings{&f.root, &f.params}, f.ctx, {}, "nb") == "månader från 1. juni 2025");
}

}  // namespace
}  // namespace grantcheck
