// `check --format github`: GitHub Actions workflow commands, so that findings
// show as annotations on the lines of a pull request's files.
#include <ostream>
#include <string>

#include "base/escape.h"
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

void WriteAnnotation(const AppReport& r, const Finding& f, std::string_view label,
                     std::ostream& out) {
  out << "::" << CommandOf(label) << " file=" << Property(r.file);
  if (f.pos.known()) out << ",line=" << f.pos.line;
  if (f.pos.known() && f.pos.col > 0) out << ",col=" << f.pos.col;
  std::string title = f.title.empty() ? f.rule_id : f.rule_id + ": " + f.title;
  out << ",title=" << Property(title) << "::"
      << Escape(f.message.empty() ? title : f.message, false) << '\n';
}

// Lines that are not commands start with "grantcheck:", so that a file name
// beginning with "::" can never be read as one.
void WriteRecord(const std::vector<const RuleFile*>& rule_files, std::ostream& out) {
  for (const RuleFile* f : rule_files) {
    out << "grantcheck: rules " << StripControl(f->program->id) << " " << StripControl(f->path)
        << " sha256 " << (f->sha256.empty() ? "unknown" : f->sha256) << '\n';
  }
}

}  // namespace

// Declared in writer.cc, the format table. Each application's SHA-256 is a
// ::debug:: line, in the raw log but hidden in the summary view.
void WriteGithub(std::span<const AppReport> reports, const WriteOptions& options,
                 std::ostream& out) {
  for (const AppReport& r : reports) {
    if (!r.sha256.empty()) {
      out << "::debug::" << Escape(r.file, false) << " sha256 " << r.sha256 << '\n';
    }
    for (const Finding& f : r.findings) {
      std::optional<std::string_view> label = FindingLabel(f);
      if (label && (!options.quiet || f.Fails(options.fail_on))) {
        WriteAnnotation(r, f, *label, out);
      }
    }
  }
  out << '\n'
      << SummaryLine(CountReports(reports, options.fail_on), SummaryLanguage(reports, options.lang))
      << '\n';
  if (options.run != nullptr) WriteRecord(options.run->Used(reports), out);
}

}  // namespace grantcheck
