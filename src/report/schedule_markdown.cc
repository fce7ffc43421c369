// `schedule --format markdown`: a heading and a table per application, for
// a pull request, a wiki page or an e-mail; the next deadline is in bold.
#include <ostream>
#include <string>
#include <vector>

#include "report/markdown_text.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

std::string Md(std::string_view raw) { return MarkdownInert(raw); }

std::string Remark(const ScheduleEntry& e, std::string_view lang) {
  std::vector<std::string> parts;
  if (e.status != EntryStatus::kDated) parts.push_back(Md(NotDatedText(e, lang)));
  if (!e.day_off_name.empty()) parts.push_back(Md(e.day_off_name));
  for (const std::string& tag : EntryTags(e, lang)) parts.push_back(Md(tag));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string Row(const ScheduleEntry& e, std::string_view lang) {
  std::string when = e.date ? FormatDate(*e.date)
                            : std::string(ScheduleWord(
                                  e.status == EntryStatus::kUndated ? "undated" : "error", lang));
  std::string what = Md(e.title);
  if (e.next) {
    when = "**" + when + "**";
    what = "**" + what + "**";
  }
  return "| " + when + " | " + what + " | " + Remark(e, lang) + " |";
}

void WriteSection(const ScheduleReport& r, std::ostream& out) {
  std::string_view lang = r.language;
  out << "## " << Md(r.file);
  if (!r.app_title.empty()) out << ": " << Md(r.app_title);
  if (!r.program_id.empty()) out << " (" << Md(r.program_id) << ")";
  out << "\n\n";
  if (r.input_error) {
    for (const Finding& f : r.problems) {
      out << "- " << Md(f.rule_id);
      if (f.pos.known()) out << " (" << f.pos.line << ":" << f.pos.col << ")";
      out << ": " << Md(f.message) << "\n";
    }
    return;
  }
  if (r.entries.empty()) {
    out << "(" << ScheduleWord("no-deadlines", lang) << ")\n";
    return;
  }
  out << "| " << ScheduleWord("date", lang) << " | " << ScheduleWord("deadline", lang) << " | "
      << ScheduleWord("remark", lang) << " |\n|---|---|---|\n";
  for (const ScheduleEntry& e : r.entries) out << Row(e, lang) << "\n";
}

}  // namespace

// Declared in schedule_writer.cc, the format table.
void WriteScheduleMarkdown(std::span<const ScheduleReport> reports,
                           const ScheduleWriteOptions& /*options*/, std::ostream& out) {
  bool first = true;
  for (const ScheduleReport& r : reports) {
    if (!first) out << "\n";
    first = false;
    WriteSection(r, out);
  }
}

}  // namespace grantcheck
