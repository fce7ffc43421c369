// The schedule's output formats on hand-made reports: whole outputs pinned,
// and hostile text (control characters, CSV formulas, iCalendar and Markdown
// syntax) shown as text and never acted on.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

ScheduleEntry Entry(std::string id, std::string title, std::string date) {
  return ScheduleEntry{.file = "a.yaml",
                       .program_id = "familjen-helsingborg",
                       .app_title = "Trygg natt",
                       .identity = "title\nTrygg natt\nHelsingborgs stad",
                       .deadline_id = std::move(id),
                       .title = std::move(title),
                       .date = ParseDate(date),
                       .source = "Källan."};
}

// One application with an overdue, a next, a weekend, an undated and a faulty
// entry, and one file that could not be read.
std::vector<ScheduleReport> Sample() {
  ScheduleEntry decision = Entry("decision", "Beslut", "2025-06-12");
  decision.overdue = true;
  ScheduleEntry half = Entry("halftime-report", "Halvtidsrapport", "2026-03-02");
  half.next = true;
  half.note = "Mitt i perioden; se texten.";
  ScheduleEntry end = Entry("project-end", "Projektslut", "2026-05-14");
  end.day_off = DayOff::kHoliday;
  end.day_off_name = "Kristi himmelsfärdsdag";
  ScheduleEntry final_report = Entry("final-report", "Slutrapport", "");
  final_report.status = EntryStatus::kUndated;
  final_report.missing = {"period.end", "decision_date"};
  ScheduleEntry bad = Entry("oral", "Presentation", "");
  bad.status = EntryStatus::kError;
  bad.error = "division by zero";
  ScheduleReport app{.file = "a.yaml",
                     .program_id = "familjen-helsingborg",
                     .app_title = "Trygg natt",
                     .language = "sv",
                     .entries = {decision, half, end, final_report, bad}};
  ScheduleReport unreadable{.file = "b\x1b[2J.yaml", .input_error = true};
  unreadable.problems.push_back(
      Finding{.rule_id = "yaml-syntax", .message = "expected ':'", .pos = {3, 1}});
  return {app, unreadable};
}

std::string Written(std::string_view format, const std::vector<ScheduleReport>& reports) {
  std::ostringstream out;
  FindScheduleFormat(format)->write(
      reports, {.today = ParseDate("2026-01-15"), .dtstamp = "20260115T000000Z"}, out);
  return out.str();
}

TEST_CASE("schedule text: a section per application, overdue tagged, next marked") {
  CHECK(Written("text", Sample()) ==
        "a.yaml: Trygg natt (familjen-helsingborg)\n"
        "  2025-06-12  Beslut  [försenad]\n"
        "> 2026-03-02  Halvtidsrapport  [nästa]\n"
        "  2026-05-14  Projektslut (Kristi himmelsfärdsdag)\n"
        "  odaterad    Slutrapport: beror på beslutet (period.end, decision_date)\n"
        "  fel         Presentation: division by zero\n"
        "\n"
        "b\xEF\xBF\xBD[2J.yaml:3:1: error yaml-syntax: expected ':'\n");
}

TEST_CASE("schedule text: an application without deadlines says so, in its language") {
  ScheduleReport empty{.file = "c.yaml", .program_id = "p", .language = "en"};
  CHECK(Written("text", {empty}) == "c.yaml: (p)\n  (no deadlines)\n");
}

TEST_CASE("schedule markdown: a table per application, the next deadline in bold") {
  std::vector<ScheduleReport> reports = Sample();
  reports[0].entries[0].title = "Beslut | *fet* <b>";
  CHECK(Written("markdown", reports) ==
        "## a.yaml: Trygg natt (familjen-helsingborg)\n"
        "\n"
        "| Datum | Frist | Anmärkning |\n"
        "|---|---|---|\n"
        "| 2025-06-12 | Beslut \\| \\*fet\\* &lt;b&gt; | försenad |\n"
        "| **2026-03-02** | **Halvtidsrapport** | nästa |\n"
        "| 2026-05-14 | Projektslut | Kristi himmelsfärdsdag |\n"
        "| odaterad | Slutrapport | beror på beslutet (period.end, decision\\_date) |\n"
        "| fel | Presentation | division by zero |\n"
        "\n"
        "## b\xEF\xBF\xBD\\[2J.yaml\n"
        "\n"
        "- yaml-syntax (3:1): expected ':'\n");
}

TEST_CASE("schedule csv: RFC 4180 quoting, CRLF, and no spreadsheet formulas") {
  ScheduleEntry e = Entry("x", "=HYPERLINK(\"http://evil\",\"klick\")", "2026-01-02");
  e.app_title = "@SUM(A1), \"citat\"";
  e.note = "-2+3";
  e.source = "rad ett\nrad två";
  ScheduleReport r{.file = "a.yaml", .program_id = "p", .entries = {e}};
  CHECK(Written("csv", {r}) ==
        "file,program,application,deadline,title,date,status,overdue,day_off,day_off_name,"
        "missing,error,note,source,by,passed,received,at_the_latest\r\n"
        "a.yaml,familjen-helsingborg,\"'@SUM(A1), \"\"citat\"\"\",x,"
        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klick\"\")\",2026-01-02,dated,false,,,,,'-2+3,"
        "rad ett rad två,applicant,false,,false\r\n");
}

TEST_CASE("schedule csv: several applications merge into one table in date order") {
  std::vector<ScheduleReport> reports = Sample();
  ScheduleReport other{
      .file = "z.yaml", .program_id = "p", .entries = {Entry("early", "Tidig", "2025-01-01")}};
  other.entries[0].file = "z.yaml";
  reports.push_back(other);
  std::istringstream lines(Written("csv", reports));
  std::vector<std::string> firsts;
  for (std::string line; std::getline(lines, line);) {
    firsts.push_back(line.substr(0, line.find(',', line.find(',', line.find(',') + 1) + 1)));
  }
  CHECK(firsts ==
        std::vector<std::string>{
            "file,program,application", "z.yaml,familjen-helsingborg,Trygg natt",
            "a.yaml,familjen-helsingborg,Trygg natt", "a.yaml,familjen-helsingborg,Trygg natt",
            "a.yaml,familjen-helsingborg,Trygg natt", "a.yaml,familjen-helsingborg,Trygg natt",
            "a.yaml,familjen-helsingborg,Trygg natt"});
}

TEST_CASE("schedule ics: one all-day event per dated deadline, escaped and folded") {
  std::vector<ScheduleReport> reports = Sample();
  reports[0].entries.resize(3);
  reports[0].entries[2].source = "A; b, c\\d – åäö åäö åäö åäö åäö åäö åäö åäö åäö åäö åäö";
  std::string ics = Written("ics", reports);
  CHECK(ics ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//grantcheck//grantcheck " GRANTCHECK_VERSION
        "//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:decision-5c2b9862aeb26b09@grantcheck\r\n"
        "DTSTAMP:20260115T000000Z\r\n"
        "DTSTART;VALUE=DATE:20250612\r\n"
        "DTEND;VALUE=DATE:20250613\r\n"
        "SUMMARY:Beslut: Trygg natt\r\n"
        "DESCRIPTION:försenad\\nAnsökan: a.yaml (familjen-helsingborg)\\nKälla: Kä\r\n"
        " llan.\r\n"  // the state opens the description; "next" is the calendar's own
        "CATEGORIES:familjen-helsingborg\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:halftime-report-5c2b9862aeb26b09@grantcheck\r\n"
        "DTSTAMP:20260115T000000Z\r\n"
        "DTSTART;VALUE=DATE:20260302\r\n"
        "DTEND;VALUE=DATE:20260303\r\n"
        "SUMMARY:Halvtidsrapport: Trygg natt\r\n"
        "DESCRIPTION:Mitt i perioden\\; se texten.\\nAnsökan: a.yaml (familjen-helsin\r\n"
        " gborg)\\nKälla: Källan.\r\n"
        "CATEGORIES:familjen-helsingborg\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:project-end-5c2b9862aeb26b09@grantcheck\r\n"
        "DTSTAMP:20260115T000000Z\r\n"
        "DTSTART;VALUE=DATE:20260514\r\n"
        "DTEND;VALUE=DATE:20260515\r\n"
        "SUMMARY:Projektslut: Trygg natt\r\n"
        "DESCRIPTION:Infaller på Kristi himmelsfärdsdag\\, som inte är en arbetsda\r\n"
        " g\\; grantcheck flyttar inte datumet.\\nAnsökan: a.yaml (familjen-helsingbo\r\n"
        " rg)\\nKälla: A\\; b\\, c\\\\d – åäö åäö åäö åäö åäö åäö å\r\n"
        " äö åäö åäö åäö åäö\r\n"
        "CATEGORIES:familjen-helsingborg\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n");
}

TEST_CASE("schedule ics: a fold never splits a UTF-8 sequence") {
  std::vector<ScheduleReport> reports = Sample();
  reports[0].entries.resize(1);
  std::string title;
  for (int i = 0; i < 40; ++i) title += "ö";
  reports[0].entries[0].title = title;
  reports[0].app_title = "";
  reports[0].entries[0].app_title = "";
  // "SUMMARY:" is 8 octets and each ö 2, so 75 octets would end inside an ö:
  // the first line stops at 74.
  std::string ics = Written("ics", reports);
  std::string first =
      "SUMMARY:" + title.substr(0, 66) + "\r\n " + title.substr(66) + ": a.yaml\r\n";
  CHECK(ics.find(first) != std::string::npos);
}

TEST_CASE("schedule ics: the UID depends on the application's identity, program and deadline") {
  std::vector<ScheduleReport> a = Sample();
  std::vector<ScheduleReport> b = Sample();
  b[0].entries[0].title = "Ändrad titel";
  b[0].entries[0].date = ParseDate("2025-07-01");
  std::string uid = "UID:decision-5c2b9862aeb26b09@grantcheck\r\n";
  CHECK(Written("ics", a).find(uid) != std::string::npos);
  CHECK(Written("ics", b).find(uid) != std::string::npos);
  b[0].entries[0].file = "./annan/a.yaml";  // another path: the same application
  CHECK(Written("ics", b).find(uid) != std::string::npos);
  b[0].entries[0].identity = "id\nFH-2025-017";
  CHECK(Written("ics", b).find(uid) == std::string::npos);
  b[0].entries[0].identity = a[0].entries[0].identity;
  b[0].entries[0].program_id = "familjen-helsingborg-expoframtid";
  CHECK(Written("ics", b).find(uid) == std::string::npos);
}

TEST_CASE("schedule ics --remind: a display alarm DAYS before, inside the event") {
  std::vector<ScheduleReport> reports = Sample();
  reports[0].entries.resize(1);
  std::ostringstream out;
  FindScheduleFormat("ics")->write(reports, {.dtstamp = "20260115T000000Z", .remind_days = 14},
                                   out);
  CHECK(out.str().find("TRANSP:TRANSPARENT\r\n"
                       "BEGIN:VALARM\r\n"
                       "ACTION:DISPLAY\r\n"
                       "DESCRIPTION:Beslut: Trygg natt\r\n"
                       "TRIGGER:-P14D\r\n"
                       "END:VALARM\r\n"
                       "END:VEVENT\r\n") != std::string::npos);
}

TEST_CASE("schedule json: every entry with its documented keys") {
  nlohmann::json doc = nlohmann::json::parse(Written("json", Sample()));
  CHECK(doc["today"] == "2026-01-15");
  const auto& app = doc["applications"][0];
  CHECK(app["status"] == "ok");
  CHECK(app["deadlines"].size() == 5);
  const auto& end = app["deadlines"][2];
  CHECK(end["id"] == "project-end");
  CHECK(end["date"] == "2026-05-14");
  CHECK(end["day_off"] == "holiday");
  CHECK(end["day_off_name"] == "Kristi himmelsfärdsdag");
  CHECK(app["deadlines"][0]["overdue"] == true);
  CHECK(app["deadlines"][1]["next"] == true);
  CHECK(app["deadlines"][3]["status"] == "undated");
  CHECK(app["deadlines"][3]["date"].is_null());
  CHECK(app["deadlines"][3]["missing"] == nlohmann::json::array({"period.end", "decision_date"}));
  CHECK(app["deadlines"][4]["error"] == "division by zero");
  const auto& bad = doc["applications"][1];
  CHECK(bad["status"] == "input_error");
  CHECK(bad["problems"][0]["line"] == 3);
  CHECK(bad["deadlines"].empty());
}

}  // namespace
}  // namespace grantcheck
