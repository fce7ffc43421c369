// The Familjen Helsingborg rules at their boundaries, each case one edit of
// examples/passes.yaml and the status the named rule must then have.
#include <doctest/doctest.h>

#include "engine/fh_fixture.h"

namespace grantcheck::testing {
namespace {

struct Case {
  const char* rule;
  std::vector<Edit> edits;
  const char* status;  // StatusName()
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::string what = c.rule;
    for (const auto& [path, value] : c.edits) what += " " + path + "=" + value;
    INFO(what);
    AppReport r = CheckPasses(c.edits);
    const Finding& f = FindingOf(r, c.rule);
    INFO(f.message);
    CHECK(StatusName(f.status) == c.status);
  }
}

TEST_CASE("fh: the example that passes passes every error and warning rule") {
  AppReport r = CheckPasses({});
  for (const Finding& f : r.findings) {
    INFO(f.rule_id << ": " << f.message);
    CHECK((f.status == Status::kPass || f.status == Status::kReview ||
           f.status == Status::kNotApplicable));
  }
  CHECK_FALSE(r.Failed(Severity::kWarning));
}

TEST_CASE("fh: duration, 12 months exactly and a day more, the 31st, 18 with and without reasons") {
  RunCases({
      {"FH-DURATION", {{"period.start", "2025-09-01"}, {"period.end", "2026-08-31"}}, "pass"},
      {"FH-DURATION", {{"period.start", "2025-09-01"}, {"period.end", "2026-09-01"}}, "fail"},
      {"FH-DURATION", {{"period.start", "2024-03-01"}, {"period.end", "2025-02-28"}}, "pass"},
      {"FH-DURATION", {{"period.start", "2023-03-01"}, {"period.end", "2024-02-29"}}, "pass"},
      {"FH-DURATION", {{"period.start", "2023-03-01"}, {"period.end", "2024-03-01"}}, "fail"},
      {"FH-DURATION", {{"period.start", "2025-01-31"}, {"period.end", "2026-01-30"}}, "pass"},
      {"FH-DURATION", {{"period.start", "2025-01-31"}, {"period.end", "2026-01-31"}}, "fail"},
      {"FH-DURATION", {{"period.start", "2025-08-31"}, {"period.end", "2026-08-30"}}, "pass"},
      {"FH-DURATION", {{"period.start", "2025-08-31"}, {"period.end", "2026-08-31"}}, "fail"},
      {"FH-DURATION",
       {{"period.start", "2025-09-01"}, {"period.end", "2027-02-28"},
        {"period.extension_reason", "Upphandlingen kräver ett helt år"}},
       "pass"},
      {"FH-DURATION",
       {{"period.start", "2025-09-01"}, {"period.end", "2027-03-01"},
        {"period.extension_reason", "Upphandlingen kräver ett helt år"}},
       "fail"},
      {"FH-DURATION", {{"period.start", "2025-09-01"}, {"period.end", "2027-02-28"}}, "fail"},
      {"FH-DURATION",
       {{"period.end", "2026-10-31"}, {"period.extension_reason", "'   '"}}, "fail"},
      {"FH-DURATION", {{"period.end", "2026-10-31"}, {"period.extension_reason", "~"}}, "fail"},
      {"FH-DURATION", {{"period.end", "<unset>"}}, "unknown"},
      {"FH-PERIOD-ORDER", {{"period.end", "2025-08-31"}}, "fail"},
      {"FH-PERIOD-ORDER", {{"period.end", "2025-09-01"}}, "pass"},
      {"FH-EXTENSION-REASONS", {}, "not_applicable"},
      {"FH-EXTENSION-REASONS", {{"period.end", "2026-09-01"}}, "review"},
  });
}

TEST_CASE("fh: an unknown duration names the missing date and points at its parent") {
  AppReport r = CheckPasses({{"period.end", "<unset>"}}, "en");
  const Finding& f = FindingOf(r, "FH-DURATION");
  CHECK(f.missing == "period.end");
  CHECK(f.pos == Pos{33, 3});
  CHECK(f.message ==
        "Project period at most 12 months (18 with exceptional reasons): cannot be checked "
        "because period.end is missing");
  AppReport draft = CheckPasses({{"period.end", "<unset>"}}, "sv", true);
  CHECK(FindingOf(draft, "FH-DURATION").status == Status::kTodo);
  CHECK_FALSE(draft.Failed(Severity::kError));
}

TEST_CASE("fh: a failing duration points at period.end, in Swedish and English") {
  AppReport sv_report = CheckPasses({{"period.end", "2026-09-01"}});
  const Finding& sv = FindingOf(sv_report, "FH-DURATION");
  CHECK(sv.pos == Pos{34, 8});
  CHECK(sv.message.starts_with("Projekttiden 2025-09-01–2026-09-01, inklusive slutrapportering, är 12,03 månader."));
  AppReport en_report = CheckPasses({{"period.end", "2026-09-01"}}, "en");
  const Finding& en = FindingOf(en_report, "FH-DURATION");
  CHECK(en.message.starts_with("The project period 2025-09-01 to 2026-09-01, final reporting included, is "
                                 "12.03 months."));
}

TEST_CASE("fh: reporting within 18 months of the decision") {
  // decision_date is 2025-06-12 in the base application.
  RunCases({
      {"FH-REPORTING-WINDOW", {{"period.end", "2026-12-12"}}, "pass"},
      {"FH-REPORTING-WINDOW", {{"period.end", "2026-12-13"}}, "fail"},
      {"FH-REPORTING-WINDOW", {{"decision_date", "<unset>"}}, "not_applicable"},
      {"FH-REPORT-MARGIN", {{"period.end", "2026-11-12"}}, "pass"},
      {"FH-REPORT-MARGIN", {{"period.end", "2026-11-13"}}, "fail"},
  });
}

TEST_CASE("fh: member municipalities by alias and case, counted once, non-members named") {
  RunCases({
      {"FH-MUNICIPALITIES", {{"municipalities", "[Helsingborgs stad, HÖGANÄS KOMMUN]"}}, "pass"},
      {"FH-MUNICIPALITIES", {{"municipalities", "[helsingborg, Höganäs]"}}, "pass"},
      {"FH-MUNICIPALITIES", {{"municipalities", "[Helsingborg, Helsingborgs stad]"}}, "fail"},
      {"FH-MUNICIPALITIES", {{"municipalities", "[Helsingborg, helsingborg kommun, Malmö]"}},
       "fail"},
      {"FH-MUNICIPALITIES", {{"municipalities", "[Höganäs, Kristianstad]"}}, "fail"},
      {"FH-MUNICIPALITIES", {{"municipalities", "[]"}}, "fail"},
      {"FH-MUNICIPALITIES", {{"municipalities", "<unset>"}}, "unknown"},
      {"FH-MUNICIPALITIES-MORE", {{"municipalities", "[Helsingborg, Höganäs]"}}, "fail"},
      {"FH-MUNICIPALITIES-MORE", {{"municipalities", "[Helsingborg, Höganäs, Bjuv]"}}, "pass"},
  });
  AppReport r = CheckPasses({{"municipalities", "[Helsingborg, Malmö stad, Lund, Malmö stad]"}},
                            "en");
  const Finding& f = FindingOf(r, "FH-MUNICIPALITIES");
  CHECK(f.message.find("Malmö stad, Lund") != std::string::npos);
  CHECK(f.message.find("1 (Helsingborg)") != std::string::npos);
}

TEST_CASE("fh: ownership, steering group, project leader, financial administration, procurement") {
  RunCases({
      {"FH-OWNER", {{"organisation.owner", "Höganäs kommun"}}, "pass"},
      {"FH-OWNER", {{"organisation.owner", "Region Skåne"}}, "fail"},
      {"FH-OWNER",
       {{"organisation.owner", "Socialchefsnätverket"}, {"applicant.kind", "network"}}, "pass"},
      {"FH-STEERING-GROUP", {{"organisation.steering_group", "[]"}}, "fail"},
      {"FH-PROJECT-LEADER", {{"organisation.project_leader", "''"}}, "fail"},
      {"FH-FINANCIAL-ADMIN", {{"organisation.financial_admin", "ÄNGELHOLMS KOMMUN"}}, "pass"},
      {"FH-FINANCIAL-ADMIN", {{"organisation.financial_admin", "Bjuv"}}, "fail"},
      {"FH-FINANCIAL-ADMIN", {{"organisation.financial_admin", "Malmö"}}, "fail"},
      {"FH-FINANCIAL-ADMIN", {{"organisation.financial_admin", "<unset>"}}, "unknown"},
      {"FH-PROCUREMENT", {{"organisation.procurement", "Malmö"}}, "fail"},
      {"FH-PROCUREMENT", {{"organisation.procurement", "<unset>"}}, "not_applicable"},
  });
}

TEST_CASE("fh: the budget adds up to the öre, no ordinary posts, larger material with a use") {
  RunCases({
      {"FH-BUDGET-SUM", {{"budget.lines[0].amount", "585000.01"}}, "fail"},
      {"FH-BUDGET-SUM",
       {{"budget.lines[0].amount", "584999.99"}, {"budget.lines[1].amount", "95000.01"}}, "pass"},
      {"FH-BUDGET-SUM",
       {{"budget.lines[0].amount", "584999.90"}, {"budget.cofinancing[0].amount", "59999.90"}},
       "pass"},
      {"FH-BUDGET-SUM", {{"budget.cofinancing", "<unset>"}, {"budget.requested", "820000"}},
       "pass"},
      {"FH-BUDGET-SUM", {{"budget.lines[1].amount", "<unset>"}}, "unknown"},
      {"FH-BUDGET-SUM", {{"budget.requested", "'720000'"}}, "error"},
      {"FH-NO-ORDINARY", {{"budget.lines[0].position.ordinary", "true"}}, "fail"},
      {"FH-NO-ORDINARY", {{"budget.lines[0].position.ordinary", "<unset>"}}, "unknown"},
      {"FH-NO-ORDINARY", {{"budget.lines[1].position", "{ordinary: true}"}}, "pass"},
      {"FH-MATERIAL", {{"budget.lines[2].after_project_use", "<unset>"}}, "fail"},
      {"FH-MATERIAL",
       {{"budget.lines[2].after_project_use", "<unset>"}, {"budget.lines[2].amount", "20000"}},
       "pass"},
      {"FH-MATERIAL",
       {{"budget.lines[2].after_project_use", "<unset>"}, {"budget.lines[2].amount", "20000.01"}},
       "fail"},
      {"FH-BUDGET-ACTIVITY", {{"budget.lines[1].activity", "A9"}}, "fail"},
      {"FH-PERSONNEL-COST", {{"budget.lines[0].amount", "315000"}}, "pass"},
      {"FH-PERSONNEL-COST", {{"budget.lines[0].amount", "314999.99"}}, "fail"},
      {"FH-PERSONNEL-COST", {{"budget.lines[0].amount", "990000.01"}}, "fail"},
      {"FH-COFINANCING", {{"budget.cofinancing", "[]"}}, "fail"},
  });
}

TEST_CASE("fh: results, communication, areas, partners, review items stay review") {
  RunCases({
      {"FH-LONG-TERM", {{"results.after_project", "<unset>"}}, "pass"},
      {"FH-LONG-TERM", {{"results.after_project", "<unset>"}, {"results.expected", "<unset>"}},
       "fail"},
      {"FH-COMMUNICATION-FUNDER", {{"communication.shows_funder", "false"}}, "fail"},
      {"FH-COMMUNICATION-FUNDER", {{"communication.shows_funder", "<unset>"}}, "unknown"},
      {"FH-COMMUNICATION-PLAN", {{"communication.plan", "<unset>"}}, "fail"},
      {"FH-AREAS", {{"areas", "[]"}}, "fail"},
      {"FH-PARTNERS", {{"partners", "[]"}}, "fail"},
      {"FH-VISION", {}, "review"},
      {"FH-INNOVATIVE", {}, "review"},
      {"FH-PUBLIC-BENEFIT", {}, "review"},
  });
}

}  // namespace
}  // namespace grantcheck::testing
