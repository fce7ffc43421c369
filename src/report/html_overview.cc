// The html report's overview: a table with a row per application that is
// complete without scripts; the page's script adds sorting and the filter box.
#include <ostream>
#include <string>
#include <vector>

#include "report/app_overview.h"
#include "report/html_parts.h"
#include "report/html_text.h"
#include "report/html_texts.h"
#include "report/report_texts.h"

namespace grantcheck {
namespace {

// A column: its heading's key, and whether it sorts by number (data-value).
struct Column {
  std::string_view key;
  bool numeric;
};

constexpr Column kColumns[] = {
    {"file", false},    {"title", false},    {"applicant", false}, {"municipalities", false},
    {"period", false},  {"requested", true}, {"verdict", false},   {"errors", true},
    {"warnings", true}, {"todos", true},     {"attention", true},
};

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string Cell(const std::string& escaped) { return "<td>" + escaped + "</td>"; }

std::string NumberCell(int n) {
  return "<td class=\"num\" data-value=\"" + std::to_string(n) + "\">" + std::to_string(n) +
         "</td>";
}

std::string AmountCell(const AppFacts& facts, std::string_view lang) {
  if (!facts.requested) return "<td class=\"num\" data-value=\"\"></td>";
  return "<td class=\"num\" data-value=\"" + facts.requested->ToString() + "\">" +
         HtmlMoney(*facts.requested, facts.currency, lang) + "</td>";
}

void WriteRow(const AppReport& r, size_t index, const HtmlPage& page, std::ostream& out) {
  const AppFacts& f = r.facts;
  Tally t = CountReport(r, page.options.fail_on);
  out << "<tr class=\"verdict-" << VerdictKey(r, page.options.fail_on) << "\">"
      << "<td><a href=\"#" << HtmlAnchor(index) << "\">" << HtmlText(r.file) << "</a></td>"
      << Cell(HtmlText(f.title.value_or(""))) << Cell(HtmlText(f.applicant.value_or("")))
      << Cell(HtmlText(Joined(f.municipalities))) << "<td class=\"period\">"
      << HtmlText(PeriodText(f)) << "</td>" << AmountCell(f, page.lang)
      << Cell(HtmlVerdict(r, page)) << NumberCell(t.errors) << NumberCell(t.warnings)
      << NumberCell(t.todos) << NumberCell(AttentionCount(r)) << "</tr>\n";
}

}  // namespace

void WriteHtmlOverview(const HtmlPage& page, std::ostream& out) {
  out << "<section id=\"overview\">\n<h2>" << HtmlWord("overview", page.lang)
      << "</h2>\n"
      // Hidden until the script shows it: without scripts there is nothing to filter with.
      << "<p class=\"controls\" id=\"overview-controls\" hidden><label>"
      << HtmlWord("filter", page.lang)
      << " <input type=\"search\" id=\"overview-filter\"></label> <span>"
      << HtmlWord("shown", page.lang) << ": <output id=\"overview-shown\">" << page.reports.size()
      << "</output>/" << page.reports.size() << "</span></p>\n"
      << "<table id=\"overview-table\">\n<thead><tr>";
  for (const Column& c : kColumns) {
    out << "<th scope=\"col\"" << (c.numeric ? " data-type=\"number\"" : "") << ">"
        << HtmlWord(c.key, page.lang) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < page.reports.size(); ++i) WriteRow(page.reports[i], i, page, out);
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace grantcheck
