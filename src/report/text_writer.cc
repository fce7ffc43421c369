// The default `check` output: one line per finding, like a compiler
// (`FILE:LINE:COL: LABEL RULE: MESSAGE`), then a blank line and a summary.
#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "base/escape.h"
#include "report/app_overview.h"
#include "report/acknowledged_text.h"
#include "report/report_texts.h"
#include "report/routine_items.h"
#include "report/run_summary.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

struct LabelColor {
  std::string_view label;
  std::string_view ansi;
};

constexpr LabelColor kLabelColors[] = {
    {"error", "\x1b[1;31m"},    // bold red
    {"warning", "\x1b[1;33m"},  // bold yellow
    {"todo", "\x1b[36m"},       // cyan
    {"review", "\x1b[34m"},     // blue
};

std::string_view ColorOf(std::string_view label) {
  for (const LabelColor& c : kLabelColors) {
    if (c.label == label) return c.ansi;
  }
  return {};
}

std::string Paint(std::string_view text, std::string_view ansi, bool color) {
  if (!color || ansi.empty()) return std::string(text);
  return std::string(ansi) + std::string(text) + std::string(kReset);
}

// "FILE:LINE:COL:", leaving out what is unknown.
std::string Location(const AppReport& report, const Finding& finding) {
  std::string where = StripControl(report.file);
  if (finding.pos.known()) where += ":" + std::to_string(finding.pos.line);
  if (finding.pos.known() && finding.pos.col > 0) where += ":" + std::to_string(finding.pos.col);
  return where + ":";
}

void WriteLine(const AppReport& report, const Finding& finding, std::string_view label,
               const WriteOptions& options, std::ostream& out) {
  out << Paint(Location(report, finding), kBold, options.color) << ' '
      << Paint(label, ColorOf(label), options.color);
  if (!finding.rule_id.empty()) out << ' ' << StripControl(finding.rule_id);
  std::string_view lang = options.lang.empty() ? std::string_view(report.language) : options.lang;
  out << ": " << StripControl(WithAcknowledgement(finding.message, finding, lang)) << '\n';
}

bool Shown(const Finding& finding, const WriteOptions& options) {
  // Routine review items are listed once per program (WriteRoutine).
  if (!FindingLabel(finding) || !ListedWithApplication(finding)) return false;
  // A draft's to-dos are its point: --quiet keeps them with what fails.
  return !options.quiet || finding.Fails(options.fail_on) ||
         (options.draft && finding.status == Status::kTodo);
}

// The findings to print, by position; unknown positions (line 0) come first,
// and findings at the same place keep the engine's (rule file) order.
std::vector<const Finding*> ShownFindings(const AppReport& report, const WriteOptions& options) {
  std::vector<const Finding*> shown;
  for (const Finding& finding : report.findings) {
    if (Shown(finding, options)) shown.push_back(&finding);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const Finding* a, const Finding* b) {
    return std::pair(a->pos.line, a->pos.col) < std::pair(b->pos.line, b->pos.col);
  });
  return shown;
}

// After a batch: the rules that gave findings, most frequent first, and the
// rule files with their SHA-256, so a secretariat sees what to follow up and
// what the run was checked against.
void WriteBatchSummary(std::span<const AppReport> reports, const WriteOptions& options,
                       std::ostream& out) {
  std::string_view lang = SummaryLanguage(reports, options.lang);
  std::vector<RuleCount> counts = CountByRule(reports);
  size_t width = 0;
  for (const RuleCount& c : counts) width = std::max(width, c.rule_id.size());
  if (!counts.empty()) out << '\n' << SummaryPhrase("by-rule", lang) << ":\n";
  for (const RuleCount& c : counts) {
    std::string id = StripControl(c.rule_id);
    out << "  " << id << std::string(width + 2 - std::min(width, c.rule_id.size()), ' ')
        << RuleCountText(c, lang) << '\n';
  }
  if (options.run == nullptr) return;
  for (const RuleFile* f : options.run->Used(reports)) {
    out << SummaryPhrase("rule-file", lang) << ' ' << StripControl(f->program->id) << ": "
        << StripControl(f->path) << " (SHA-256 " << (f->sha256.empty() ? "?" : f->sha256)
        << ")\n";
  }
}

// After an application's findings, whatever --quiet hides: its verdict with
// its counts, and the facts that tell a reader which application it is.
void WriteVerdict(const AppReport& report, const WriteOptions& options,
                  std::string_view run_lang, std::ostream& out) {
  std::string_view lang = ReportLanguage(report, options, run_lang);
  out << Paint(StripControl(report.file) + ":", kBold, options.color) << ' '
      << VerdictWord(VerdictKey(report, options.fail_on), lang) << " ("
      << CountsText(CountReport(report, options.fail_on), lang) << ")\n";
  if (std::string facts = FactsLine(report.facts, lang); !facts.empty()) {
    out << "  " << StripControl(facts) << '\n';
  }
}

// The routine review items, once per program: "RULE: TITLE" under a
// heading, since they are the same for every application.
void WriteRoutine(std::span<const AppReport> reports, const WriteOptions& options,
                  std::ostream& out) {
  std::string_view lang = SummaryLanguage(reports, options.lang);
  for (const RoutineGroup& g : RoutineByProgram(reports)) {
    out << '\n' << StripControl(RoutineHeading(g, lang)) << ":\n";
    for (const Finding* f : g.items) {
      out << "  " << Paint("review", ColorOf("review"), options.color) << ' '
          << StripControl(f->rule_id) << ": " << StripControl(RoutineText(*f)) << '\n';
    }
  }
}

}  // namespace

// Declared in writer.cc, the format table.
void WriteText(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out) {
  bool any_line = false;
  for (const AppReport& report : reports) {
    for (const Finding* finding : ShownFindings(report, options)) {
      WriteLine(report, *finding, *FindingLabel(*finding), options, out);
    }
    WriteVerdict(report, options, SummaryLanguage(reports, options.lang), out);
    any_line = true;
  }
  if (!options.quiet) WriteRoutine(reports, options, out);
  if (any_line) out << '\n';
  out << SummaryLine(CountReports(reports, options.fail_on), SummaryLanguage(reports, options.lang))
      << '\n';
  if (options.batch_summary) WriteBatchSummary(reports, options, out);
}

}  // namespace grantcheck
