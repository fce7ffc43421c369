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
      "    - {category: personal, amount: 12}\n"
      "communication: {shows_funder: ja}\n");
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
  CHECK(m[5] == "app.yaml:8:18: error: budget.lines[0].category: 'personal' is not one of "
                "personnel, services, material, travel, communication, overhead, other; did you "
                "mean 'personnel'? [app-bad-value]");
  CHECK(m[6] == "app.yaml:9:31: error: communication.shows_funder: expected true or false, got "
                "'ja' [app-type]");
  // The bad value is an error value, so rules reading it report an error.
  CHECK(app.root.Find("period")->Find("start")->is_error());
}

TEST_CASE("application: required fields and nulls") {
  Application app = Build("summary: ~\nperiod:\n");
  std::vector<std::string> m = Messages(app);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "app.yaml:1:1: error: required field 'program' is missing [app-required]");
  CHECK(m[1] == "app.yaml:1:1: error: required field 'title' is missing [app-required]");
  CHECK(app.root.Find("summary")->is_null());
  CHECK(app.root.Find("period")->is_null());
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
