#include "report/html_totals.h"

#include <map>
#include <ostream>
#include <utility>

#include "report/html_parts.h"
#include "report/html_text.h"
#include "report/html_texts.h"

namespace grantcheck {
namespace {

void AddTo(std::optional<Decimal>& sum, const Decimal& amount) {
  if (sum) sum = Decimal::Add(*sum, amount);
}

std::string SumCell(const std::optional<Decimal>& sum, const std::string& currency,
                    std::string_view lang) {
  if (!sum) return "<td class=\"num\">?</td>";
  std::optional<std::string> unit;
  if (!currency.empty()) unit = currency;
  return "<td class=\"num\">" + HtmlMoney(*sum, unit, lang) + "</td>";
}

}  // namespace

std::vector<ProgramTotal> RoundTotals(std::span<const AppReport> reports, Severity fail_on) {
  std::map<std::pair<std::string, std::string>, ProgramTotal> totals;
  for (const AppReport& r : reports) {
    if (r.program_id.empty()) continue;
    std::string currency = r.facts.currency.value_or("");
    ProgramTotal& t = totals[{r.program_id, currency}];
    t.program_id = r.program_id;
    t.currency = currency;
    bool passed = !r.input_error && !r.Failed(fail_on);
    ++t.applications;
    t.passed += passed ? 1 : 0;
    if (!r.facts.requested) {
      ++t.without_amount;
      continue;
    }
    AddTo(t.requested_all, *r.facts.requested);
    if (passed) AddTo(t.requested_passed, *r.facts.requested);
  }
  std::vector<ProgramTotal> out;
  for (auto& entry : totals) out.push_back(std::move(entry.second));
  return out;
}

void WriteHtmlTotals(const HtmlPage& page, std::ostream& out) {
  std::vector<ProgramTotal> totals = RoundTotals(page.reports, page.options.fail_on);
  if (totals.empty()) return;
  std::string_view lang = page.lang;
  out << "<section id=\"totals\">\n<h2>" << HtmlWord("totals", lang)
      << "</h2>\n<table>\n<thead><tr>";
  for (std::string_view key : {"program", "currency", "applications", "requested-all", "passed",
                               "requested-passed", "no-amount"}) {
    out << "<th scope=\"col\">" << HtmlWord(key, lang) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const ProgramTotal& t : totals) {
    out << "<tr><td>" << HtmlText(t.program_id) << "</td><td>" << HtmlText(t.currency)
        << "</td><td class=\"num\">" << t.applications << "</td>"
        << SumCell(t.requested_all, t.currency, lang) << "<td class=\"num\">" << t.passed << "</td>"
        << SumCell(t.requested_passed, t.currency, lang) << "<td class=\"num\">" << t.without_amount
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace grantcheck
