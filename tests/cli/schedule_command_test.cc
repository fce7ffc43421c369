// `grantcheck schedule` end to end: the built binary on the bundled examples,
// whole text output pinned, and the ics and csv files read back by real
// parsers (Debian's python3-icalendar and Python's csv module).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// Runs `script` with Python on `data` (written to a file, passed as argv[1])
// and returns what it prints; the script's failure fails the test.
std::string Python(const std::string& script, const std::string& data) {
  // Each test runs in its own process under ctest -j: the directory must be
  // unique per process, not per seed of rand().
  TempDir dir;
  std::string script_file = dir.Write("script.py", script);
  std::string data_file = dir.Write("data", data);
  // GRANTCHECK_PYTHON is Debian's interpreter, where python3-icalendar is installed.
  ToolResult r = RunTool(std::string(GRANTCHECK_PYTHON) + " '" + script_file + "' '" + data_file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  return r.output;
}

// The lines of `text`, sorted.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// "DEADLINE-ID DATE TITLE: APPLICATION" of every dated deadline in a json
// schedule, sorted: what the ics output of the same run must hold.
std::vector<std::string> DatedFromJson(const std::string& json) {
  std::vector<std::string> out;
  nlohmann::json doc = nlohmann::json::parse(json);
  for (const auto& app : doc["applications"]) {
    std::string what =
        app["title"].is_string() ? app["title"].get<std::string>() : app["file"].get<std::string>();
    for (const auto& d : app["deadlines"]) {
      if (d["status"] != "dated") continue;
      out.push_back(d["id"].get<std::string>() + " " + d["date"].get<std::string>() + " " +
                    d["title"].get<std::string>() + ": " + what);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::string kFhExamples =
    "examples/passes.yaml examples/fails.yaml examples/projektplan-kommunala-mikrotjanster.yaml";

TEST_CASE("schedule cli: the Familjen Helsingborg examples as text, whole") {
  CliResult r = RunCli("schedule --today 2026-01-15 " + kFhExamples);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "examples/passes.yaml: Trygg natt – digital nattillsyn i hemtjänsten (familjen-helsingborg)\n"
        "  2025-06-12  Styrelsens beslut om finansiering  [passerad]\n"
        "  2025-06-12  Fakturering av beviljat projektstöd  [försenad]\n"
        "> 2026-03-02  Skriftlig halvtidsrapport till sekretariatet  [nästa]\n"
        "  2026-08-31  Projektslut\n"
        "  2026-08-31  Återföring av överblivna medel\n"
        "  2026-09-30  Skriftlig slutrapport\n"
        "  2026-09-30  Muntlig presentation av resultat vid styrelsemöte\n"
        "\n"
        "examples/fails.yaml: Ungdomsmakerspace på biblioteket (familjen-helsingborg)\n"
        "> 2026-06-16  Skriftlig halvtidsrapport till sekretariatet  [nästa]\n"
        "  2027-03-31  Projektslut\n"
        "  2027-03-31  Återföring av överblivna medel\n"
        "  2027-04-30  Skriftlig slutrapport  [senast, beror på beslutet (decision_date)]\n"
        "  2027-04-30  Muntlig presentation av resultat vid styrelsemöte  [senast, beror på beslutet (decision_date)]\n"
        "  odaterad    Styrelsens beslut om finansiering: beror på beslutet (decision_date)\n"
        "  odaterad    Fakturering av beviljat projektstöd: beror på beslutet (decision_date)\n"
        "\n"
        "examples/projektplan-kommunala-mikrotjanster.yaml: Kommunala mikrotjänster (familjen-helsingborg)\n"
        "  odaterad    Styrelsens beslut om finansiering: beror på beslutet (decision_date)\n"
        "  odaterad    Fakturering av beviljat projektstöd: beror på beslutet (decision_date)\n"
        "  odaterad    Skriftlig halvtidsrapport till sekretariatet: behöver period.start, period.end\n"
        "  odaterad    Projektslut: behöver period.end\n"
        "  odaterad    Skriftlig slutrapport: beror på beslutet (period.end, decision_date)\n"
        "  odaterad    Muntlig presentation av resultat vid styrelsemöte: beror på beslutet (period.end, decision_date)\n"
        "  odaterad    Återföring av överblivna medel: behöver period.end\n");
}

TEST_CASE("schedule cli: English, and a range of dates") {
  CliResult r = RunCli(
      "schedule --lang en --today 2026-01-15 --from 2026-03-01 --until 2026-08-31 "
      "examples/passes.yaml");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "examples/passes.yaml: Trygg natt – digital nattillsyn i hemtjänsten "
        "(familjen-helsingborg)\n"
        "> 2026-03-02  Written half-time report to the secretariat  [next]\n"
        "  2026-08-31  Project end\n"
        "  2026-08-31  Return of unspent funds\n");
}

TEST_CASE("schedule cli: the examples' ics opens in python3-icalendar with every dated deadline") {
  CliResult ics = RunCli("schedule --format ics --today 2026-01-15 examples/");
  CHECK(ics.status == 0);
  // RFC 5545 3.1: every line ends in CRLF and is at most 75 octets long.
  std::string rest = ics.out;
  CHECK(rest.size() > 2);
  for (size_t at; (at = rest.find("\r\n")) != std::string::npos; rest.erase(0, at + 2)) {
    CHECK(at <= 75);
    CHECK(rest.substr(0, at).find('\n') == std::string::npos);
  }
  CHECK(rest.empty());
  std::string parsed = Python(R"PY(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert str(cal['VERSION']) == '2.0' and str(cal['PRODID']).startswith('-//grantcheck//')
for ev in cal.walk('VEVENT'):
    uid = str(ev['UID'])
    assert uid.endswith('@grantcheck'), uid
    assert ev.decoded('DTSTAMP').isoformat() == '2026-01-15T00:00:00+00:00'
    start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
    assert (end - start).days == 1 and not hasattr(start, 'hour'), uid
    summary = ev.decoded('SUMMARY').decode()
    print(uid.rsplit('-', 1)[0], start.isoformat(), summary)
)PY",
                              ics.out);
  CliResult json = RunCli("schedule --format json --today 2026-01-15 examples/");
  std::vector<std::string> want = DatedFromJson(json.out);
  CHECK(want.size() > 10);
  CHECK(Lines(parsed) == want);
  // The same run gives the same file, UIDs included.
  CHECK(RunCli("schedule --format ics --today 2026-01-15 examples/").out == ics.out);
}

TEST_CASE("schedule cli: ics text values come back unescaped, flags in DESCRIPTION") {
  // examples/fails.yaml ends on 2027-03-31, and its description has a ';'.
  CliResult ics = RunCli("schedule --format ics --lang en --today 2026-01-15 examples/fails.yaml");
  std::string parsed = Python(R"PY(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    print(repr(ev.decoded('DESCRIPTION').decode()))
)PY",
                              ics.out);
  CHECK(Has(parsed,
            "the middle of the project period is our assumption, for the secretariat to "
            "confirm.\\nApplication: "
            "examples/fails.yaml (familjen-helsingborg)\\nSource: Om projektet"));
  // Undated deadlines cannot be calendar events; they are named on stderr.
  CHECK(Has(ics.err,
            "grantcheck: note: examples/fails.yaml: deadline 'decision' is not in "
            "the output: depends on the decision (decision_date)\n"));
}

TEST_CASE("schedule cli: a weekend deadline is flagged in ics, csv and text") {
  std::string app =
      "program: familjen-helsingborg\ntitle: Helg\ndecision_date: 2025-06-12\n"
      "period: { start: 2025-09-01, end: 2026-05-31 }\n";
  CliResult text = RunCli("schedule --today 2026-01-15 -", app);
  CHECK(Has(text.out, "> 2026-05-31  Projektslut (söndag)  [nästa]\n"));
  CliResult ics = RunCli("schedule --format ics --today 2026-01-15 -", app);
  CHECK(Has(ics.out, "DESCRIPTION:Infaller på söndag\\, som inte är en arbetsdag\\; grantcheck "));
  CliResult csv = RunCli("schedule --format csv --today 2026-01-15 -", app);
  CHECK(Has(csv.out,
            "<stdin>,familjen-helsingborg,Helg,project-end,Projektslut,2026-05-31,dated,"
            "false,sunday,söndag,,,,"));
}

TEST_CASE("schedule cli: csv is one merged table that Python's csv module reads") {
  CliResult csv = RunCli("schedule --format csv --today 2026-01-15 " + kFhExamples);
  CHECK(csv.status == 0);
  std::string rows = Python(R"PY(
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert all(len(r) == len(rows[0]) for r in rows)
for r in rows[1:]:
    print(r[5] or '-', r[6], r[3], r[0].split('/')[-1])
)PY",
                            csv.out);
  CHECK(rows ==
        "2025-06-12 dated decision passes.yaml\n"
        "2025-06-12 dated invoicing passes.yaml\n"
        "2026-03-02 dated halftime-report passes.yaml\n"
        "2026-06-16 dated halftime-report fails.yaml\n"
        "2026-08-31 dated project-end passes.yaml\n"
        "2026-08-31 dated return-unspent passes.yaml\n"
        "2026-09-30 dated final-report passes.yaml\n"
        "2026-09-30 dated oral-presentation passes.yaml\n"
        "2027-03-31 dated project-end fails.yaml\n"
        "2027-03-31 dated return-unspent fails.yaml\n"
        "2027-04-30 dated final-report fails.yaml\n"
        "2027-04-30 dated oral-presentation fails.yaml\n"
        "- undated decision fails.yaml\n"
        "- undated invoicing fails.yaml\n"
        "- undated decision projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated invoicing projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated halftime-report projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated project-end projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated final-report projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated oral-presentation projektplan-kommunala-mikrotjanster.yaml\n"
        "- undated return-unspent projektplan-kommunala-mikrotjanster.yaml\n");
}

TEST_CASE("schedule cli: a bad file exits 2 and the others are still listed") {
  CliResult text = RunCli(
      "schedule --today 2026-01-15 tests/data/cli/bad-syntax.yaml "
      "examples/passes.yaml nonexistent.yaml");
  CHECK(text.status == 2);
  CHECK(Has(text.out, "tests/data/cli/bad-syntax.yaml:3:1: error yaml-syntax: "));
  CHECK(Has(text.out, "> 2026-03-02  Skriftlig halvtidsrapport till sekretariatet  [nästa]\n"));
  CHECK(Has(text.out, "nonexistent.yaml: error app-read: no such file or directory\n"));
  // Formats with no place for them report unreadable files on stderr.
  CliResult ics = RunCli(
      "schedule --format ics --today 2026-01-15 tests/data/cli/bad-syntax.yaml "
      "examples/passes.yaml");
  CHECK(ics.status == 2);
  CHECK(Has(ics.out, "UID:final-report-"));
  CHECK(Has(ics.err, "tests/data/cli/bad-syntax.yaml:3:1: error yaml-syntax: "));
  CliResult json = RunCli("schedule --format json tests/data/cli/unknown-program.yaml");
  CHECK(json.status == 2);
  CHECK(nlohmann::json::parse(json.out)["applications"][0]["status"] == "input_error");
}

TEST_CASE("schedule cli: usage errors exit 2, overdue deadlines do not fail") {
  CHECK(RunCli("schedule").status == 2);
  CHECK(RunCli("schedule --format xml examples/passes.yaml").status == 2);
  CliResult from = RunCli("schedule --from 2026-02-30 examples/passes.yaml");
  CHECK(from.status == 2);
  CHECK(from.err == "grantcheck: error: --from '2026-02-30' is not a real day as YYYY-MM-DD\n");
  CliResult order = RunCli("schedule --from 2026-03-01 --until 2026-02-01 examples/passes.yaml");
  CHECK(order.status == 2);
  CHECK(order.err == "grantcheck: error: --from 2026-03-01 is after --until 2026-02-01\n");
  CHECK(RunCli("schedule --today 2030-01-01 examples/passes.yaml").status == 0);
}

TEST_CASE("schedule cli: without --today, DTSTAMP is the clock's UTC time") {
  CliResult ics = RunCli("schedule --format ics examples/passes.yaml");
  std::smatch m;
  CHECK(std::regex_search(ics.out, m, std::regex("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n")));
}

}  // namespace
}  // namespace grantcheck::testing

namespace grantcheck::testing {
namespace {

// Without --today, today is the local date. Fourteen hours east of UTC and
// twelve west are 26 hours apart, so their dates always differ, by one day or
// two; the UTC date lies between them. (POSIX TZ strings: no tzdata needed.)
TEST_CASE("schedule cli: today is the date in the local time zone") {
  auto today = [](const std::string& tz) {
    CliResult r = RunCli("schedule --format json examples/passes.yaml", "", "TZ=" + tz);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out)["today"].get<std::string>();
  };
  const std::string east = today("KIR-14"), west = today("BIT+12"), utc = today("UTC0");
  CHECK(east > west);
  CHECK(east >= utc);
  CHECK(utc >= west);
}

}  // namespace
}  // namespace grantcheck::testing
