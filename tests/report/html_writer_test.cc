// Tests for `check --format html`: hostile values as text, the overview, the
// totals, routine vs. specific review items, the timeline and the page's language.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <vector>

#include "report/format_fixture.h"
#include "report/html_count.h"
#include "report/html_totals.h"
#include "schedule/schedule.h"

namespace grantcheck::testing {
namespace {

Decimal Amount(std::string_view text) { return *Decimal::Parse(text); }

void GiveFacts(AppReport& r, std::string title, std::string_view requested, std::string currency) {
  r.facts.title = std::move(title);
  r.facts.requested = Amount(requested);
  r.facts.currency = std::move(currency);
}

TEST_CASE("html: hostile titles and applicants are text, never markup") {
  FormatFixture fx;
  fx.reports[0].facts.title = "<script>alert(1)</script>\" & </td>";
  fx.reports[0].facts.applicant = "</td><img src=x onerror=alert(2)>";
  fx.reports[0].facts.municipalities = {"A'B", "<b>C</b>"};
  fx.reports[0].file = "ans/<i>.yaml";
  std::string out = fx.Write("html");
  CHECK(Count(out, "<script") == 1);  // the page's own, at the end
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("<i>") == std::string::npos);
  CHECK(out.find("<b>C") == std::string::npos);
  CHECK(out.find("<td>&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; &lt;/td&gt;</td>") !=
        std::string::npos);
  CHECK(out.find("<td>&lt;/td&gt;&lt;img src=x onerror=alert(2)&gt;</td>") != std::string::npos);
  CHECK(out.find("<td>A&#39;B, &lt;b&gt;C&lt;/b&gt;</td>") != std::string::npos);
  CHECK(out.find(">ans/&lt;i&gt;.yaml</a>") != std::string::npos);
}

TEST_CASE("html: one overview row per application, the verdict always in words") {
  FormatFixture fx;
  GiveFacts(fx.reports[0], "Mikro", "720000", "SEK");
  std::string out = fx.Write("html");
  std::string body = out.substr(out.find("<tbody>"), out.find("</tbody>") - out.find("<tbody>"));
  CHECK(Count(body, "<tr ") == 3);
  CHECK(body.find("<tr class=\"verdict-fail\"><td><a href=\"#app-1\">ans/mikro.yaml</a></td>"
                  "<td>Mikro</td><td></td><td></td><td class=\"period\"></td>"
                  "<td class=\"num\" data-value=\"720000\">720\u00a0000 SEK</td>"
                  "<td><span class=\"verdict verdict-fail\">underkänd</span></td>"
                  "<td class=\"num\" data-value=\"2\">2</td>"
                  "<td class=\"num\" data-value=\"2\">2</td>"
                  "<td class=\"num\" data-value=\"0\">0</td>"
                  "<td class=\"num\" data-value=\"1\">1</td></tr>") != std::string::npos);
  CHECK(body.find("verdict-pass\">godkänd</span>") != std::string::npos);
  CHECK(body.find("verdict-input_error\">oläsbar</span>") != std::string::npos);
  CHECK(out.find("id=\"app-3\"") != std::string::npos);
  for (std::string_view emoji : {"✅", "❌", "⚠"}) CHECK(out.find(emoji) == std::string::npos);
}

TEST_CASE("html: the page is self-contained: nothing loaded from anywhere") {
  FormatFixture fx;
  std::string out = fx.Write("html");
  CHECK(out.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
  CHECK(out.find("default-src 'none'") != std::string::npos);
  for (std::string_view remote : {"src=", "<link", "@import", "url(http", "//"}) {
    CHECK_MESSAGE(out.find(remote) == std::string::npos, remote);
  }
  CHECK(out.find("break-before: page") != std::string::npos);
}

TEST_CASE("html: totals per program and currency, for all and for those that pass") {
  FormatFixture fx;
  std::vector<AppReport> reports(5, fx.reports[1]);  // each passes
  GiveFacts(reports[0], "a", "100000", "SEK");
  GiveFacts(reports[1], "b", "250000.50", "SEK");
  reports[1].findings.push_back(fx.reports[0].findings[1]);  // FH-DURATION fails
  GiveFacts(reports[2], "c", "40000", "DKK");
  reports[3].facts.title = "no amount";
  reports[4].program_id = "ostfold";
  GiveFacts(reports[4], "d", "300000", "NOK");
  std::vector<ProgramTotal> totals = RoundTotals(reports, Severity::kError);
  REQUIRE(totals.size() == 4);
  CHECK(totals[0].program_id == "fh");
  CHECK(totals[0].currency == "");
  CHECK(totals[0].applications == 1);
  CHECK(totals[0].without_amount == 1);
  CHECK(totals[1].currency == "DKK");
  CHECK(*totals[1].requested_passed == Amount("40000"));
  CHECK(totals[2].currency == "SEK");
  CHECK(totals[2].applications == 2);
  CHECK(totals[2].passed == 1);
  CHECK(*totals[2].requested_all == Amount("350000.5"));
  CHECK(*totals[2].requested_passed == Amount("100000"));
  CHECK(totals[3].program_id == "ostfold");
  CHECK(*totals[3].requested_all == Amount("300000"));
  fx.reports = reports;
  std::string out = fx.Write("html", WriteOptions{.lang = "en", .run = &fx.run});
  CHECK(out.find("<tr><td>fh</td><td>SEK</td><td class=\"num\">2</td><td class=\"num\">"
                 "350,000.5 SEK</td><td class=\"num\">1</td><td class=\"num\">100,000 SEK</td>"
                 "<td class=\"num\">0</td></tr>") != std::string::npos);
}

TEST_CASE("html: routine review items once per program, the others with the application") {
  FormatFixture fx;
  fx.reports.resize(2);
  for (AppReport& r : fx.reports) r.findings.back().routine = true;  // FH-INNOVATION
  Finding raised = fx.reports[0].findings.back();
  raised.rule_id = "FH-MATERIAL-USE";
  raised.message = "Hur används materialet efteråt?";
  raised.routine = false;
  fx.reports[0].findings.push_back(raised);
  std::string out = fx.Write("html");
  CHECK(Count(out, "Är projektet nyskapande?") == 1);
  CHECK(out.find("<section id=\"routine\">") < out.find("<section class=\"application\""));
  CHECK(out.find("<h3>1 punkt behöver din uppmärksamhet</h3>\n<ul class=\"attention\">\n"
                 "<li><b>FH-MATERIAL-USE</b> (2:8): Hur används materialet efteråt?</li>") !=
        std::string::npos);
  CHECK(Count(out, "<a href=\"#routine-fh\">1 rutinpunkt, samma för hela programmet</a>") == 2);
  // The overview counts only what needs attention.
  CHECK(out.find("data-value=\"1\">1</td></tr>\n<tr class=\"verdict-pass\"") != std::string::npos);
}

TEST_CASE("html: without the routine flag every review item stays with its application") {
  FormatFixture fx;
  fx.reports.resize(2);
  std::string out = fx.Write("html");
  CHECK(out.find("id=\"routine\"") == std::string::npos);
  CHECK(Count(out, "<h3>1 punkt behöver din uppmärksamhet</h3>") == 2);
}

TEST_CASE("html: the deadlines as an SVG row per application, undated ones listed") {
  FormatFixture fx;
  std::vector<ScheduleReport> schedules(2);
  schedules[0].file = "ans/mikro.yaml";
  schedules[0].app_title = "<b>Mikro</b>";
  schedules[0].entries = {
      ScheduleEntry{.title = "Halvtid", .date = ParseDate("2026-03-02"), .overdue = true},
      ScheduleEntry{.title = "Slut & rapport", .date = ParseDate("2026-09-30"), .next = true},
      ScheduleEntry{
          .title = "<Beslut>", .status = EntryStatus::kUndated, .missing = {"decision_date"}}};
  schedules[1].file = "ans/ok.yaml";
  std::string out = fx.Write("html", WriteOptions{.run = &fx.run, .schedules = &schedules});
  std::string svg = out.substr(out.find("<svg"), out.find("</svg>") - out.find("<svg"));
  CHECK(Count(svg, "<g class=\"row\">") == 2);
  CHECK(svg.find("&lt;b&gt;Mikro&lt;/b&gt;") != std::string::npos);
  CHECK(svg.find("<circle class=\"deadline overdue\" cx=\"262\" cy=\"43\" r=\"5\">"
                 "<title>2026-03-02: Halvtid</title></circle>") != std::string::npos);
  CHECK(svg.find("<circle class=\"deadline next\" cx=\"888\" cy=\"43\" r=\"5\">"
                 "<title>2026-09-30: Slut &amp; rapport</title></circle>") != std::string::npos);
  CHECK(svg.find(">inga daterade tidsfrister</text>") != std::string::npos);
  CHECK(svg.find(">2026-04</text>") != std::string::npos);
  CHECK(out.find("<li>ans/mikro.yaml: &lt;Beslut&gt; (") != std::string::npos);
  CHECK(fx.Write("html").find("<svg") == std::string::npos);  // not scheduled: no picture
}

TEST_CASE("html: headings in --lang, else the first application's language") {
  FormatFixture fx;
  CHECK(fx.Write("html").find("<h2>Översikt</h2>") != std::string::npos);
  for (auto c :
       {std::tuple{"da", "<h2>Oversigt</h2>", ">ikke godkendt</span>"},
        std::tuple{"nb", "<h2>Oversikt</h2>", ">ikke godkjent</span>"},
        std::tuple{"en", "<h2>Overview</h2>", ">failed</span>"}}) {
    // named, not bound: a doctest message's lambda cannot capture a structured binding in clang 14
    const char* lang = std::get<0>(c);
    const char* overview = std::get<1>(c);
    const char* verdict = std::get<2>(c);
    std::string out = fx.Write("html", WriteOptions{.lang = lang, .run = &fx.run});
    CHECK_MESSAGE(out.find(overview) != std::string::npos, lang);
    CHECK_MESSAGE(out.find(verdict) != std::string::npos, lang);
    CHECK_MESSAGE(out.find(std::string("<html lang=\"") + lang + "\">") != std::string::npos, lang);
  }
}

}  // namespace
}  // namespace grantcheck::testing
