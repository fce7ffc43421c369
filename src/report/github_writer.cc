// `check --format github`: GitHub Actions workflow commands, so that findings
// show as annotations on the lines of a pull request's files.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/localized_text.h"
#include "report/acknowledged_text.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

// Which workflow command each label becomes; pass and not_applicable have no label.
struct Command {
  std::string_view label;
  std::string_view command;
};

constexpr Command kCommands[] = {
    {"error", "error"},
    {"warning", "warning"},
    {"todo", "notice"},
    {"review", "notice"},
};

std::string_view CommandOf(std::string_view label) {
  for (const Command& c : kCommands) {
    if (c.label == label) return c.command;
  }
  return "notice";
}

// GitHub's escaping of workflow command data: in the message '%', CR and LF;
// in property values also ':' and ',' (which separate properties). Applied to
// text already cleaned of control characters, so a message can never end the
// command early or start a second one.
std::string Escape(std::string_view s, bool property) {
  std::string out;
  for (char c : StripControl(s)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string Property(std::string_view s) { return Escape(s, true); }

// GitHub shows at most this many annotations of each kind (error, warning,
// notice) from one step, and drops the rest.
constexpr size_t kAnnotationsPerKind = 10;

constexpr std::string_view kKinds[] = {"error", "warning", "notice"};

// Said by the summary annotation that stands for the findings of one file past
// the limit: {0} is "3 fel, 1 varning", {1} the rule ids.
constexpr Phrase kPhrases[] = {{"more", "Fler i filen än GitHub visar: {0} ({1})",
                                "Flere i filen, end GitHub viser: {0} ({1})",
                                "Flere i filen enn GitHub viser: {0} ({1})",
                                "More in this file than GitHub shows: {0} ({1})"}};

// A finding a reader is shown, under its label, with its application.
// An acknowledged warning is information now: a notice, with its reason.
std::string_view CommandOf(const Finding& f, std::string_view label) {
  return f.acknowledged ? "notice" : CommandOf(label);
}

struct Shown {
  const AppReport* report;
  const Finding* finding;
  std::string_view label;
  std::string_view lang;  // of the report's messages
};

std::string_view LanguageOf(const AppReport& r, const WriteOptions& options) {
  if (!options.lang.empty()) return options.lang;
  return r.language.empty() ? std::string_view("en") : std::string_view(r.language);
}

void WriteAnnotation(const Shown& s, std::ostream& out) {
  const Finding& f = *s.finding;
  out << "::" << CommandOf(f, s.label) << " file=" << Property(s.report->file);
  if (f.pos.known()) out << ",line=" << f.pos.line;
  if (f.pos.known() && f.pos.col > 0) out << ",col=" << f.pos.col;
  std::string title = f.title.empty() ? f.rule_id : f.rule_id + ": " + f.title;
  out << ",title=" << Property(title) << "::"
      << Escape(WithAcknowledgement(f.message.empty() ? title : f.message, f, s.lang), false)
      << '\n';
}

// The findings of one file past the limit, as one annotation of their kind:
// how many by label, and which rules.
void WriteFileSummary(std::string_view kind, const std::vector<Shown>& rest,
                      const WriteOptions& options, std::ostream& out) {
  std::map<std::string_view, int> by_label;
  std::vector<std::string> rules;
  for (const Shown& s : rest) {
    ++by_label[s.label];
    if (std::find(rules.begin(), rules.end(), s.finding->rule_id) == rules.end()) {
      rules.push_back(s.finding->rule_id);
    }
  }
  std::string_view lang = LanguageOf(*rest.front().report, options);
  std::string counts;
  for (const auto& [label, n] : by_label) {
    counts += (counts.empty() ? "" : ", ") + CountedNoun(label, n, lang);
  }
  std::string message = fmt::format(fmt::runtime(Pick(kPhrases, "more", lang)),
                                    counts, fmt::join(rules, ", "));
  out << "::" << kind << " file=" << Property(rest.front().report->file)
      << ",title=grantcheck::" << Escape(message, false) << '\n';
}

// One kind's annotations within GitHub's limit: when there are more than it
// shows, the first ones one by one while there is room, then for each file
// with findings left one summary annotation (so with more files than the
// limit, only a file's summary is shown), then the rest one by one: GitHub
// makes no annotation of them, but its log still shows each.
void WriteKind(std::string_view kind, const std::vector<Shown>& shown,
               const WriteOptions& options, std::ostream& out) {
  std::vector<std::string_view> files;
  for (const Shown& s : shown) {
    if (std::find(files.begin(), files.end(), s.report->file) == files.end()) {
      files.push_back(s.report->file);
    }
  }
  size_t singles = shown.size() <= kAnnotationsPerKind ? shown.size()
                   : files.size() < kAnnotationsPerKind ? kAnnotationsPerKind - files.size()
                                                        : 0;
  for (size_t i = 0; i < singles; ++i) WriteAnnotation(shown[i], out);
  for (std::string_view file : files) {
    std::vector<Shown> rest;
    for (size_t i = singles; i < shown.size(); ++i) {
      if (shown[i].report->file == file) rest.push_back(shown[i]);
    }
    if (!rest.empty()) WriteFileSummary(kind, rest, options, out);
  }
  for (size_t i = singles; i < shown.size(); ++i) WriteAnnotation(shown[i], out);
}

// Lines that are not commands start with "grantcheck:", so that a file name
// beginning with "::" can never be read as one.
void WriteRecord(const std::vector<const RuleFile*>& rule_files, std::ostream& out) {
  for (const RuleFile* f : rule_files) {
    out << "grantcheck: rules " << StripControl(f->program->id) << " " << StripControl(f->path)
        << " sha256 " << (f->sha256.empty() ? "unknown" : f->sha256) << '\n';
  }
}

// The shown findings of the run by kind, each in input order.
std::map<std::string_view, std::vector<Shown>> ByKind(std::span<const AppReport> reports,
                                                      const WriteOptions& options) {
  std::map<std::string_view, std::vector<Shown>> by_kind;
  for (const AppReport& r : reports) {
    for (const Finding& f : r.findings) {
      std::optional<std::string_view> label = FindingLabel(f);
      if (label && (!options.quiet || f.Fails(options.fail_on))) {
        by_kind[CommandOf(f, *label)].push_back({&r, &f, *label, LanguageOf(r, options)});
      }
    }
  }
  return by_kind;
}

}  // namespace

// Declared in writer.cc, the format table. Each application's SHA-256 is a
// ::debug:: line, in the raw log but hidden in the summary view. Errors come
// first, then warnings, then notices, so that review notices never crowd
// errors out of the annotations GitHub shows.
void WriteGithub(std::span<const AppReport> reports, const WriteOptions& options,
                 std::ostream& out) {
  for (const AppReport& r : reports) {
    if (!r.sha256.empty()) {
      out << "::debug::" << Escape(r.file, false) << " sha256 " << r.sha256 << '\n';
    }
  }
  std::map<std::string_view, std::vector<Shown>> by_kind = ByKind(reports, options);
  for (std::string_view kind : kKinds) WriteKind(kind, by_kind[kind], options, out);
  out << '\n'
      << SummaryLine(CountReports(reports, options.fail_on), SummaryLanguage(reports, options.lang))
      << '\n';
  if (options.run != nullptr) WriteRecord(options.run->Used(reports), out);
}

}  // namespace grantcheck
