// The parts of `check --format html`, one file each, that html_writer.cc puts
// on one page in order; every part escapes what it writes with HtmlText.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/decimal.h"
#include "engine/finding.h"
#include "report/writer.h"

namespace grantcheck {

// What every part needs: the run, its options and the page's language.
struct HtmlPage {
  std::span<const AppReport> reports;
  const WriteOptions& options;
  std::string_view lang;
};

// The overview table, one row per application, sortable and filterable by the
// page's script (html_overview.cc).
void WriteHtmlOverview(const HtmlPage& page, std::ostream& out);
// Amounts requested per program and currency (html_totals.cc).
void WriteHtmlTotals(const HtmlPage& page, std::ostream& out);
// The deadlines as an inline SVG, one row per application (html_timeline.cc).
void WriteHtmlTimeline(const HtmlPage& page, std::ostream& out);
// The routine review items once per program, then a section per application
// (html_application.cc).
void WriteHtmlApplications(const HtmlPage& page, std::ostream& out);

// The id of the i-th application's section, app- and its number from 1, which the
// overview links to.
std::string HtmlAnchor(size_t index);

// "720 000 SEK" as the rules' messages write amounts in `lang`, escaped.
std::string HtmlMoney(const Decimal& amount, const std::optional<std::string>& currency,
                      std::string_view lang);

// `<span class="verdict verdict-fail">underkänd</span>`: always the word, the
// class only colours it.
std::string HtmlVerdict(const AppReport& report, const HtmlPage& page);

// The page's style sheet and script, inline in <head> and at the end of <body>
// (html_assets.cc): the file must open with no network.
std::string_view HtmlStyle();
std::string_view HtmlScript();

// The number of review items that this application's content raised (not routine).
int AttentionCount(const AppReport& report);

}  // namespace grantcheck
