// `schedule --format text`: one section per application, a line per deadline
// in date order; overdue ones are tagged, the next one is marked with '>'.
#include <ostream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

constexpr size_t kDateWidth = 10;  // "YYYY-MM-DD"

// The heading of a section: "FILE: TITLE (PROGRAM)", leaving out what is unknown.
std::string Heading(const ScheduleReport& r) {
  std::string out = StripControl(r.file) + ":";
  if (!r.app_title.empty()) out += " " + StripControl(r.app_title);
  if (!r.program_id.empty()) out += " (" + StripControl(r.program_id) + ")";
  return out;
}

// `word` padded to the date column's width; the words are short and ASCII or
// Latin letters of one column each.
std::string Padded(std::string_view word) {
  std::string out(word);
  size_t columns = 0;
  for (char c : out) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (columns < kDateWidth) out.append(kDateWidth - columns, ' ');
  return out;
}

std::string EntryLine(const ScheduleEntry& e, std::string_view lang) {
  std::string title = StripControl(e.title);
  if (e.status != EntryStatus::kDated) {
    std::string_view word =
        ScheduleWord(e.status == EntryStatus::kUndated ? "undated" : "error", lang);
    return "  " + Padded(word) + "  " + title + ": " + StripControl(NotDatedText(e, lang));
  }
  std::string line = (e.next ? "> " : "  ") + FormatDate(*e.date) + "  " + title;
  if (!e.day_off_name.empty()) line += " (" + StripControl(e.day_off_name) + ")";
  for (const std::string& tag : EntryTags(e, lang)) line += "  [" + StripControl(tag) + "]";
  return line;
}

// An agenda line names its application after the deadline's title:
// "2026-03-02  Skriftlig halvtidsrapport – Trygg natt (a/x.yaml)  [nästa]".
std::string AgendaLine(const ScheduleEntry& e, std::string_view lang) {
  ScheduleEntry named = e;
  std::string_view app = e.app_title.empty() ? std::string_view(e.file) : e.app_title;
  named.title = e.title + " – " + std::string(app) + " (" + e.file + ")";
  return EntryLine(named, lang);
}

// An unreadable file, as `check` shows it: "FILE:LINE:COL: error ID: MESSAGE".
std::string ProblemLine(const ScheduleReport& r, const Finding& f) {
  std::string where = StripControl(r.file);
  if (f.pos.known()) where += ":" + std::to_string(f.pos.line);
  if (f.pos.known() && f.pos.col > 0) where += ":" + std::to_string(f.pos.col);
  return where + ": error " + StripControl(f.rule_id) + ": " + StripControl(f.message);
}

void WriteSection(const ScheduleReport& r, std::ostream& out) {
  if (r.input_error) {
    for (const Finding& f : r.problems) out << ProblemLine(r, f) << '\n';
    return;
  }
  out << Heading(r) << '\n';
  if (r.entries.empty()) out << "  (" << ScheduleWord("no-deadlines", r.language) << ")\n";
  for (const ScheduleEntry& e : r.entries) out << EntryLine(e, r.language) << '\n';
}

// --agenda: the unreadable files, then every entry of the run in date order
// (MergedEntries), in the first application's language.
void WriteAgenda(std::span<const ScheduleReport> reports, std::ostream& out) {
  std::string_view lang;
  for (const ScheduleReport& r : reports) {
    for (const Finding& f : r.problems) out << ProblemLine(r, f) << '\n';
    if (lang.empty()) lang = r.language;
  }
  if (lang.empty()) lang = "en";
  std::vector<const ScheduleEntry*> entries = MergedEntries(reports);
  if (entries.empty()) out << "  (" << ScheduleWord("no-deadlines", lang) << ")\n";
  for (const ScheduleEntry* e : entries) out << AgendaLine(*e, lang) << '\n';
}

}  // namespace

// Declared in schedule_writer.cc, the format table.
void WriteScheduleText(std::span<const ScheduleReport> reports,
                       const ScheduleWriteOptions& options, std::ostream& out) {
  if (options.agenda) return WriteAgenda(reports, out);
  bool first = true;
  for (const ScheduleReport& r : reports) {
    if (!first) out << '\n';
    first = false;
    WriteSection(r, out);
  }
}

}  // namespace grantcheck
