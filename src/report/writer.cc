#include "report/writer.h"

#include <array>

namespace grantcheck {

// Each writer lives in its own file and is reached only through this table,
// so the table is where they are declared.
void WriteText(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteJson(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteJsonl(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteJsonlOne(const AppReport& report, const WriteOptions& options, std::ostream& out);
void WriteJunit(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteSarif(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteGithub(std::span<const AppReport> reports, const WriteOptions& options,
                 std::ostream& out);
void WriteMarkdown(std::span<const AppReport> reports, const WriteOptions& options,
                   std::ostream& out);
void WriteGitlab(std::span<const AppReport> reports, const WriteOptions& options,
                 std::ostream& out);
void WriteCsv(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteCsvComma(std::span<const AppReport> reports, const WriteOptions& options,
                   std::ostream& out);
void WriteHtml(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);

namespace {

constexpr std::array kCheckFormats = {
    Format{"text", WriteText, "one line per finding, like a compiler, then a summary"},
    Format{"json", WriteJson, "one JSON document with every finding and a summary"},
    Format{"jsonl", WriteJsonl, "one JSON object per application and line, streamed in order",
           WriteJsonlOne},
    Format{"junit", WriteJunit, "JUnit XML: a test suite per application, a test case per rule"},
    Format{"sarif", WriteSarif, "SARIF 2.1.0 with rule metadata, for code scanning"},
    Format{"github", WriteGithub, "GitHub Actions workflow commands: annotations on the lines"},
    Format{"markdown", WriteMarkdown, "a table per application, for a pull-request comment"},
    Format{"gitlab", WriteGitlab, "GitLab Code Quality: findings in merge requests"},
    Format{"csv", WriteCsv, "a row per application for a spreadsheet: ';', decimal comma, UTF-8 BOM"},
    Format{"csv-comma", WriteCsvComma, "the csv format with ',' and a decimal point"},
    Format{"html", WriteHtml, "one self-contained page for a committee: overview, totals, deadlines"},
};

}  // namespace

std::span<const Format> CheckFormats() { return kCheckFormats; }

const Format* FindCheckFormat(std::string_view name) {
  for (const Format& format : kCheckFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace grantcheck
