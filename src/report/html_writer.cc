// `check --format html`: one self-contained page a secretariat mails to a
// committee; the parts are in html_*.cc, this file puts them in order.
#include <algorithm>
#include <ostream>
#include <string>

#include "expr/value.h"
#include "report/app_overview.h"
#include "report/html_parts.h"
#include "report/html_text.h"
#include "report/html_texts.h"
#include "report/report_texts.h"
#include "report/run_summary.h"
#include "rules/message_template.h"

namespace grantcheck {
namespace {

// No network at all: whatever the page holds, it loads nothing from anywhere.
constexpr std::string_view kPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

void WriteRuleFiles(const HtmlPage& page, std::ostream& out) {
  if (page.options.run == nullptr) return;
  out << "<footer>\n<ul class=\"rule-files\">\n";
  for (const RuleFile* f : page.options.run->Used(page.reports)) {
    out << "<li>" << SummaryPhrase("rule-file", page.lang) << ' ' << HtmlText(f->program->id)
        << ": " << HtmlText(f->path) << " (SHA-256 <code>" << (f->sha256.empty() ? "?" : f->sha256)
        << "</code>)</li>\n";
  }
  out << "</ul>\n</footer>\n";
}

}  // namespace

std::string HtmlAnchor(size_t index) { return "app-" + std::to_string(index + 1); }

std::string HtmlMoney(const Decimal& amount, const std::optional<std::string>& currency,
                      std::string_view lang) {
  std::string text = LocalizedDisplay(Value::Number(amount), lang);
  return HtmlText(currency ? text + " " + *currency : text);
}

std::string HtmlVerdict(const AppReport& report, const HtmlPage& page) {
  std::string_view key = VerdictKey(report, page.options.fail_on);
  return "<span class=\"verdict verdict-" + std::string(key) + "\">" +
         HtmlText(VerdictWord(key, page.lang)) + "</span>";
}

int AttentionCount(const AppReport& report) {
  return static_cast<int>(
      std::count_if(report.findings.begin(), report.findings.end(),
                    [](const Finding& f) { return f.status == Status::kReview && !f.routine; }));
}

// Declared in writer.cc, the format table.
void WriteHtml(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out) {
  HtmlPage page{reports, options, SummaryLanguage(reports, options.lang)};
  std::string_view title = HtmlWord("page-title", page.lang);
  out << "<!DOCTYPE html>\n<html lang=\"" << HtmlText(page.lang) << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
      << kPolicy << "\">\n<meta name=\"viewport\" content=\"width=device-width\">\n"
      << "<title>grantcheck: " << title << "</title>\n<style>" << HtmlStyle()
      << "</style>\n</head>\n<body>\n<header>\n<h1>grantcheck: " << title << "</h1>\n<p>"
      << HtmlText(SummaryLine(CountReports(reports, options.fail_on), page.lang))
      << "</p>\n</header>\n<main>\n";
  WriteHtmlOverview(page, out);
  WriteHtmlTotals(page, out);
  WriteHtmlTimeline(page, out);
  WriteHtmlApplications(page, out);
  out << "</main>\n";
  WriteRuleFiles(page, out);
  out << "<script>" << HtmlScript() << "</script>\n</body>\n</html>\n";
}

}  // namespace grantcheck
