// Tests for the text format and the format table: whole outputs pinned as
// strings (order, labels, colour, --quiet, summaries in sv/da/nb/en) and stripping.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

Finding F(std::string rule, Severity severity, Status status, Pos pos, std::string message) {
  return Finding{.rule_id = std::move(rule),
                 .severity = severity,
                 .status = status,
                 .message = std::move(message),
                 .pos = pos};
}

// Facts of the failing application: some given, the period's end and the
// budget's lines not.
AppFacts MikroFacts() {
  return AppFacts{.title = "Mikrotjänster",
                  .applicant = "Helsingborgs stad",
                  .municipalities = {"Helsingborg", "Höganäs"},
                  .start = ParseDate("2025-09-01"),
                  .requested = Decimal::Parse("600000.5"),
                  .currency = "SEK"};
}

// A failing application whose findings are not in position order, one that
// passes with a warning, a to-do and a review item, and one that could not be read.
std::vector<AppReport> Run() {
  AppReport failing{
      .file = "ans/mikro.yaml",
      .program_id = "familjen-helsingborg",
      .language = "sv",
      .findings = {
          F("FH-DURATION", Severity::kError, Status::kFail, {14, 8}, "Projekttiden är 13 månader."),
          F("FH-MEMBERS", Severity::kError, Status::kPass, {5, 3}, "Tre medlemskommuner."),
          F("FH-BUDGET-SUM", Severity::kWarning, Status::kFail, {30, 5},
            "Budgetraderna summerar inte till det sökta beloppet."),
          F("FH-DECISION", Severity::kError, Status::kUnknown, {},
            "Beslutsdatum: kan inte bedömas eftersom decision_date saknas"),
          F("FH-INNOVATION", Severity::kReview, Status::kReview, {2, 8},
            "Är projektet nyskapande?"),
          F("FH-HALFTIME", Severity::kError, Status::kNotApplicable, {20, 3}, ""),
          F("FH-SHARE", Severity::kError, Status::kError, {30, 5},
            "Egen andel: regeln kunde inte prövas: division med noll"),
      },
      .facts = MikroFacts()};
  AppReport passing{
      .file = "ans/ok.yaml",
      .program_id = "familjen-helsingborg",
      .language = "sv",
      .findings = {
          F("FH-DURATION", Severity::kError, Status::kPass, {9, 8}, ""),
          F("FH-PARTNERS", Severity::kWarning, Status::kFail, {12, 1}, "Inga partner."),
          F("FH-LEADER", Severity::kError, Status::kTodo, {0, 0},
            "Projektledare: fyll i organisation.project_leader"),
          F("FH-INNOVATION", Severity::kReview, Status::kReview, {2, 8},
            "Är projektet nyskapande?"),
      }};
  AppReport broken{.file = "ans/trasig.yaml",
                   .findings = {F("yaml-syntax", Severity::kError, Status::kError, {3, 9},
                                  "expected ':' after a key")},
                   .input_error = true};
  broken.findings[0].from_input = true;
  return {failing, passing, broken};
}

std::string Write(const std::vector<AppReport>& reports, const WriteOptions& options = {}) {
  const Format* text = FindCheckFormat("text");
  REQUIRE(text != nullptr);
  std::ostringstream out;
  text->write(reports, options, out);
  return out.str();
}

TEST_CASE("report: the format table finds text and json by name") {
  CHECK(CheckFormats().size() >= 2);
  CHECK(CheckFormats()[0].name == "text");  // the default comes first
  REQUIRE(FindCheckFormat("json") != nullptr);
  CHECK(FindCheckFormat("json")->name == "json");
  CHECK(FindCheckFormat("xml") == nullptr);
  CHECK(FindCheckFormat("") == nullptr);
  for (const Format& f : CheckFormats()) {
    CHECK(static_cast<bool>(f.write));
    CHECK(!f.description.empty());
  }
}

TEST_CASE("report: text lists shown findings by position, then a Swedish summary") {
  CHECK(Write(Run()) ==
        "ans/mikro.yaml: error FH-DECISION: Beslutsdatum: kan inte bedömas eftersom "
        "decision_date saknas\n"
        "ans/mikro.yaml:2:8: review FH-INNOVATION: Är projektet nyskapande?\n"
        "ans/mikro.yaml:14:8: error FH-DURATION: Projekttiden är 13 månader.\n"
        "ans/mikro.yaml:30:5: warning FH-BUDGET-SUM: Budgetraderna summerar inte till det "
        "sökta beloppet.\n"
        "ans/mikro.yaml:30:5: error FH-SHARE: Egen andel: regeln kunde inte prövas: division med "
        "noll\n"
        "ans/mikro.yaml: underkänd (3 fel, 1 varning, 0 att göra, 1 kräver din uppmärksamhet)\n"
        "  Mikrotjänster · sökande: Helsingborgs stad · kommuner: Helsingborg, Höganäs · "
        "projekttid: 2025-09-01– · sökt: 600\u00a0000,5 SEK\n"
        "ans/ok.yaml: todo FH-LEADER: Projektledare: fyll i organisation.project_leader\n"
        "ans/ok.yaml:2:8: review FH-INNOVATION: Är projektet nyskapande?\n"
        "ans/ok.yaml:12:1: warning FH-PARTNERS: Inga partner.\n"
        "ans/ok.yaml: godkänd (0 fel, 1 varning, 1 att göra, 1 kräver din uppmärksamhet)\n"
        "ans/trasig.yaml:3:9: error yaml-syntax: expected ':' after a key\n"
        "ans/trasig.yaml: oläsbar (1 fel, 0 varningar, 0 att göra, 0 kräver din uppmärksamhet)\n"
        "\n"
        "3 ansökningar: 1 godkänd, 1 underkänd, 1 oläsbar; 4 fel, 2 varningar, 1 att göra, "
        "2 kräver din uppmärksamhet\n");
}

TEST_CASE("report: text summary in English, Danish and Norwegian") {
  Tally t = CountReports(Run(), Severity::kError);
  CHECK(SummaryLine(t, "en") ==
        "3 applications: 1 passed, 1 failed, 1 unreadable; 4 errors, 2 warnings, 1 to-do, "
        "2 need your attention");
  CHECK(SummaryLine(t, "da") ==
        "3 ansøgninger: 1 godkendt, 1 ikke godkendt, 1 ulæselig; 4 fejl, 2 advarsler, "
        "1 gøremål, 2 kræver din opmærksomhed");
  CHECK(SummaryLine(t, "nb") ==
        "3 søknader: 1 godkjent, 1 ikke godkjent, 1 ulesbar; 4 feil, 2 advarsler, "
        "1 gjøremål, 2 krever din oppmerksomhet");
  CHECK(SummaryLine(t, "fr") == SummaryLine(t, "en"));
}

TEST_CASE("report: text summary uses singular for one and plural otherwise") {
  Tally one{.applications = 1,
            .passed = 1,
            .failed = 1,
            .errors = 1,
            .warnings = 1,
            .todos = 1,
            .review = 1,
            .attention = 1};
  CHECK(SummaryLine(one, "en") ==
        "1 application: 1 passed, 1 failed; 1 error, 1 warning, 1 to-do, 1 needs your attention");
  CHECK(SummaryLine(one, "sv") ==
        "1 ansökan: 1 godkänd, 1 underkänd; 1 fel, 1 varning, 1 att göra, "
        "1 kräver din uppmärksamhet");
  Tally many{.applications = 3,
             .passed = 2,
             .failed = 1,
             .errors = 4,
             .warnings = 1,
             .todos = 2,
             .review = 6,
             .attention = 6};
  CHECK(SummaryLine(many, "en") ==
        "3 applications: 2 passed, 1 failed; 4 errors, 1 warning, 2 to-dos, 6 need your attention");
  CHECK(SummaryLine(many, "sv") ==
        "3 ansökningar: 2 godkända, 1 underkänd; 4 fel, 1 varning, 2 att göra, "
        "6 kräver din uppmärksamhet");
  Tally two_failed{.applications = 2, .failed = 2, .input_errors = 2};
  CHECK(SummaryLine(two_failed, "sv") ==
        "2 ansökningar: 0 godkända, 2 underkända, 2 oläsbara; 0 fel, 0 varningar, 0 att göra, "
        "0 kräver din uppmärksamhet");
  CHECK(SummaryLine(Tally{}, "en") ==
        "0 applications: 0 passed, 0 failed; 0 errors, 0 warnings, 0 to-dos, 0 need your attention");
}

TEST_CASE("report: text --lang chooses the summary language, else the first report's") {
  WriteOptions en{.lang = "en"};
  std::string out = Write(Run(), en);
  CHECK(out.ends_with(
      "\n\n3 applications: 1 passed, 1 failed, 1 unreadable; 4 errors, 2 warnings, 1 to-do, "
      "2 need your attention\n"));
  std::vector<AppReport> only_broken = {Run()[2]};
  CHECK(Write(only_broken) ==
        "ans/trasig.yaml:3:9: error yaml-syntax: expected ':' after a key\n"
        "ans/trasig.yaml: unreadable (1 error, 0 warnings, 0 to-dos, 0 need your attention)\n"
        "\n"
        "1 application: 0 passed, 0 failed, 1 unreadable; 1 error, 0 warnings, 0 to-dos, "
        "0 need your attention\n");
}

TEST_CASE("report: text with no findings to show is the verdict line and the summary") {
  std::vector<AppReport> clean = {
      AppReport{.file = "a.yaml",
                .language = "en",
                .findings = {F("X", Severity::kError, Status::kPass, {1, 1}, "")}}};
  CHECK(Write(clean) ==
        "a.yaml: passed (0 errors, 0 warnings, 0 to-dos, 0 need your attention)\n"
        "\n"
        "1 application: 1 passed, 0 failed; 0 errors, 0 warnings, 0 to-dos, 0 need your attention\n");
  CHECK(Write({}) ==
        "0 applications: 0 passed, 0 failed; 0 errors, 0 warnings, 0 to-dos, 0 need your attention\n");
}

TEST_CASE("report: text --quiet shows only what fails at --fail-on") {
  WriteOptions quiet{.lang = "en", .quiet = true};
  CHECK(Write(Run(), quiet) ==
        "ans/mikro.yaml: error FH-DECISION: Beslutsdatum: kan inte bedömas eftersom "
        "decision_date saknas\n"
        "ans/mikro.yaml:14:8: error FH-DURATION: Projekttiden är 13 månader.\n"
        "ans/mikro.yaml:30:5: error FH-SHARE: Egen andel: regeln kunde inte prövas: division med "
        "noll\n"
        "ans/mikro.yaml: failed (3 errors, 1 warning, 0 to-dos, 1 needs your attention)\n"
        "  Mikrotjänster · applicant: Helsingborgs stad · municipalities: Helsingborg, Höganäs · "
        "period: 2025-09-01– · requested: 600,000.5 SEK\n"
        "ans/ok.yaml: passed (0 errors, 1 warning, 1 to-do, 1 needs your attention)\n"
        "ans/trasig.yaml:3:9: error yaml-syntax: expected ':' after a key\n"
        "ans/trasig.yaml: unreadable (1 error, 0 warnings, 0 to-dos, 0 need your attention)\n"
        "\n"
        "3 applications: 1 passed, 1 failed, 1 unreadable; 4 errors, 2 warnings, 1 to-do, "
        "2 need your attention\n");
  // A draft's to-dos are what --draft -q is run for: they stay.
  WriteOptions quiet_draft{.lang = "en", .draft = true, .quiet = true};
  const std::string draft = Write(Run(), quiet_draft);
  CHECK(draft.find("ans/ok.yaml: todo FH-LEADER: Projektledare: fyll i "
                   "organisation.project_leader\n") != std::string::npos);
  CHECK(draft.find("FH-PARTNERS") == std::string::npos);  // a warning, not failing at error
  CHECK(Write(Run(), quiet).find("todo FH-LEADER") == std::string::npos);
  WriteOptions quiet_warnings{.lang = "en", .fail_on = Severity::kWarning, .quiet = true};
  CHECK(Write(Run(), quiet_warnings) ==
        "ans/mikro.yaml: error FH-DECISION: Beslutsdatum: kan inte bedömas eftersom "
        "decision_date saknas\n"
        "ans/mikro.yaml:14:8: error FH-DURATION: Projekttiden är 13 månader.\n"
        "ans/mikro.yaml:30:5: warning FH-BUDGET-SUM: Budgetraderna summerar inte till det "
        "sökta beloppet.\n"
        "ans/mikro.yaml:30:5: error FH-SHARE: Egen andel: regeln kunde inte prövas: division med "
        "noll\n"
        "ans/mikro.yaml: failed (3 errors, 1 warning, 0 to-dos, 1 needs your attention)\n"
        "  Mikrotjänster · applicant: Helsingborgs stad · municipalities: Helsingborg, Höganäs · "
        "period: 2025-09-01– · requested: 600,000.5 SEK\n"
        "ans/ok.yaml:12:1: warning FH-PARTNERS: Inga partner.\n"
        "ans/ok.yaml: failed (0 errors, 1 warning, 1 to-do, 1 needs your attention)\n"
        "ans/trasig.yaml:3:9: error yaml-syntax: expected ':' after a key\n"
        "ans/trasig.yaml: unreadable (1 error, 0 warnings, 0 to-dos, 0 need your attention)\n"
        "\n"
        "3 applications: 0 passed, 2 failed, 1 unreadable; 4 errors, 2 warnings, 1 to-do, "
        "2 need your attention\n");
}

TEST_CASE("report: text colours the label and the place, and only with color") {
  std::vector<AppReport> one = {AppReport{
      .file = "a.yaml",
      .language = "en",
      .findings = {F("FH-DURATION", Severity::kError, Status::kFail, {14, 8}, "13 months."),
                   F("W", Severity::kWarning, Status::kFail, {15, 1}, "w"),
                   F("T", Severity::kError, Status::kTodo, {16, 1}, "t"),
                   F("R", Severity::kReview, Status::kReview, {17, 1}, "r")}}};
  std::string colored = Write(one, WriteOptions{.color = true});
  CHECK(colored ==
        "\x1b[1ma.yaml:14:8:\x1b[0m \x1b[1;31merror\x1b[0m FH-DURATION: 13 months.\n"
        "\x1b[1ma.yaml:15:1:\x1b[0m \x1b[1;33mwarning\x1b[0m W: w\n"
        "\x1b[1ma.yaml:16:1:\x1b[0m \x1b[36mtodo\x1b[0m T: t\n"
        "\x1b[1ma.yaml:17:1:\x1b[0m \x1b[34mreview\x1b[0m R: r\n"
        "\x1b[1ma.yaml:\x1b[0m failed (1 error, 1 warning, 1 to-do, 1 needs your attention)\n"
        "\n"
        "1 application: 0 passed, 1 failed; 1 error, 1 warning, 1 to-do, 1 needs your attention\n");
  CHECK(Write(one).find('\x1b') == std::string::npos);
}

TEST_CASE("report: text strips control characters from file, rule, message and facts") {
  std::vector<AppReport> evil = {
      AppReport{.file = "a\x1b[2K.yaml",
                .language = "en",
                .findings = {F("R\rX", Severity::kError, Status::kFail, {1, 1},
                               "ok\nfake.yaml:1:1: error FORGED: \x1b[32mall good\xc2\x9b")},
                .facts = {.title = "T\x1b[31m\nb.yaml:1:1: error FORGED: x"}}};
  CHECK(Write(evil) ==
        "a\xEF\xBF\xBD[2K.yaml:1:1: error R X: ok fake.yaml:1:1: error FORGED: "
        "\xEF\xBF\xBD[32mall good\xEF\xBF\xBD\n"
        "a\xEF\xBF\xBD[2K.yaml: failed (1 error, 0 warnings, 0 to-dos, 0 need your attention)\n"
        "  T\xEF\xBF\xBD[31m b.yaml:1:1: error FORGED: x\n"
        "\n"
        "1 application: 0 passed, 1 failed; 1 error, 0 warnings, 0 to-dos, 0 need your attention\n");
}

TEST_CASE("report: FindingLabel follows status, then severity") {
  CHECK(FindingLabel(F("", Severity::kWarning, Status::kUnknown, {}, "")) == "warning");
  CHECK(FindingLabel(F("", Severity::kWarning, Status::kError, {}, "")) == "warning");
  CHECK(FindingLabel(F("", Severity::kWarning, Status::kTodo, {}, "")) == "todo");
  CHECK(FindingLabel(F("", Severity::kError, Status::kReview, {}, "")) == "review");
  CHECK(!FindingLabel(F("", Severity::kError, Status::kPass, {}, "")));
  CHECK(!FindingLabel(F("", Severity::kError, Status::kNotApplicable, {}, "")));
}

}  // namespace
}  // namespace grantcheck
