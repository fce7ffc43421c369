// `schedule --format csv`: every application's deadlines merged into one
// table in date order, RFC 4180 (CRLF, quoted fields), safe to open in a spreadsheet.
#include <array>
#include <ostream>
#include <string>
#include <string_view>

#include "base/escape.h"
#include "report/csv_field.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

// The columns after `source` came later; they are last so that a sheet that
// reads the first fourteen by position keeps working.
constexpr std::array<std::string_view, 18> kColumns = {
    "file",    "program", "application",  "deadline", "title", "date",          "status",
    "overdue", "day_off", "day_off_name", "missing",  "error", "note",          "source",
    "by",      "passed",  "received",     "at_the_latest"};

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
          e.source,
          e.by_funder ? "funder" : "applicant",
          e.passed ? "true" : "false",
          e.received ? FormatDate(*e.received) : "",
          e.at_the_latest ? "true" : "false"};
}

template <typename Cells>
void WriteRow(const Cells& cells, std::ostream& out) {
  bool first = true;
  for (const auto& cell : cells) {
    out << (first ? "" : ",") << CsvField(cell, ',');
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
