// The application view: typing against the schema, positions of every field,
// and the diagnostics for wrong types, impossible dates and unknown keys.
#include "model/application.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

Application Build(const std::string& yaml) {
  Document doc = LoadYaml(yaml, "app.yaml");
  REQUIRE(doc.ok);
  return BuildApplication(doc, CommonSchema());
}

std::vector<std::string> Messages(const Application& app) {
  std::vector<std::string> out;
  for (const Diagnostic& d : app.diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST_CASE("application: fields typed by the schema, positions kept") {
  Application app = Build(
      "program: familjen-helsingborg\n"
      "title: Mikrotjänster\n"
      "period:\n"
      "  start: 2025-06-01\n"
      "  end: '2026-05-31'\n"
      "budget:\n"
      "  requested: 600000.50\n"
      "  lines:\n"
      "    - { category: material, amount: 100, position: { ordinary: false } }\n"
      "municipalities: [Helsingborg, 2025]\n");
  CHECK(app.diagnostics.empty());
  CHECK(app.root.Find("period")->Find("start")->Dump() == "date(\"2025-06-01\")");
  CHECK(app.root.Find("period")->Find("end")->Dump() == "date(\"2026-05-31\")");
  CHECK(app.root.Find("budget")->Find("requested")->Dump() == "600000.5");
  CHECK(app.root.Find("municipalities")->Dump() == "[\"Helsingborg\", \"2025\"]");
  const Value& line = app.root.Find("budget")->Find("lines")->as_list().items[0];
  CHECK(line.as_map().path == "budget.lines[0]");
  CHECK(line.Find("position")->Find("ordinary")->Dump() == "false");
  CHECK(app.PosOf("period.start") == Pos{4, 10});
  CHECK(app.PosOf("period.end") == Pos{5, 8});
  CHECK(app.PosOf("budget.lines[0].amount") == Pos{9, 37});
  CHECK(app.PosOf("municipalities[1]") == Pos{10, 31});
  // An absent field points at its nearest present parent.
  CHECK(app.PosOf("period.extension_reason") == Pos{4, 3});
  CHECK(app.PosOf("budget.lines[0].position.title") == Pos{9, 52});
  CHECK(app.PosOf("nothing.at.all") == Pos{1, 1});
}

TEST_CASE("application: wrong types, impossible dates, bad values, unknown keys") {
  Application app = Build(
      "program: familjen-helsingborg\n"
      "title: [not, text]\n"
      "perod: {start: 2025-01-01}\n"
      "period: {start: 2026-02-30, end: 1 juni 2026}\n"
      "budget:\n"
      "  requested: \"600000\"\n"
      "  lines:\n"
      "    - {category: persnel, amount: 12}\n"
      "communication: {shows_funder: kanske}\n");
  std::vector<std::string> m = Messages(app);
  REQUIRE(m.size() == 7);
  CHECK(m[0] == "app.yaml:2:8: error: title: expected text, got a list [app-type]");
  CHECK(m[1] == "app.yaml:3:1: warning: unknown key 'perod'; did you mean 'period'? "
                "[app-unknown-key]");
  CHECK(m[2] == "app.yaml:4:17: error: period.start: invalid date '2026-02-30': there is no "
                "such day [app-bad-date]");
  CHECK(m[3] == "app.yaml:4:34: error: period.end: expected a date (YYYY-MM-DD), got "
                "'1 juni 2026' [app-type]");
  CHECK(m[4] == "app.yaml:6:14: error: budget.requested: expected a number such as 600000 or "
                "12.50, got '600000' (quoted, so it is text) [app-type]");
  CHECK(m[5] == "app.yaml:8:18: error: budget.lines[0].category: 'persnel' is not one of "
                "personnel, services, material, travel, communication, overhead, other; did you "
                "mean 'personnel'? [app-bad-value]");
  CHECK(m[6] == "app.yaml:9:31: error: communication.shows_funder: expected true or false, got "
                "'kanske' [app-type]");
  // The bad value is an error value, so rules reading it report an error.
  CHECK(app.root.Find("period")->Find("start")->is_error());
}

TEST_CASE("application: required fields and nulls") {
  Application app = Build("summary: ~\nperiod:\n");
  std::vector<std::string> m = Messages(app);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "app.yaml:1:1: error: required field 'program' is missing [app-required]");
  CHECK(m[1] == "app.yaml:1:1: error: required field 'title' is missing [app-required]");
  // Empty is not given: the field reads as absent, as a missing key would.
  CHECK(app.root.Find("summary") == nullptr);
  CHECK(app.root.Find("period") == nullptr);
}

TEST_CASE("application: an empty value of a required field is not given, whatever its spelling") {
  for (const char* title : {"title: \"\"", "title: \"   \"", "title:", "title: ~", "title: null",
                            "title: \"\u00a0\u202f\"", "title: ''"}) {
    CAPTURE(title);
    Application app = Build(std::string("program: p\n") + title + "\n");
    std::vector<std::string> m = Messages(app);
    REQUIRE(m.size() == 1);
    CHECK(m[0].starts_with("app.yaml:2:"));  // at the empty value's line
    CHECK(m[0].ends_with(": error: required field 'title' is empty [app-required]"));
    CHECK(app.root.Find("title") == nullptr);
  }
}

TEST_CASE("application: empty lists and maps are not given only where the field is required") {
  FieldType schema = CommonSchema();
  schema.fields.push_back({.name = "team", .type = {.kind = FieldKind::kList}, .required = true});
  schema.fields.push_back({.name = "board", .type = {.kind = FieldKind::kMap, .open = true},
                           .required = true});
  Document doc = LoadYaml("program: p\ntitle: T\nteam: []\nboard: {}\npartners: []\n", "app.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, schema);
  std::vector<std::string> m = Messages(app);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "app.yaml:3:7: error: required field 'team' is empty [app-required]");
  CHECK(m[1] == "app.yaml:4:8: error: required field 'board' is empty [app-required]");
  CHECK(app.root.Find("team") == nullptr);
  // An optional list left empty is an answer: none.
  CHECK(app.root.Find("partners")->Dump() == "[]");
}

TEST_CASE("application: a placeholder is not given, and not a missing or mistyped field") {
  Application app = Build(
      "program: p\n"
      "title: \"<<Projektets namn>>\"\n"
      "organisation:\n"
      "  project_leader: <<Projektledare>>\n"
      "  steering_group: [Anna Berg, \"<<Styrgrupp 2>>\"]\n"
      "  owner: <Helsingborg>\n"
      "budget: { requested: \"<<Belopp>>\" }\n");
  CHECK(Messages(app).empty());  // the engine reports placeholders, in the report's language
  CHECK(app.root.Find("title") == nullptr);
  const Value* organisation = app.root.Find("organisation");
  CHECK(organisation->Find("project_leader") == nullptr);
  // A list with one placeholder is not the list of its other items.
  CHECK(organisation->Find("steering_group") == nullptr);
  CHECK(organisation->Find("owner")->Dump() == "\"<Helsingborg>\"");  // not the marker
  CHECK(app.root.Find("budget")->Find("requested") == nullptr);
}

TEST_CASE("application: undeclared values are typed by their looks") {
  Document doc = LoadYaml("x: {n: 12.5, d: 2025-01-01, b: true, s: hej, q: '12'}\n", "a.yaml");
  FieldType open{.kind = FieldKind::kMap, .open = true};
  Application app = BuildApplication(doc, open);
  CHECK(app.diagnostics.empty());
  CHECK(app.root.Find("x")->Dump() ==
        "{n: 12.5, d: date(\"2025-01-01\"), b: true, s: \"hej\", q: \"12\"}");
}

}  // namespace
}  // namespace grantcheck
