#include "report/app_overview.h"

#include <fmt/format.h>

#include <array>

#include "base/localized_text.h"
#include "expr/value.h"
#include "rules/message_template.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"pass", "godkänd", "godkendt", "godkjent", "passed"},
    Phrase{"fail", "underkänd", "ikke godkendt", "ikke godkjent", "failed"},
    Phrase{"input_error", "oläsbar", "ulæselig", "ulesbar", "unreadable"},
    Phrase{"applicant", "sökande", "ansøger", "søker", "applicant"},
    Phrase{"municipalities", "kommuner", "kommuner", "kommuner", "municipalities"},
    Phrase{"period", "projekttid", "projektperiode", "prosjektperiode", "period"},
    Phrase{"requested", "sökt", "ansøgt", "søkt", "requested"},
    Phrase{"total_budget", "total budget", "samlet budget", "totalbudsjett", "total budget"},
};

std::string Labelled(std::string_view key, const std::string& value, std::string_view lang) {
  return fmt::format("{}: {}", Pick(kPhrases, key, lang), value);
}

std::string Joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

// As the rules' messages write amounts: "720 000" (a no-break space) in sv.
std::string Money(const std::optional<Decimal>& amount, const AppFacts& facts,
                  std::string_view lang) {
  std::string text = LocalizedDisplay(Value::Number(*amount), lang);
  return facts.currency ? text + " " + *facts.currency : text;
}

}  // namespace

std::string_view VerdictKey(const AppReport& report, Severity fail_on) {
  if (report.input_error) return "input_error";
  return report.Failed(fail_on) ? "fail" : "pass";
}

std::string_view VerdictWord(std::string_view key, std::string_view lang) {
  return Pick(kPhrases, key, lang);
}

std::string_view ReportLanguage(const AppReport& report, const WriteOptions& options,
                                std::string_view fallback) {
  if (!options.lang.empty()) return options.lang;
  return report.language.empty() ? fallback : std::string_view(report.language);
}

Tally CountReport(const AppReport& report, Severity fail_on) {
  return CountReports(std::span(&report, 1), fail_on);
}

std::string CountsText(const Tally& t, std::string_view lang) {
  return fmt::format("{}, {}, {}, {}", CountedNoun("error", t.errors, lang),
                     CountedNoun("warning", t.warnings, lang), CountedNoun("todo", t.todos, lang),
                     CountedNoun("attention", t.attention, lang));
}

std::string AmountText(const Decimal& amount, char decimal_mark) {
  std::string text = amount.ToString();  // digits, '-' and '.' only
  if (size_t dot = text.find('.'); dot != std::string::npos) text[dot] = decimal_mark;
  return text;
}

std::string PeriodText(const AppFacts& facts) {
  if (!facts.start && !facts.end) return "";
  return (facts.start ? FormatDate(*facts.start) : "") + "–" +
         (facts.end ? FormatDate(*facts.end) : "");
}

std::string FactsLine(const AppFacts& facts, std::string_view lang) {
  std::vector<std::string> parts;
  if (facts.title) parts.push_back(*facts.title);
  if (facts.applicant) parts.push_back(Labelled("applicant", *facts.applicant, lang));
  if (!facts.municipalities.empty()) {
    parts.push_back(Labelled("municipalities", Joined(facts.municipalities, ", "), lang));
  }
  if (std::string period = PeriodText(facts); !period.empty()) {
    parts.push_back(Labelled("period", period, lang));
  }
  if (facts.requested) {
    parts.push_back(Labelled("requested", Money(facts.requested, facts, lang), lang));
  }
  if (facts.total_budget) {
    parts.push_back(Labelled("total_budget", Money(facts.total_budget, facts, lang), lang));
  }
  return Joined(parts, " · ");
}

}  // namespace grantcheck
