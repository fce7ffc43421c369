#include "report/report_texts.h"

#include <fmt/format.h>

#include <array>

#include "base/escape.h"
#include "base/localized_text.h"

namespace grantcheck {
namespace {

// Counted nouns, by key + ".one" (n == 1) or ".other" (any other n, 0 too):
// the plural rule of all four languages.
constexpr std::array kPhrases = {
    Phrase{"application.one", "{0} ansökan", "{0} ansøgning", "{0} søknad", "{0} application"},
    Phrase{"application.other", "{0} ansökningar", "{0} ansøgninger", "{0} søknader",
           "{0} applications"},
    Phrase{"passed.one", "{0} godkänd", "{0} godkendt", "{0} godkjent", "{0} passed"},
    Phrase{"passed.other", "{0} godkända", "{0} godkendte", "{0} godkjente", "{0} passed"},
    Phrase{"failed.one", "{0} underkänd", "{0} ikke godkendt", "{0} ikke godkjent", "{0} failed"},
    Phrase{"failed.other", "{0} underkända", "{0} ikke godkendte", "{0} ikke godkjente",
           "{0} failed"},
    Phrase{"unreadable.one", "{0} oläsbar", "{0} ulæselig", "{0} ulesbar", "{0} unreadable"},
    Phrase{"unreadable.other", "{0} oläsbara", "{0} ulæselige", "{0} ulesbare", "{0} unreadable"},
    Phrase{"error.one", "{0} fel", "{0} fejl", "{0} feil", "{0} error"},
    Phrase{"error.other", "{0} fel", "{0} fejl", "{0} feil", "{0} errors"},
    Phrase{"warning.one", "{0} varning", "{0} advarsel", "{0} advarsel", "{0} warning"},
    Phrase{"warning.other", "{0} varningar", "{0} advarsler", "{0} advarsler", "{0} warnings"},
    Phrase{"todo.one", "{0} att göra", "{0} gøremål", "{0} gjøremål", "{0} to-do"},
    Phrase{"todo.other", "{0} att göra", "{0} gøremål", "{0} gjøremål", "{0} to-dos"},
    Phrase{"review.one", "{0} punkt för handläggaren", "{0} punkt til sagsbehandleren",
           "{0} punkt for saksbehandleren", "{0} review item"},
    Phrase{"review.other", "{0} punkter för handläggaren", "{0} punkter til sagsbehandleren",
           "{0} punkter for saksbehandleren", "{0} review items"},
    Phrase{"attention.one", "{0} kräver din uppmärksamhet", "{0} kræver din opmærksomhed",
           "{0} krever din oppmerksomhet", "{0} needs your attention"},
    Phrase{"attention.other", "{0} kräver din uppmärksamhet", "{0} kræver din opmærksomhed",
           "{0} krever din oppmerksomhet", "{0} need your attention"},
};

std::string Counted(std::string_view noun, int n, std::string_view lang) {
  std::string key = fmt::format("{}.{}", noun, n == 1 ? "one" : "other");
  return fmt::format(fmt::runtime(Pick(kPhrases, key, lang)), n);
}

// Which count each label adds to; every label FindingLabel gives is here.
struct Counter {
  std::string_view label;
  int Tally::*count;
};

constexpr Counter kCounters[] = {
    {"error", &Tally::errors},
    {"warning", &Tally::warnings},
    {"todo", &Tally::todos},
    {"review", &Tally::review},
};

void CountFinding(const Finding& finding, Tally& tally) {
  std::optional<std::string_view> label = FindingLabel(finding);
  if (!label) return;
  for (const Counter& c : kCounters) {
    if (c.label == *label) ++(tally.*c.count);
  }
  if (*label == "review" && !finding.routine) ++tally.attention;
}

}  // namespace

std::string QualifiedRuleId(std::string_view program, std::string_view rule) {
  return StripControl(program) + "/" + StripControl(rule);
}

std::optional<std::string_view> FindingLabel(const Finding& finding) {
  switch (finding.status) {
    case Status::kFail:
    case Status::kUnknown:
    case Status::kError:
      return SeverityName(finding.severity);
    case Status::kTodo:
      return "todo";
    case Status::kReview:
      return "review";
    case Status::kPass:
    case Status::kNotApplicable:
      return std::nullopt;
  }
  return std::nullopt;
}

Tally CountReports(std::span<const AppReport> reports, Severity fail_on) {
  Tally tally;
  for (const AppReport& report : reports) {
    ++tally.applications;
    if (report.input_error) {
      ++tally.input_errors;
    } else if (report.Failed(fail_on)) {
      ++tally.failed;
    } else {
      ++tally.passed;
    }
    for (const Finding& finding : report.findings) CountFinding(finding, tally);
  }
  return tally;
}

std::string_view SummaryLanguage(std::span<const AppReport> reports, std::string_view requested) {
  if (!requested.empty()) return requested;
  for (const AppReport& report : reports) {
    if (!report.language.empty()) return report.language;
  }
  return "en";
}

std::string CountedNoun(std::string_view noun, int n, std::string_view lang) {
  return Counted(noun, n, lang);
}

std::string SummaryLine(const Tally& t, std::string_view lang) {
  std::string outcome =
      Counted("passed", t.passed, lang) + ", " + Counted("failed", t.failed, lang);
  if (t.input_errors > 0) outcome += ", " + Counted("unreadable", t.input_errors, lang);
  return fmt::format("{}: {}; {}, {}, {}, {}", Counted("application", t.applications, lang),
                     outcome, Counted("error", t.errors, lang),
                     Counted("warning", t.warnings, lang), Counted("todo", t.todos, lang),
                     Counted("attention", t.attention, lang));
}

}  // namespace grantcheck
