// `check --format markdown`: a section per application with a table of its
// findings, for a pull-request or merge-request comment; review items folded away.
#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "base/localized_text.h"
#include "report/app_overview.h"
#include "report/acknowledged_text.h"
#include "report/markdown_text.h"
#include "report/report_texts.h"
#include "report/routine_items.h"
#include "report/run_summary.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

constexpr Phrase kPhrases[] = {
    {"pass", "godkänd", "godkendt", "godkjent", "passed"},
    {"fail", "underkänd", "ikke godkendt", "ikke godkjent", "failed"},
    {"input_error", "oläsbar", "ulæselig", "ulesbar", "unreadable"},
    {"line", "Rad", "Linje", "Linje", "Line"},
    {"severity", "Nivå", "Niveau", "Nivå", "Severity"},
    {"rule", "Regel", "Regel", "Regel", "Rule"},
    {"message", "Meddelande", "Besked", "Melding", "Message"},
    {"findings", "Anmärkningar", "Bemærkninger", "Merknader", "Findings"},
    {"none", "Inga anmärkningar.", "Ingen bemærkninger.", "Ingen merknader.", "No findings."},
    {"review", "Punkter för handläggaren", "Punkter til sagsbehandleren",
     "Punkter for saksbehandleren", "Review items"},
};

std::string Md(std::string_view s) { return MarkdownInert(s); }

std::string_view VerdictOf(const AppReport& r, Severity fail_on) {
  if (r.input_error) return "input_error";
  return r.Failed(fail_on) ? "fail" : "pass";
}

std::string PlaceOf(const Finding& f) {
  if (!f.pos.known()) return "–";
  return f.pos.col > 0 ? std::to_string(f.pos.line) + ":" + std::to_string(f.pos.col)
                       : std::to_string(f.pos.line);
}

// Findings for the table (errors, warnings, to-dos) and for the review list,
// each by position as in the text format.
std::pair<std::vector<const Finding*>, std::vector<const Finding*>> Split(
    const AppReport& r, const WriteOptions& options) {
  std::vector<const Finding*> table, review;
  for (const Finding& f : r.findings) {
    std::optional<std::string_view> label = FindingLabel(f);
    if (!label || !ListedWithApplication(f) || (options.quiet && !f.Fails(options.fail_on))) {
      continue;  // routine review items are listed once per program (WriteRoutine)
    }
    (*label == "review" ? review : table).push_back(&f);
  }
  auto by_pos = [](const Finding* a, const Finding* b) {
    return std::pair(a->pos.line, a->pos.col) < std::pair(b->pos.line, b->pos.col);
  };
  std::stable_sort(table.begin(), table.end(), by_pos);
  std::stable_sort(review.begin(), review.end(), by_pos);
  return {table, review};
}

// The message, and the reason when the finding is acknowledged.
std::string MessageOf(const Finding& f, std::string_view lang) {
  return Md(WithAcknowledgement(f.message, f, lang));
}

void WriteTable(const std::vector<const Finding*>& findings, std::string_view lang,
                std::ostream& out) {
  if (findings.empty()) {
    out << Pick(kPhrases, "none", lang) << "\n\n";
    return;
  }
  out << "| " << Pick(kPhrases, "line", lang) << " | " << Pick(kPhrases, "severity", lang)
      << " | " << Pick(kPhrases, "rule", lang) << " | " << Pick(kPhrases, "message", lang)
      << " |\n|---:|---|---|---|\n";
  for (const Finding* f : findings) {
    out << "| " << PlaceOf(*f) << " | " << *FindingLabel(*f) << " | " << Md(f->rule_id) << " | "
        << MessageOf(*f, lang) << " |\n";
  }
  out << '\n';
}

void WriteReview(const std::vector<const Finding*>& review, std::string_view lang,
                 std::ostream& out) {
  if (review.empty()) return;
  out << "<details><summary>" << Pick(kPhrases, "review", lang) << " (" << review.size()
      << ")</summary>\n\n";
  for (const Finding* f : review) {
    out << "- **" << Md(f->rule_id) << "** (" << PlaceOf(*f) << "): " << MessageOf(*f, lang) << '\n';
  }
  out << "\n</details>\n\n";
}

void WriteApplication(const AppReport& r, const WriteOptions& options, std::ostream& out) {
  std::string_view lang = !options.lang.empty() ? options.lang
                          : !r.language.empty() ? std::string_view(r.language)
                                                : "en";
  std::string_view verdict = VerdictOf(r, options.fail_on);
  // The verdict in words: an emoji alone is an empty box without an emoji font.
  out << "### " << Md(r.file) << ": " << Pick(kPhrases, verdict, lang) << "\n\n";
  if (std::string facts = FactsLine(r.facts, lang); !facts.empty()) out << Md(facts) << "\n\n";
  if (!r.sha256.empty()) out << "SHA-256 `" << r.sha256 << "`\n\n";
  auto [table, review] = Split(r, options);
  WriteTable(table, lang, out);
  WriteReview(review, lang, out);
}

// The routine review items, once per program, folded away as each
// application's own review items are.
void WriteRoutine(std::span<const AppReport> reports, std::string_view lang, std::ostream& out) {
  for (const RoutineGroup& g : RoutineByProgram(reports)) {
    out << "<details><summary>" << Md(RoutineHeading(g, lang)) << " (" << g.items.size()
        << ")</summary>\n\n";
    for (const Finding* f : g.items) {
      out << "- **" << Md(f->rule_id) << "**: " << Md(RoutineText(*f)) << '\n';
    }
    out << "\n</details>\n\n";
  }
}

void WriteClosing(std::span<const AppReport> reports, const WriteOptions& options,
                  std::ostream& out) {
  std::string_view lang = SummaryLanguage(reports, options.lang);
  if (!options.quiet) WriteRoutine(reports, lang, out);
  out << "**" << Md(SummaryLine(CountReports(reports, options.fail_on), lang)) << "**\n\n";
  std::vector<RuleCount> counts = CountByRule(reports);
  if (!counts.empty()) {
    out << "| " << Pick(kPhrases, "rule", lang) << " | " << Pick(kPhrases, "findings", lang)
        << " |\n|---|---|\n";
    for (const RuleCount& c : counts) {
      out << "| " << Md(c.rule_id) << " | " << Md(RuleCountText(c, lang)) << " |\n";
    }
    out << '\n';
  }
  if (options.run == nullptr) return;
  for (const RuleFile* f : options.run->Used(reports)) {
    out << SummaryPhrase("rule-file", lang) << ' ' << Md(f->program->id) << ": " << Md(f->path)
        << " (SHA-256 `" << (f->sha256.empty() ? "?" : f->sha256) << "`)  \n";
  }
}

}  // namespace

// Declared in writer.cc, the format table.
void WriteMarkdown(std::span<const AppReport> reports, const WriteOptions& options,
                   std::ostream& out) {
  out << "## grantcheck\n\n";
  for (const AppReport& r : reports) WriteApplication(r, options, out);
  WriteClosing(reports, options, out);
}

}  // namespace grantcheck
