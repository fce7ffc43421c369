// `schedule --format csv`: every application's deadlines merged into one
// table in date order, RFC 4180 (CRLF, quoted fields), safe to open in a spreadsheet.
#include <array>
#include <ostream>
#include <string>
#include <string_view>

#include "base/escape.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

constexpr std::array<std::string_view, 14> kColumns = {
    "file",    "program", "application",  "deadline", "title", "date", "status",
    "overdue", "day_off", "day_off_name", "missing",  "error", "note", "source"};

// A spreadsheet runs a cell that starts with one of these as a formula
// (OWASP "CSV injection"); such a cell gets a leading apostrophe, which
// spreadsheets show as text and do not display.
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

// One field: cleaned of control characters, defused, and quoted when it
// holds a comma, a quote or a line break (RFC 4180), quotes doubled.
std::string Field(std::string_view raw) {
  std::string s = StripControl(raw);
  if (!s.empty() && kFormulaStarts.find(s.front()) != std::string_view::npos) s = "'" + s;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

std::array<std::string, kColumns.size()> Row(const ScheduleEntry& e) {
  return {e.file,
          e.program_id,
          e.app_title,
          e.deadline_id,
          e.title,
          e.date ? FormatDate(*e.date) : "",
          std::string(EntryStatusName(e.status)),
          e.overdue ? "true" : "false",
          std::string(DayOffName(e.day_off)),
          e.day_off_name,
          Joined(e.missing),
          e.error,
          e.note,
          e.source};
}

template <typename Cells>
void WriteRow(const Cells& cells, std::ostream& out) {
  bool first = true;
  for (const auto& cell : cells) {
    out << (first ? "" : ",") << Field(cell);
    first = false;
  }
  out << "\r\n";
}

}  // namespace

// Declared in schedule_writer.cc, the format table.
void WriteScheduleCsv(std::span<const ScheduleReport> reports,
                      const ScheduleWriteOptions& /*options*/, std::ostream& out) {
  WriteRow(kColumns, out);
  for (const ScheduleEntry* e : MergedEntries(reports)) WriteRow(Row(*e), out);
}

}  // namespace grantcheck
