// `schedule --format ics`: one iCalendar file (RFC 5545) for the whole run, an
// all-day VEVENT per dated deadline with a UID that is the same on every run.
#include <fmt/format.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/escape.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

// RFC 5545 3.1: content lines are folded so that none is longer than 75
// octets, not counting the line break; a continuation starts with a space.
constexpr size_t kMaxLineOctets = 75;

// RFC 5545 3.3.11: in a TEXT value, backslash, semicolon and comma are
// escaped, and a line break is written as \n.
std::string EscapeText(std::string_view raw) {
  std::string out;
  for (char c : StripControl(raw)) {  // no line breaks or controls left after this
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    out += c;
  }
  return out;
}

// Writes `line` folded, never inside a UTF-8 sequence: a fold goes before a
// lead byte, so each piece is whole characters.
void WriteFolded(std::string_view line, std::ostream& out) {
  size_t limit = kMaxLineOctets;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out << line.substr(0, cut) << "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;  // the leading space counts
  }
  out << line << "\r\n";
}

// 64-bit FNV-1a: no cryptographic strength is needed, only a stable value.
uint64_t Fnv1a64(std::string_view bytes, uint64_t hash = 0xcbf29ce484222325ULL) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// The same for the same program, application (its identity, not its path:
// `a/x.yaml`, `./a/x.yaml` and a moved file give one UID) and deadline on
// every run: "final-report-1a2b...@grantcheck".
std::string Uid(const ScheduleEntry& e) {
  uint64_t hash = Fnv1a64(e.identity, Fnv1a64(std::string_view("\0", 1), Fnv1a64(e.program_id)));
  return fmt::format("{}-{:016x}@grantcheck", e.deadline_id, hash);
}

std::string Compact(Date d) {
  std::string s = FormatDate(d);
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

std::string Summary(const ScheduleEntry& e) {
  std::string_view what = e.app_title.empty() ? std::string_view(e.file) : e.app_title;
  return EscapeText(e.title) + ": " + EscapeText(what);
}

// The note, the day-off flag, the application and the funder's sentence,
// each on its own line.
std::string Description(const ScheduleEntry& e, std::string_view lang) {
  std::vector<std::string> parts;
  std::vector<std::string> tags = EntryTags(e, lang);
  std::erase_if(tags, [&](const std::string& t) { return t == ScheduleWord("next", lang); });
  if (!tags.empty()) parts.push_back(EscapeText(fmt::format("{}", fmt::join(tags, "; "))));
  if (!e.note.empty()) parts.push_back(EscapeText(e.note));
  if (e.day_off != DayOff::kNone) {
    parts.push_back(
        EscapeText(fmt::format(fmt::runtime(ScheduleWord("day-off", lang)), e.day_off_name)));
  }
  parts.push_back(EscapeText(
      fmt::format("{}: {} ({})", ScheduleWord("application", lang), e.file, e.program_id)));
  parts.push_back(EscapeText(fmt::format("{}: {}", ScheduleWord("source", lang), e.source)));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "\\n") + p;
  return out;
}

// RFC 5545 3.6.6: a display alarm `days` before the start of the day.
void WriteAlarm(const ScheduleEntry& e, int days, std::ostream& out) {
  WriteFolded("BEGIN:VALARM", out);
  WriteFolded("ACTION:DISPLAY", out);
  WriteFolded("DESCRIPTION:" + Summary(e), out);
  WriteFolded(fmt::format("TRIGGER:-P{}D", days), out);
  WriteFolded("END:VALARM", out);
}

void WriteEvent(const ScheduleEntry& e, std::string_view lang, const ScheduleWriteOptions& options,
                std::ostream& out) {
  const std::string& dtstamp = options.dtstamp;
  WriteFolded("BEGIN:VEVENT", out);
  WriteFolded("UID:" + EscapeText(Uid(e)), out);
  WriteFolded("DTSTAMP:" + dtstamp, out);
  WriteFolded("DTSTART;VALUE=DATE:" + Compact(*e.date), out);
  if (std::optional<Date> after = AddDays(*e.date, 1)) {
    WriteFolded("DTEND;VALUE=DATE:" + Compact(*after), out);  // exclusive: one whole day
  }
  WriteFolded("SUMMARY:" + Summary(e), out);
  WriteFolded("DESCRIPTION:" + Description(e, lang), out);
  WriteFolded("CATEGORIES:" + EscapeText(e.program_id), out);
  WriteFolded("TRANSP:TRANSPARENT", out);  // a deadline does not make anyone busy
  if (options.remind_days) WriteAlarm(e, *options.remind_days, out);
  WriteFolded("END:VEVENT", out);
}

}  // namespace

// Declared in schedule_writer.cc, the format table.
void WriteScheduleIcs(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                      std::ostream& out) {
  WriteFolded("BEGIN:VCALENDAR", out);
  WriteFolded("VERSION:2.0", out);
  WriteFolded(std::string("PRODID:-//grantcheck//grantcheck ") + GRANTCHECK_VERSION + "//EN", out);
  WriteFolded("CALSCALE:GREGORIAN", out);
  WriteFolded("METHOD:PUBLISH", out);
  for (const ScheduleReport& r : reports) {
    for (const ScheduleEntry& e : r.entries) {
      if (e.status == EntryStatus::kDated) WriteEvent(e, r.language, options, out);
    }
  }
  WriteFolded("END:VCALENDAR", out);
}

}  // namespace grantcheck
