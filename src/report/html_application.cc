// The html report's detail: the routine review items once per program, then a
// section per application (facts, findings by line, the review items it raised),
// each starting a printed page.
#include <algorithm>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "report/acknowledged_text.h"
#include "report/app_overview.h"
#include "report/html_parts.h"
#include "report/html_text.h"
#include "report/html_texts.h"
#include "report/report_texts.h"

namespace grantcheck {
namespace {

std::string PlaceOf(const Finding& f) {
  if (!f.pos.known()) return "–";
  return f.pos.col > 0 ? std::to_string(f.pos.line) + ":" + std::to_string(f.pos.col)
                       : std::to_string(f.pos.line);
}

bool ByPosition(const Finding* a, const Finding* b) {
  return std::pair(a->pos.line, a->pos.col) < std::pair(b->pos.line, b->pos.col);
}

// The routine review items of each program, each rule once, in the order the
// first application of the program lists them.
std::map<std::string, std::vector<const Finding*>> RoutineByProgram(
    std::span<const AppReport> reports) {
  std::map<std::string, std::vector<const Finding*>> out;
  for (const AppReport& r : reports) {
    std::vector<const Finding*>& items = out[r.program_id];
    for (const Finding& f : r.findings) {
      if (f.status != Status::kReview || !f.routine) continue;
      bool listed = std::any_of(items.begin(), items.end(),
                                [&](const Finding* g) { return g->rule_id == f.rule_id; });
      if (!listed) items.push_back(&f);
    }
    if (items.empty()) out.erase(r.program_id);
  }
  return out;
}

void WriteRoutine(const HtmlPage& page, std::ostream& out) {
  auto routine = RoutineByProgram(page.reports);
  if (routine.empty()) return;
  out << "<section id=\"routine\">\n<h2>" << HtmlWord("routine-heading", page.lang) << "</h2>\n";
  for (const auto& [program, items] : routine) {
    out << "<h3 id=\"routine-" << HtmlText(program) << "\">" << HtmlText(program)
        << "</h3>\n<ul class=\"routine\">\n";
    for (const Finding* f : items) {
      out << "<li><b>" << HtmlText(f->rule_id) << "</b>"
          << (f->title.empty() ? "" : " " + HtmlText(f->title)) << ": " << HtmlText(f->message)
          << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void WriteFacts(const AppReport& r, std::string_view lang, std::ostream& out) {
  const AppFacts& f = r.facts;
  std::vector<std::pair<std::string_view, std::string>> rows;  // key, escaped value
  rows.emplace_back("file", HtmlText(r.file));
  if (!r.program_id.empty()) rows.emplace_back("program", HtmlText(r.program_id));
  if (f.applicant) rows.emplace_back("applicant", HtmlText(*f.applicant));
  std::string municipalities;
  for (const std::string& m : f.municipalities) {
    municipalities += (municipalities.empty() ? "" : ", ") + m;
  }
  if (!municipalities.empty()) rows.emplace_back("municipalities", HtmlText(municipalities));
  if (std::string period = PeriodText(f); !period.empty()) {
    rows.emplace_back("period", HtmlText(period));
  }
  if (f.requested) rows.emplace_back("requested", HtmlMoney(*f.requested, f.currency, lang));
  if (f.total_budget) {
    rows.emplace_back("total-budget", HtmlMoney(*f.total_budget, f.currency, lang));
  }
  out << "<dl class=\"facts\">\n";
  for (const auto& [key, value] : rows) {
    out << "<dt>" << HtmlWord(key, lang) << "</dt><dd>" << value << "</dd>\n";
  }
  if (!r.sha256.empty()) out << "<dt>SHA-256</dt><dd><code>" << r.sha256 << "</code></dd>\n";
  out << "</dl>\n";
}

std::string Message(const Finding& f, std::string_view lang) {
  return HtmlText(WithAcknowledgement(f.message, f, lang));
}

void WriteFindings(const std::vector<const Finding*>& findings, std::string_view lang,
                   std::ostream& out) {
  out << "<h3>" << HtmlWord("findings", lang) << "</h3>\n";
  if (findings.empty()) {
    out << "<p>" << HtmlWord("no-findings", lang) << "</p>\n";
    return;
  }
  out << "<table class=\"findings\">\n<thead><tr>";
  for (std::string_view key : {"line", "severity", "rule", "message"}) {
    out << "<th scope=\"col\">" << HtmlWord(key, lang) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const Finding* f : findings) {
    std::string label(*FindingLabel(*f));
    out << "<tr class=\"label-" << label << "\"><td class=\"num\">" << PlaceOf(*f) << "</td><td>"
        << HtmlWord("label." + label, lang) << "</td><td>" << HtmlText(f->rule_id) << "</td><td>"
        << Message(*f, lang) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void WriteReview(const AppReport& r, const std::vector<const Finding*>& review,
                 std::string_view lang, std::ostream& out) {
  int attention = static_cast<int>(
      std::count_if(review.begin(), review.end(), [](const Finding* f) { return !f->routine; }));
  int routine = static_cast<int>(review.size()) - attention;
  if (attention > 0) {
    out << "<h3>" << HtmlCounted("attention", attention, lang)
        << "</h3>\n<ul class=\"attention\">\n";
    for (const Finding* f : review) {
      if (f->routine) continue;
      out << "<li><b>" << HtmlText(f->rule_id) << "</b> (" << PlaceOf(*f)
          << "): " << Message(*f, lang) << "</li>\n";
    }
    out << "</ul>\n";
  }
  if (routine > 0) {
    out << "<p class=\"routine-note\"><a href=\"#routine-" << HtmlText(r.program_id) << "\">"
        << HtmlCounted("routine", routine, lang) << "</a></p>\n";
  }
}

void WriteApplication(const AppReport& r, size_t index, const HtmlPage& page, std::ostream& out) {
  std::string_view lang = page.lang;
  out << "<section class=\"application\" id=\"" << HtmlAnchor(index) << "\">\n<h2>"
      << HtmlVerdict(r, page) << ' ' << HtmlText(r.facts.title.value_or(r.file)) << "</h2>\n";
  WriteFacts(r, lang, out);
  std::vector<const Finding*> findings, review;
  for (const Finding& f : r.findings) {
    std::optional<std::string_view> label = FindingLabel(f);
    if (!label || (page.options.quiet && !f.Fails(page.options.fail_on))) continue;
    (*label == "review" ? review : findings).push_back(&f);
  }
  std::stable_sort(findings.begin(), findings.end(), ByPosition);
  std::stable_sort(review.begin(), review.end(), ByPosition);
  WriteFindings(findings, lang, out);
  WriteReview(r, review, lang, out);
  out << "</section>\n";
}

}  // namespace

void WriteHtmlApplications(const HtmlPage& page, std::ostream& out) {
  WriteRoutine(page, out);
  for (size_t i = 0; i < page.reports.size(); ++i) {
    WriteApplication(page.reports[i], i, page, out);
  }
}

}  // namespace grantcheck
