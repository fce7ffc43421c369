// `check --format csv`: one row per application with its key facts, verdict
// and counts, for the spreadsheet a secretariat keeps; `;` or `,` between fields.
#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/app_overview.h"
#include "report/csv_field.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

// Excel reads a file as UTF-8 only after this byte order mark (else 'ä' is
// "Ã¤"); LibreOffice and Python's "utf-8-sig" skip it.
constexpr std::string_view kBom = "\xEF\xBB\xBF";

constexpr std::array<std::string_view, 17> kColumns = {
    "file",     "program",   "title",    "applicant",    "municipalities", "start",
    "end",      "requested", "currency", "total_budget", "status",         "errors",
    "warnings", "todos",     "attention", "sha256",      "language"};

// How a spreadsheet with the locale's settings reads a file: the list
// separator between fields and the decimal mark in numbers. Swedish, Danish
// and Norwegian Excel separate lists with ';', as their decimal mark is ','.
struct CsvDialect {
  char delimiter;
  char decimal_mark;
};

constexpr CsvDialect kNordic{';', ','};
constexpr CsvDialect kComma{',', '.'};

std::string Number(const std::optional<Decimal>& n, const CsvDialect& dialect) {
  return n ? AmountText(*n, dialect.decimal_mark) : "";
}

// Every cell as written: text through CsvField; numbers, which are ours
// (digits, '-' and the decimal mark, never the delimiter), as they are, so a
// negative amount stays a number a spreadsheet can sum.
std::vector<std::string> Row(const AppReport& r, const WriteOptions& options,
                             const CsvDialect& dialect) {
  const AppFacts& f = r.facts;
  const char d = dialect.delimiter;
  auto text = [d](std::string_view s) { return CsvField(s, d); };
  std::string municipalities;
  for (const std::string& m : f.municipalities) {
    municipalities += (municipalities.empty() ? "" : ", ") + m;
  }
  Tally t = CountReport(r, options.fail_on);
  return {text(r.file),
          text(r.program_id),
          text(f.title.value_or("")),
          text(f.applicant.value_or("")),
          text(municipalities),
          f.start ? FormatDate(*f.start) : "",
          f.end ? FormatDate(*f.end) : "",
          Number(f.requested, dialect),
          text(f.currency.value_or("")),
          Number(f.total_budget, dialect),
          std::string(VerdictKey(r, options.fail_on)),
          std::to_string(t.errors),
          std::to_string(t.warnings),
          std::to_string(t.todos),
          std::to_string(t.attention),
          r.sha256,
          text(r.language)};
}

template <typename Cells>
void WriteLine(const Cells& cells, char delimiter, std::ostream& out) {
  bool first = true;
  for (const auto& cell : cells) {
    if (!first) out << delimiter;
    out << cell;
    first = false;
  }
  out << "\r\n";
}

void WriteCsvAs(std::span<const AppReport> reports, const WriteOptions& options,
                const CsvDialect& dialect, std::ostream& out) {
  out << kBom;
  WriteLine(kColumns, dialect.delimiter, out);
  for (const AppReport& r : reports) WriteLine(Row(r, options, dialect), dialect.delimiter, out);
}

}  // namespace

// Declared in writer.cc, the format table.
void WriteCsv(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out) {
  WriteCsvAs(reports, options, kNordic, out);
}

void WriteCsvComma(std::span<const AppReport> reports, const WriteOptions& options,
                   std::ostream& out) {
  WriteCsvAs(reports, options, kComma, out);
}

}  // namespace grantcheck
