// The html report's deadlines: an inline SVG with a row per application and a
// marker per dated deadline (its date and name in a tooltip), then the undated ones as text.
#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/date.h"
#include "report/html_parts.h"
#include "report/html_text.h"
#include "report/html_texts.h"
#include "report/schedule_writer.h"
#include "schedule/schedule.h"

namespace grantcheck {
namespace {

// The picture's geometry in SVG user units; it scales to the page's width.
constexpr int kLabelWidth = 250;
constexpr int kChartWidth = 650;
constexpr int kRowHeight = 26;
constexpr int kAxisHeight = 30;
constexpr int kMargin = 12;

struct DateRange {
  Date first;
  Date last;
};

std::optional<DateRange> DatedSpan(std::span<const ScheduleReport> schedules) {
  std::optional<DateRange> span;
  for (const ScheduleReport& r : schedules) {
    for (const ScheduleEntry& e : r.entries) {
      if (!e.date) continue;
      if (!span) span = DateRange{*e.date, *e.date};
      span->first = std::min(span->first, *e.date);
      span->last = std::max(span->last, *e.date);
    }
  }
  return span;
}

int X(Date d, const DateRange& span) {
  int64_t days = std::max<int64_t>(DaysBetween(span.first, span.last), 1);
  return kLabelWidth + kMargin +
         static_cast<int>(DaysBetween(span.first, d) * (kChartWidth - 2 * kMargin) / days);
}

// Months between ticks: about ten ticks whatever the round's length.
int TickStep(const DateRange& span) {
  int64_t months = DaysBetween(span.first, span.last) / 30;
  return months <= 12 ? 1 : months <= 36 ? 3 : 12;
}

void WriteAxis(const DateRange& span, int height, std::ostream& out) {
  YearMonthDay first = Split(span.first);
  int step = TickStep(span);
  std::optional<Date> tick = MakeDate(first.year, 1 + (first.month - 1) / step * step, 1);
  for (; tick && *tick <= span.last; tick = AddMonths(*tick, step)) {
    if (*tick < span.first) continue;
    int x = X(*tick, span);
    out << "<line class=\"tick\" x1=\"" << x << "\" y1=\"" << kAxisHeight - 6 << "\" x2=\"" << x
        << "\" y2=\"" << height << "\"/><text class=\"tick-label\" x=\"" << x << "\" y=\""
        << kAxisHeight - 10 << "\">" << FormatDate(*tick).substr(0, 7) << "</text>\n";
  }
}

std::string MarkerClass(const ScheduleEntry& e) {
  return std::string("deadline") + (e.overdue ? " overdue" : "") + (e.next ? " next" : "");
}

void WriteRow(const ScheduleReport& r, int row, const DateRange& span, std::string_view lang,
              std::ostream& out) {
  int y = kAxisHeight + row * kRowHeight + kRowHeight / 2;
  std::string label = r.app_title.empty() ? r.file : r.app_title;
  out << "<g class=\"row\"><text class=\"row-label\" x=\"0\" y=\"" << y + 4
      << "\" clip-path=\"url(#timeline-labels)\"><title>" << HtmlText(r.file) << "</title>"
      << HtmlText(label) << "</text>";
  std::vector<const ScheduleEntry*> dated;
  for (const ScheduleEntry& e : r.entries) {
    if (e.date) dated.push_back(&e);
  }
  if (dated.empty()) {
    out << "<text class=\"no-dated\" x=\"" << kLabelWidth + kMargin << "\" y=\"" << y + 4 << "\">"
        << HtmlWord("no-dated", lang) << "</text>";
  } else {
    out << "<line class=\"span\" x1=\"" << X(*dated.front()->date, span) << "\" y1=\"" << y
        << "\" x2=\"" << X(*dated.back()->date, span) << "\" y2=\"" << y << "\"/>";
  }
  for (const ScheduleEntry* e : dated) {
    out << "<circle class=\"" << MarkerClass(*e) << "\" cx=\"" << X(*e->date, span) << "\" cy=\""
        << y << "\" r=\"5\"><title>" << FormatDate(*e->date) << ": " << HtmlText(e->title)
        << "</title></circle>";
  }
  out << "</g>\n";
}

void WriteUndated(std::span<const ScheduleReport> schedules, std::string_view lang,
                  std::ostream& out) {
  std::string items;
  for (const ScheduleReport& r : schedules) {
    for (const ScheduleEntry& e : r.entries) {
      if (e.date) continue;
      items += "<li>" + HtmlText(r.file) + ": " + HtmlText(e.title) + " (" +
               HtmlText(NotDatedText(e, lang)) + ")</li>\n";
    }
  }
  if (items.empty()) return;
  out << "<h3>" << HtmlWord("undated", lang) << "</h3>\n<ul class=\"undated\">\n"
      << items << "</ul>\n";
}

}  // namespace

void WriteHtmlTimeline(const HtmlPage& page, std::ostream& out) {
  if (page.options.schedules == nullptr || page.options.schedules->empty()) return;
  std::span<const ScheduleReport> schedules = *page.options.schedules;
  out << "<section id=\"deadlines\">\n<h2>" << HtmlWord("deadlines", page.lang) << "</h2>\n";
  if (std::optional<DateRange> span = DatedSpan(schedules)) {
    int height = kAxisHeight + static_cast<int>(schedules.size()) * kRowHeight + 4;
    out << "<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 " << kLabelWidth + kChartWidth << ' '
        << height << "\">\n<title>" << HtmlWord("deadlines", page.lang) << "</title>\n"
        << "<clipPath id=\"timeline-labels\"><rect x=\"0\" y=\"0\" width=\"" << kLabelWidth - 8
        << "\" height=\"" << height << "\"/></clipPath>\n";
    WriteAxis(*span, height, out);
    for (size_t i = 0; i < schedules.size(); ++i) {
      WriteRow(schedules[i], static_cast<int>(i), *span, page.lang, out);
    }
    out << "</svg>\n";
  }
  WriteUndated(schedules, page.lang, out);
  out << "</section>\n";
}

}  // namespace grantcheck
