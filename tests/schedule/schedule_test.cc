// Deadline evaluation on the shipped Familjen Helsingborg rules: the dates its
// text gives for projects of different shapes, pinned whole, and every kind
// of undated and faulty entry (tests/schedule/data/faults.toml).
#include "schedule/schedule.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "base/file_io.h"
#include "cli/run_cli.h"
#include "model/doc_edit.h"
#include "model/document.h"

namespace grantcheck::testing {
namespace {

// A field path and its new YAML value; "<unset>" removes the field.
using Edit = std::pair<std::string, std::string>;

struct Loaded {
  RuleSet rules = LoadRuleSet({SourcePath("rules/familjen-helsingborg.toml"),
                               SourcePath("tests/schedule/data/faults.toml")});
  std::vector<PreparedProgram> prepared = PrepareAll(rules);
  std::string passes = ReadInput(SourcePath("examples/passes.yaml")).text.value_or("");

  static std::vector<PreparedProgram> PrepareAll(const RuleSet& rules) {
    std::vector<PreparedProgram> out;
    for (const auto& p : rules.programs) out.push_back(Prepare(*p));
    return out;
  }
};

const Loaded& Shared() {
  static const Loaded loaded;  // loaded once, read-only afterwards
  return loaded;
}

const PreparedProgram& Program(std::string_view id) {
  for (const PreparedProgram& p : Shared().prepared) {
    if (p.program->id == id) return p;
  }
  FAIL("no program " << id);
  return Shared().prepared.front();
}

// The schedule of `yaml` with `edits` applied, as one Dump() line per entry.
std::string Scheduled(const std::string& yaml, const std::vector<Edit>& edits,
                      ScheduleOptions options, std::string_view program = "familjen-helsingborg") {
  REQUIRE(HasErrors(Shared().rules.diagnostics) == false);
  Document doc = LoadYaml(yaml, "app.yaml");
  REQUIRE(doc.ok);
  for (const auto& edit : edits) {
    // named, not bound: a doctest message's lambda cannot capture a structured binding in clang 14
    const auto& path = edit.first;
    const auto& value = edit.second;
    if (value == "<unset>") {
      REQUIRE(UnsetPath(doc.root, path) == "");
      continue;
    }
    std::optional<DocNode> node = ParseYamlValue(value);
    REQUIRE_MESSAGE(node, value);
    REQUIRE(SetPath(doc.root, path, *node) == "");
  }
  const PreparedProgram& p = Program(program);
  ScheduleReport r = ScheduleApplication(BuildApplication(doc, p.program->schema), p, options);
  std::string out;
  for (const ScheduleEntry& e : r.entries) out += Dump(e) + "\n";
  return out;
}

// examples/passes.yaml (decision 2025-06-12, project 2025-09-01 to
// 2026-08-31, 12 months) with `edits`.
std::string Passes(const std::vector<Edit>& edits, ScheduleOptions options = {}) {
  return Scheduled(Shared().passes, edits, std::move(options));
}

TEST_CASE(
    "schedule FH: a 12-month project: half-time report at the midpoint, final report a "
    "month after the end") {
  CHECK(Passes({}) ==
        "2025-06-12 decision\n"
        "2025-06-12 invoicing\n"
        "2026-03-02 halftime-report\n"  // 2025-09-01 + 364 / 2 days
        "2026-08-31 project-end\n"
        "2026-08-31 return-unspent\n"
        "2026-09-30 final-report\n"
        "2026-09-30 oral-presentation\n");
}

TEST_CASE("schedule FH: a 9-month project has no half-time report, one day more has") {
  CHECK(Passes({{"period.end", "2026-05-31"}}) ==
        "2025-06-12 decision\n"
        "2025-06-12 invoicing\n"
        "2026-05-31 project-end (söndag)\n"
        "2026-05-31 return-unspent (söndag)\n"
        "2026-06-30 final-report\n"
        "2026-06-30 oral-presentation\n");
  CHECK(Passes({{"period.end", "2026-06-01"}}) ==
        "2025-06-12 decision\n"
        "2025-06-12 invoicing\n"
        "2026-01-15 halftime-report\n"
        "2026-06-01 project-end\n"
        "2026-06-01 return-unspent\n"
        "2026-07-01 final-report\n"
        "2026-07-01 oral-presentation\n");
}

TEST_CASE("schedule FH: the final report is capped by 18 months from the decision") {
  // Decided long before the start: 2025-03-10 + 18 months comes before
  // 2026-08-31 + 1 month.
  CHECK(Passes({{"decision_date", "2025-03-10"}}) ==
        "2025-03-10 decision\n"
        "2025-03-10 invoicing\n"
        "2026-03-02 halftime-report\n"
        "2026-08-31 project-end\n"
        "2026-08-31 return-unspent\n"
        "2026-09-10 final-report\n"
        "2026-09-10 oral-presentation\n");
  // An exceptional 18-month project: the cap falls before the project ends,
  // on a Saturday, which is flagged and not moved.
  CHECK(Passes({{"period.start", "2025-07-01"}, {"period.end", "2026-12-31"}}) ==
        "2025-06-12 decision\n"
        "2025-06-12 invoicing\n"
        "2026-04-01 halftime-report\n"  // 2025-07-01 + 548 / 2 days
        "2026-12-12 final-report (lördag)\n"
        "2026-12-12 oral-presentation (lördag)\n"
        "2026-12-31 project-end\n"
        "2026-12-31 return-unspent\n");
}

TEST_CASE("schedule FH: without a decision date, what depends on it is undated and says so") {
  // The final report is due a month after the end and within 18 months of
  // the decision: without the decision, a month after the end at the latest.
  CHECK(Passes({{"decision_date", "<unset>"}}) ==
        "2026-03-02 halftime-report\n"
        "2026-08-31 project-end\n"
        "2026-08-31 return-unspent\n"
        "2026-09-30 final-report at-the-latest\n"
        "2026-09-30 oral-presentation at-the-latest\n"
        "undated decision needs decision_date\n"
        "undated invoicing needs decision_date\n");
  // With no period either, each entry names every field it needs.
  CHECK(Passes({{"decision_date", "<unset>"}, {"period", "<unset>"}}) ==
        "undated decision needs decision_date\n"
        "undated invoicing needs decision_date\n"
        "undated halftime-report needs period.start, period.end\n"
        "undated project-end needs period.end\n"
        "undated final-report needs period.end, decision_date\n"
        "undated oral-presentation needs period.end, decision_date\n"
        "undated return-unspent needs period.end\n");
}

TEST_CASE("schedule FH: holidays are flagged in the program's or the chosen language") {
  // 2026-05-14 is Kristi himmelsfärdsdag.
  std::vector<Edit> ascension = {{"period.start", "2025-06-15"}, {"period.end", "2026-05-14"}};
  CHECK(Passes(ascension) ==
        "2025-06-12 decision\n"
        "2025-06-12 invoicing\n"
        "2025-11-28 halftime-report\n"
        "2026-05-14 project-end (Kristi himmelsfärdsdag)\n"
        "2026-05-14 return-unspent (Kristi himmelsfärdsdag)\n"
        "2026-06-14 final-report (söndag)\n"
        "2026-06-14 oral-presentation (söndag)\n");
  CHECK(Passes(ascension, {.lang = "en"}).find("project-end (Ascension Day)") != std::string::npos);
  CHECK(Passes(ascension, {.lang = "en"}).find("final-report (Sunday)") != std::string::npos);
}

TEST_CASE("schedule FH: --today marks past deadlines overdue and the next one") {
  // The decision is the board's (by = "funder"): once past it has passed.
  CHECK(Passes({}, {.today = ParseDate("2026-08-31")}) ==
        "2025-06-12 decision passed\n"
        "2025-06-12 invoicing overdue\n"
        "2026-03-02 halftime-report overdue\n"
        "2026-08-31 project-end next\n"  // due today: not yet overdue
        "2026-08-31 return-unspent\n"
        "2026-09-30 final-report\n"
        "2026-09-30 oral-presentation\n");
  // After the last deadline nothing is next.
  CHECK(Passes({}, {.today = ParseDate("2027-01-01")}).find("next") == std::string::npos);
}

TEST_CASE("schedule FH: a received report is neither late nor next") {
  CHECK(Passes({{"received", "{halftime-report: 2026-03-05, final-report: 2026-09-01}"}},
               {.today = ParseDate("2026-06-01")}) ==
        "2025-06-12 decision passed\n"
        "2025-06-12 invoicing overdue\n"
        "2026-03-02 halftime-report received 2026-03-05\n"
        "2026-08-31 project-end next\n"
        "2026-08-31 return-unspent\n"
        "2026-09-30 final-report received 2026-09-01\n"  // early: not next either
        "2026-09-30 oral-presentation\n");
  // Received before it was due, and today after: still not overdue.
  CHECK(Passes({{"received", "{halftime-report: 2026-03-01}"}}, {.today = ParseDate("2026-04-01")})
            .find("2026-03-02 halftime-report received 2026-03-01\n") != std::string::npos);
}

TEST_CASE("schedule FH: --from and --until keep the dates in range, and every undated entry") {
  CHECK(Passes({{"decision_date", "<unset>"}},
               {.from = ParseDate("2026-03-02"), .until = ParseDate("2026-08-30")}) ==
        "2026-03-02 halftime-report\n"  // the final report's 2026-09-30 at the latest is out
        "undated decision needs decision_date\n"
        "undated invoicing needs decision_date\n");
}

TEST_CASE("schedule: a field of the wrong type makes an error entry with the reason") {
  std::string out = Passes({{"period.end", "snart"}});
  CHECK(out.find("error project-end: ") != std::string::npos);
  CHECK(out.find("undated") == std::string::npos);
}

TEST_CASE("schedule: faulty deadlines, when false, and Danish holidays before and after 2024") {
  std::string yaml = "program: schedule-faults\ntitle: Test\nperiod: { start: 2025-09-01 }\n";
  CHECK(Scheduled(yaml, {}, {.today = ParseDate("2024-01-01")}, "schedule-faults") ==
        "2023-05-05 prayer-day (Store bededag) overdue\n"
        "2024-04-26 no-prayer-day next\n"
        "error divides: division by zero (" +
            SourcePath("tests/schedule/data/faults.toml") +
            ":12:34)\n"
            "error not-a-date: datoen blev \"Test\", ikke en dato\n"
            "error when-not-bool: betingelsen (when) blev date(\"2025-09-01\"), ikke sand eller "
            "falsk\n"
            "undated needs-both needs period.end, decision_date\n");
}

}  // namespace
}  // namespace grantcheck::testing
