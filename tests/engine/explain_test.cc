// explain: the value tree of a rule on a real application, the missing
// fields, and hints that, applied to the application, make the rule pass.
#include "engine/explain.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "base/file_io.h"
#include "model/doc_edit.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Source(const std::string& relative) {
  return std::string(GRANTCHECK_SOURCE_DIR) + "/" + relative;
}

const Program& Fh() {
  static const LoadedProgram loaded = LoadRuleFile(Source("rules/familjen-helsingborg.toml"));
  REQUIRE(loaded.program);
  return *loaded.program;
}

const Rule& RuleOf(const std::string& id) {
  for (const Rule& r : Fh().rules) {
    if (r.id == id) return r;
  }
  FAIL("no rule " << id);
  return Fh().rules.front();
}

// `example` (examples/NAME.yaml) with `edits` (path, YAML value; "<unset>" removes).
Application App(const std::string& example, const std::vector<std::pair<std::string, std::string>>& edits = {}) {
  Document doc = LoadYaml(ReadInput(Source("examples/" + example + ".yaml")).text.value_or(""),
                          example + ".yaml");
  REQUIRE(doc.ok);
  for (const auto& [path, yaml] : edits) {
    if (yaml == "<unset>") {
      REQUIRE(UnsetPath(doc.root, path) == "");
    } else {
      REQUIRE(SetPath(doc.root, path, *ParseYamlValue(yaml)) == "");
    }
  }
  return BuildApplication(doc, Fh().schema);
}

Explanation ExplainOn(const std::string& rule, const Application& app,
                      const std::string& lang = "en") {
  PreparedProgram prepared = Prepare(Fh());
  return Explain(RuleOf(rule), app, prepared,
                 CheckOptions{.lang = lang, .today = ParseDate("2025-09-01")});
}

TEST_CASE("explain: the failing example's duration, every value that decided it") {
  Explanation e = ExplainOn("FH-DURATION", App("fails"));
  CHECK(e.finding.status == Status::kFail);
  CHECK_FALSE(e.when);
  REQUIRE(e.check);
  CHECK(TraceText(*e.check) ==
        "months(period.start, period.end) <= params.max_months || (months(period.start, "
        "period.end… = false\n"
        "  months(period.start, period.end) <= params.max_months = false\n"
        "    months(period.start, period.end) = 19\n"
        "      period.start = 2025-09-01\n"
        "      period.end = 2027-03-31\n"
        "    params.max_months = 12\n"
        "  months(period.start, period.end) <= params.max_months_exceptional && "
        "has(period.extension… = false\n"
        "    months(period.start, period.end) <= params.max_months_exceptional = false\n"
        "      months(period.start, period.end) = 19\n"
        "        period.start = 2025-09-01\n"
        "        period.end = 2027-03-31\n"
        "      params.max_months_exceptional = 18\n"
        "    has(period.extension_reason) = false   (not needed: the other side decided)\n"
        "      period.extension_reason = missing (period.extension_reason)\n");
  // The reason was not needed to decide, so it is not named as missing.
  CHECK(e.missing.empty());
  CHECK(e.hints == std::vector<std::string>{
                       "set `period.end` to 2026-08-31 or earlier",
                       "set `period.end` to 2027-02-28 or earlier and give "
                       "`period.extension_reason`"});
  CHECK(JoinHints(e.hints, "en") ==
        "set `period.end` to 2026-08-31 or earlier, or set `period.end` to 2027-02-28 or earlier "
        "and give `period.extension_reason`");
}

TEST_CASE("explain: the named values a rule sees, by name, with their values") {
  Explanation e = ExplainOn("FH-DURATION", App("fails"));
  std::vector<std::string> shown;
  for (const auto& [name, value] : e.lets) shown.push_back(name + " = " + ShowValue(value));
  // The program's [let], in evaluation order; FH-DURATION has none of its own.
  REQUIRE(shown.size() >= 3);
  CHECK(shown[0] == "project_months = 19");
  CHECK(shown[1] == "participating = [\"Bjuv\"]");
  CHECK(shown[2] == "member_count = 1");
  // The check reads project_months; its tree shows what that is made of, as
  // the test above pins, and its hints name period.end, not the name.
  REQUIRE(e.check);
  CHECK(e.check->expr->text.find("project_months") == std::string::npos);
}

TEST_CASE("explain: between 12 and 18 months, end earlier or give reasons, in Swedish too") {
  Application app = App("passes", {{"period.end", "2026-12-31"}});
  Explanation en = ExplainOn("FH-DURATION", app);
  CHECK(en.hints == std::vector<std::string>{"set `period.end` to 2026-08-31 or earlier",
                                             "give `period.extension_reason`"});
  CHECK(en.missing == std::vector<std::string>{"period.extension_reason"});
  Explanation sv = ExplainOn("FH-DURATION", app, "sv");
  CHECK(JoinHints(sv.hints, "sv") ==
        "ändra `period.end` till 2026-08-31 eller tidigare, eller fyll i "
        "`period.extension_reason`");
}

TEST_CASE("explain: a missing field is named and is the hint") {
  Explanation e = ExplainOn("FH-DURATION", App("passes", {{"period.end", "<unset>"}}));
  CHECK(e.finding.status == Status::kUnknown);
  CHECK(e.missing == std::vector<std::string>{"period.end", "period.extension_reason"});
  CHECK(e.hints == std::vector<std::string>{"give `period.end`"});
}

TEST_CASE("explain: hints for sums, counts, list elements and bools") {
  Application fails = App("fails");
  CHECK(ExplainOn("FH-BUDGET-SUM", fails).hints ==
        std::vector<std::string>{"set `budget.requested` to 750000.5"});
  CHECK(ExplainOn("FH-MUNICIPALITIES", fails).hints ==
        std::vector<std::string>{"give at least 2 member municipalities in `municipalities` "
                                 "(now 1)"});
  CHECK(ExplainOn("FH-MATERIAL", fails).hints ==
        std::vector<std::string>{"give `budget.lines[2].after_project_use`"});
  CHECK(ExplainOn("FH-NO-ORDINARY", fails).hints ==
        std::vector<std::string>{"give `budget.lines[1].paid_by`",
                                 "set `budget.lines[1].position.ordinary` to false"});
  Application passes = App("passes", {{"communication.shows_funder", "false"},
                                      {"period.end", "2025-08-31"},
                                      {"organisation.steering_group", "[]"}});
  CHECK(ExplainOn("FH-COMMUNICATION-FUNDER", passes).hints ==
        std::vector<std::string>{"set `communication.shows_funder` to true"});
  CHECK(ExplainOn("FH-PERIOD-ORDER", passes).hints ==
        std::vector<std::string>{"set `period.end` to 2025-09-01 or later"});
  CHECK(ExplainOn("FH-STEERING-GROUP", passes).hints ==
        std::vector<std::string>{"give `organisation.steering_group`"});
}

TEST_CASE("explain: a passing rule has no hint, a rule that does not apply shows its when") {
  Explanation pass = ExplainOn("FH-DURATION", App("passes"));
  CHECK(pass.finding.status == Status::kPass);
  CHECK(pass.hints.empty());
  Explanation na = ExplainOn("FH-PROCUREMENT", App("passes", {{"organisation.procurement", "<unset>"}}));
  CHECK(na.finding.status == Status::kNotApplicable);
  REQUIRE(na.when);
  CHECK_FALSE(na.check);
  CHECK(TraceText(*na.when) ==
        "has(organisation.procurement) = false\n"
        "  organisation.procurement = missing (organisation.procurement)\n");
}

// Applies a date hint ("set `F` to D or earlier/later") and checks again.
Status AfterDateHint(const std::string& rule, std::vector<std::pair<std::string, std::string>> edits,
                     const std::string& hint) {
  size_t open = hint.find('`');
  size_t close = hint.find('`', open + 1);
  std::string field = hint.substr(open + 1, close - open - 1);
  std::string date = hint.substr(close + 5, 10);
  edits.emplace_back(field, date);
  return ExplainOn(rule, App("passes", edits)).finding.status;
}

TEST_CASE("explain: a date hint, applied, makes the rule pass, and a day beyond does not") {
  struct Case {
    const char* rule;
    std::vector<std::pair<std::string, std::string>> edits;
  };
  std::vector<Case> cases = {
      {"FH-DURATION", {{"period.start", "2025-01-31"}, {"period.end", "2026-03-15"}}},
      {"FH-DURATION", {{"period.start", "2023-03-01"}, {"period.end", "2024-03-01"}}},
      {"FH-REPORTING-WINDOW", {{"period.end", "2027-01-20"}}},
      {"FH-REPORT-MARGIN", {{"period.end", "2026-11-13"}}},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    Explanation e = ExplainOn(c.rule, App("passes", c.edits));
    REQUIRE(e.finding.status == Status::kFail);
    REQUIRE_FALSE(e.hints.empty());
    INFO(e.hints.front());
    CHECK(AfterDateHint(c.rule, c.edits, e.hints.front()) == Status::kPass);
    std::string later = e.hints.front();
    std::string date = later.substr(later.find('`', later.find('`') + 1) + 5, 10);
    std::string next = FormatDate(*AddDays(*ParseDate(date), 1));
    CHECK(AfterDateHint(c.rule, c.edits, later.replace(later.find(date), 10, next)) ==
          Status::kFail);
  }
}

TEST_CASE("explain: without an application, the structure of the check") {
  // FH-MATERIAL's check reads the rule's named value `material`, shown by name.
  ExprTrace t = Unevaluated(*RuleOf("FH-MATERIAL").check);
  CHECK(TraceText(t, false) ==
        "budget.lines.all(l, l.category != 'material' || has(l.after_project_use) || sum(material.…\n"
        "  budget.lines\n"
        "  l.category != 'material' || has(l.after_project_use) || sum(material.filter(m, (has(m.act…\n"
        "    l.category != 'material' || has(l.after_project_use)\n"
        "      l.category != 'material'\n"
        "        l.category\n"
        "      has(l.after_project_use)\n"
        "        l.after_project_use\n"
        "    sum(material.filter(m, (has(m.activity) ? m.activity : '') == (has(l.activity) ? l.activi…\n"
        "      sum(material.filter(m, (has(m.activity) ? m.activity : '') == (has(l.activity) ? l.activi…\n"
        "        material.filter(m, (has(m.activity) ? m.activity : '') == (has(l.activity) ? l.activity :…\n"
        "          material.filter(m, (has(m.activity) ? m.activity : '') == (has(l.activity) ? l.activity :…\n"
        "            material\n"
        "            (has(m.activity) ? m.activity : '') == (has(l.activity) ? l.activity : '')\n"
        "              has(m.activity) ? m.activity : ''\n"
        "                has(m.activity)\n"
        "                  m.activity\n"
        "                m.activity\n"
        "              has(l.activity) ? l.activity : ''\n"
        "                has(l.activity)\n"
        "                  l.activity\n"
        "                l.activity\n"
        "          m.amount\n"
        "      params.material_threshold\n");
}

TEST_CASE("explain: values as explain shows them") {
  CHECK(ShowValue(Value::String("Bjuv")) == "\"Bjuv\"");
  CHECK(ShowValue(Value::FromDate(*ParseDate("2025-06-01"))) == "2025-06-01");
  CHECK(ShowValue(Value::Missing("period.end")) == "missing (period.end)");
  CHECK(ShowValue(Value::List({Value::Int(1), Value::String("a")})) == "[1, \"a\"]");
  CHECK(ShowValue(Value::List({Value::Map({}, "x[0]")}, "x")) == "a list of 1 (x)");
  CHECK(ShowValue(Value::Map({}, "period")) == "{period}");
}

}  // namespace
}  // namespace grantcheck
