// Issue 21 items 6 and 7 end to end: the board's decision (--granted-only),
// received reports, "at the latest" and "passed" deadlines, calendar UIDs
// that do not depend on the path, the merged agenda and ics reminders.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::string Passes() { return ReadInput(SourcePath("examples/passes.yaml")).text.value_or(""); }

// examples/passes.yaml with `line` added at the top level.
std::string PassesWith(const std::string& line) { return Passes() + line + "\n"; }

std::string Rules() { return "--rules '" + SourcePath("rules") + "' "; }

// The UID lines of an ics file, in order.
std::vector<std::string> Uids(const std::string& ics) {
  std::vector<std::string> uids;
  std::regex uid("UID:([^\r]*)\r\n");
  for (std::sregex_iterator it(ics.begin(), ics.end(), uid), end; it != end; ++it) {
    uids.push_back((*it)[1]);
  }
  return uids;
}

TEST_CASE("schedule decisions: --granted-only keeps only granted applications") {
  TempDir dir;
  std::string granted = dir.Write("granted.yaml", PassesWith("decision: beviljad"));
  std::string rejected = dir.Write("rejected.yaml", PassesWith("decision: rejected"));
  std::string open = dir.Write("open.yaml", Passes());
  std::string files = "'" + granted + "' '" + rejected + "' '" + open + "'";
  auto listed = [&](const std::string& options) {
    CliResult r = RunCli("schedule --format json " + Rules() + options + files);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    std::string out;
    nlohmann::json doc = nlohmann::json::parse(r.out);
    for (const auto& app : doc["applications"]) {
      out += app["file"].get<std::string>() + " " +
             (app["decision"].is_null() ? "-" : app["decision"].get<std::string>()) + "\n";
    }
    return out;
  };
  CHECK(listed("") == granted + " granted\n" + rejected + " rejected\n" + open + " -\n");
  CHECK(listed("--granted-only ") == granted + " granted\n");
  // In the calendar too.
  CliResult ics = RunCli("schedule --format ics --today 2026-01-15 --granted-only " + Rules() + files);
  CHECK(Has(ics.out, "UID:"));
  CHECK(!Has(ics.out, "rejected.yaml"));
  CHECK(!Has(ics.out, "open.yaml"));
  // A value that is no decision is the application's own finding.
  CliResult bad = RunCli("check --lang en " + Rules() + "-", PassesWith("decision: maybe"));
  CHECK(Has(bad.out, "app-bad-value"));
  CHECK(Has(bad.out, "granted, rejected"));
}

TEST_CASE("schedule decisions: a received report is done, not late, and the decision has passed") {
  std::string app = PassesWith("received: {halftime-report: 2026-03-05}");
  CliResult r = RunCli("schedule --today 2026-06-01 " + Rules() + "-", app);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(Has(r.out, "  2025-06-12  Styrelsens beslut om finansiering  [passerad]\n"));
  CHECK(Has(r.out, "  2025-06-12  Fakturering av beviljat projektstöd  [försenad]\n"));
  CHECK(Has(r.out, "  2026-03-02  Skriftlig halvtidsrapport till sekretariatet  [inkommen "
                   "2026-03-05]\n"));
  CHECK(Has(r.out, "> 2026-08-31  Projektslut  [nästa]\n"));
  // Without the received date, the same report is late.
  CHECK(Has(RunCli("schedule --today 2026-06-01 " + Rules() + "-", Passes()).out,
            "  2026-03-02  Skriftlig halvtidsrapport till sekretariatet  [försenad]\n"));
  nlohmann::json doc = nlohmann::json::parse(
      RunCli("schedule --format json --today 2026-06-01 " + Rules() + "-", app).out);
  const auto& deadlines = doc["applications"][0]["deadlines"];
  CHECK(deadlines[0]["by"] == "funder");
  CHECK(deadlines[0]["passed"] == true);
  CHECK(deadlines[0]["overdue"] == false);
  CHECK(deadlines[2]["received"] == "2026-03-05");
  CHECK(deadlines[2]["overdue"] == false);
  // A received value that is not a date is an error entry, with the reason.
  CliResult bad = RunCli("schedule --lang en " + Rules() + "-",
                         PassesWith("received: {final-report: soon}"));
  CHECK(Has(bad.out, "  error       Written final report: received.final-report is \"soon\", "
                     "not a date\n"));
}

TEST_CASE("schedule deadlines: without a decision, a bounded deadline is 'at the latest'") {
  CliResult r = RunCli("schedule --today 2026-01-15 --lang en examples/fails.yaml");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  // period.end 2027-03-31: a month later at the latest, sooner if decided early.
  CHECK(Has(r.out, "  2027-04-30  Written final report  [at the latest, depends on the decision "
                   "(decision_date)]\n"));
  CHECK(Has(r.out, "  undated     The board's funding decision: depends on the decision "
                   "(decision_date)\n"));
  CliResult sv = RunCli("schedule --today 2026-01-15 examples/fails.yaml");
  CHECK(Has(sv.out, "  2027-04-30  Skriftlig slutrapport  [senast, beror på beslutet "
                    "(decision_date)]\n"));
  nlohmann::json doc = nlohmann::json::parse(
      RunCli("schedule --format json --today 2026-01-15 examples/fails.yaml").out);
  bool found = false;
  for (const auto& d : doc["applications"][0]["deadlines"]) {
    if (d["id"] != "final-report") continue;
    found = true;
    CHECK(d["status"] == "dated");
    CHECK(d["at_the_latest"] == true);
    CHECK(d["missing"] == nlohmann::json::array({"decision_date"}));
  }
  CHECK(found);
}

TEST_CASE("schedule ics: UIDs depend on the application, not on how its path is written") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() + "/a");
  std::filesystem::create_directories(dir.path() + "/b");
  dir.Write("a/x.yaml", Passes());
  dir.Write("b/moved.yaml", Passes());
  std::string other = Passes();
  other.replace(other.find("title: "), 7, "title: Annan ");
  dir.Write("a/other.yaml", other);
  auto uids = [&](const std::string& path) {
    CliResult r = RunCliIn(dir.path(), "schedule --format ics --today 2026-01-15 " + Rules() + path);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    std::vector<std::string> u = Uids(r.out);
    REQUIRE(u.size() == 7);
    return u;
  };
  std::vector<std::string> plain = uids("a/x.yaml");
  CHECK(uids("./a/x.yaml") == plain);
  CHECK(uids("b/moved.yaml") == plain);
  CHECK(uids(dir.path() + "/a/x.yaml") == plain);
  std::vector<std::string> different = uids("a/other.yaml");
  for (size_t i = 0; i < plain.size(); ++i) CHECK(different[i] != plain[i]);
  // Seven deadlines, seven UIDs.
  CHECK(std::set<std::string>(plain.begin(), plain.end()).size() == plain.size());
  // An `id` identifies the application whatever its title.
  dir.Write("a/id1.yaml", PassesWith("id: FH-2025-017"));
  dir.Write("a/id2.yaml", other + "id: FH-2025-017\n");
  CHECK(uids("a/id1.yaml") == uids("a/id2.yaml"));
  CHECK(uids("a/id1.yaml") != plain);
}

TEST_CASE("schedule text --agenda: one list of every application's deadlines in date order") {
  CliResult r = RunCli("schedule --agenda --today 2026-01-15 examples/passes.yaml examples/fails.yaml");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  std::regex dated(R"(^[> ] (\d{4}-\d{2}-\d{2})  .* – (.*) \((examples/\w+\.yaml)\))");
  std::string last;
  std::set<std::string> files;
  int lines = 0;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, dated)) continue;
    CHECK(m[1].str() >= last);
    last = m[1].str();
    files.insert(m[3].str());
    ++lines;
  }
  CHECK(files == std::set<std::string>{"examples/passes.yaml", "examples/fails.yaml"});
  CHECK(lines >= 10);
  CHECK(Has(r.out, "> 2026-06-16  Skriftlig halvtidsrapport till sekretariatet – Ungdomsmakerspace "
                   "på biblioteket (examples/fails.yaml)  [nästa]\n"));
  CHECK(Has(r.out, "  odaterad    Styrelsens beslut om finansiering – Ungdomsmakerspace på "
                   "biblioteket (examples/fails.yaml): beror på beslutet (decision_date)\n"));
}

TEST_CASE("schedule ics --remind: a VALARM that python3-icalendar reads, N days before") {
  CliResult ics = RunCli("schedule --format ics --remind 7 --today 2026-01-15 examples/passes.yaml");
  REQUIRE_MESSAGE(ics.status == 0, ics.err);
  TempDir dir;
  std::string script = dir.Write("alarms.py", R"PY(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = list(cal.walk('VEVENT'))
assert events
for ev in events:
    alarms = [c for c in ev.subcomponents if c.name == 'VALARM']
    assert len(alarms) == 1, ev['UID']
    a = alarms[0]
    assert str(a['ACTION']) == 'DISPLAY'
    assert a.decoded('TRIGGER').days == -7, a.decoded('TRIGGER')
    assert str(a['DESCRIPTION'])
print(len(events))
)PY");
  std::string data = dir.Write("cal.ics", ics.out);
  ToolResult r = RunTool(std::string(GRANTCHECK_PYTHON) + " '" + script + "' '" + data + "'");
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output == "7\n");
  CHECK(!Has(RunCli("schedule --format ics --today 2026-01-15 examples/passes.yaml").out,
             "VALARM"));
  CHECK(RunCli("schedule --format ics --remind -1 examples/passes.yaml").status == 2);
  CHECK(RunCli("schedule --format ics --remind 400 examples/passes.yaml").status == 2);
}

}  // namespace
}  // namespace grantcheck::testing
