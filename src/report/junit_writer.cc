// `check --format junit`: JUnit XML for CI test-report views (GitLab, Jenkins,
// Azure), valid against Jenkins' junit-10.xsd: a suite per application, a case per rule.
#include <fmt/format.h>

#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "report/acknowledged_text.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

// `s` cleaned like every format's text, then escaped for XML 1.0: the five
// markup characters become entities, a tab in an attribute a character
// reference (attribute normalisation would turn it into a space), and the
// noncharacters U+FFFE and U+FFFF, which XML forbids, U+FFFD.
std::string Xml(std::string_view s, bool attribute) {
  std::string clean = StripControl(s);
  std::string out;
  out.reserve(clean.size());
  for (size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    if (c == '\xEF' && i + 2 < clean.size() && clean[i + 1] == '\xBF' &&
        (clean[i + 2] == '\xBE' || clean[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (attribute && c == '"') {
      out += "&quot;";
    } else if (attribute && c == '\'') {
      out += "&apos;";
    } else if (attribute && c == '\t') {
      out += "&#9;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Attr(std::string_view s) { return Xml(s, true); }

// "FILE:LINE:COL: LABEL RULE: MESSAGE", the text format's line, as the body of
// a failure so that a CI view shows where to look.
std::string Where(const AppReport& r, const Finding& f, std::string_view label) {
  std::string where = r.file;
  if (f.pos.known()) where += ":" + std::to_string(f.pos.line);
  if (f.pos.known() && f.pos.col > 0) where += ":" + std::to_string(f.pos.col);
  return fmt::format("{}: {} {}: {}", where, label, f.rule_id,
                     WithAcknowledgement(f.message, f, r.language));
}

enum class Outcome { kPass, kFailure, kError, kSkipped, kOutput };

struct Case {
  const Finding* finding;
  Outcome outcome;
};

Outcome OutcomeOf(const AppReport& r, const Finding& f, Severity fail_on) {
  // An acknowledged warning, like a review item, is a case not run to a verdict.
  if (f.status == Status::kReview || f.status == Status::kTodo ||
      f.status == Status::kNotApplicable || f.acknowledged) {
    return Outcome::kSkipped;
  }
  if (f.status == Status::kPass) return Outcome::kPass;
  if (r.input_error) return Outcome::kError;  // the file could not be checked at all
  return f.Fails(fail_on) ? Outcome::kFailure : Outcome::kOutput;
}

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;

  void Add(Outcome o) {
    ++tests;
    failures += o == Outcome::kFailure;
    errors += o == Outcome::kError;
    skipped += o == Outcome::kSkipped;
  }
  // junit-10.xsd allows `skipped` on a testsuite but not on testsuites.
  std::string Attributes(bool with_skipped) const {
    std::string out = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"", tests, failures,
                                  errors);
    if (with_skipped) out += fmt::format(" skipped=\"{}\"", skipped);
    return out;
  }
};

std::vector<Case> CasesOf(const AppReport& r, Severity fail_on, Counts* counts) {
  std::vector<Case> cases;
  for (const Finding& f : r.findings) {
    cases.push_back({&f, OutcomeOf(r, f, fail_on)});
    counts->Add(cases.back().outcome);
  }
  return cases;
}

void WriteCaseBody(const AppReport& r, const Finding& f, Outcome outcome, std::ostream& out) {
  std::string label(FindingLabel(f).value_or(SeverityName(f.severity)));
  std::string message = WithAcknowledgement(f.message.empty() ? f.title : f.message, f, r.language);
  switch (outcome) {
    case Outcome::kFailure:
    case Outcome::kError: {
      std::string_view tag = outcome == Outcome::kError ? "error" : "failure";
      out << "      <" << tag << " message=\"" << Attr(message) << "\" type=\""
          << SeverityName(f.severity) << "\">" << Xml(Where(r, f, label), false) << "</" << tag
          << ">\n";
      break;
    }
    case Outcome::kSkipped:  // a rule that does not apply has nothing to say
      if (f.status == Status::kNotApplicable) {
        out << "      <skipped/>\n";
      } else {
        out << "      <skipped message=\"" << Attr(label + ": " + message) << "\">"
            << Xml(Where(r, f, label), false) << "</skipped>\n";
      }
      break;
    case Outcome::kOutput:
      out << "      <system-out>" << Xml(Where(r, f, label), false) << "</system-out>\n";
      break;
    case Outcome::kPass:
      break;
  }
}

// Jenkins' schema allows no `file` or `line` on a test case, and GitLab keys a
// case by its classname and name alone, so the application's file is the
// classname (each application's cases stay apart) and the line is in the
// body's FILE:LINE:COL. `name` is the rule id, made unique within the suite.
void WriteCase(const AppReport& r, const Case& c, const std::string& name, std::ostream& out) {
  out << "    <testcase classname=\"" << Attr(r.file) << "\" name=\"" << Attr(name) << "\"";
  if (c.outcome == Outcome::kPass) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  WriteCaseBody(r, *c.finding, c.outcome, out);
  out << "    </testcase>\n";
}

// The rule id, or for its second and later finding in one application (two
// unknown keys, say) "ID (2)", "ID (3)": a name that repeats is one case to GitLab.
std::vector<std::string> CaseNames(const std::vector<Case>& cases) {
  std::map<std::string, int> seen;
  std::vector<std::string> names;
  for (const Case& c : cases) {
    int n = ++seen[c.finding->rule_id];
    names.push_back(n == 1 ? c.finding->rule_id : fmt::format("{} ({})", c.finding->rule_id, n));
  }
  return names;
}

void WriteProperty(std::string_view name, std::string_view value, std::ostream& out) {
  if (value.empty()) return;
  out << "      <property name=\"" << name << "\" value=\"" << Attr(value) << "\"/>\n";
}

// The hashes that let a report be re-checked against the same files later.
void WriteProperties(const AppReport& r, const WriteOptions& options, std::ostream& out) {
  const RuleFile* rules = options.run != nullptr ? options.run->For(r.program_id) : nullptr;
  out << "    <properties>\n";
  WriteProperty("sha256", r.sha256, out);
  WriteProperty("program", r.program_id, out);
  WriteProperty("rules", rules != nullptr ? rules->path : "", out);
  WriteProperty("rules.sha256", rules != nullptr ? rules->sha256 : "", out);
  out << "    </properties>\n";
}

void WriteSuite(const AppReport& r, const WriteOptions& options, Counts* total, std::ostream& out) {
  Counts counts;
  std::vector<Case> cases = CasesOf(r, options.fail_on, &counts);
  out << "  <testsuite name=\"" << Attr(r.file) << "\" " << counts.Attributes(true)
      << " file=\"" << Attr(r.file) << "\">\n";
  WriteProperties(r, options, out);
  std::vector<std::string> names = CaseNames(cases);
  for (size_t i = 0; i < cases.size(); ++i) WriteCase(r, cases[i], names[i], out);
  out << "  </testsuite>\n";
  total->tests += counts.tests;
  total->failures += counts.failures;
  total->errors += counts.errors;
  total->skipped += counts.skipped;
}

}  // namespace

// Declared in writer.cc, the format table. The totals on <testsuites> are
// known only after the suites, so the suites are written to a buffer first.
void WriteJunit(std::span<const AppReport> reports, const WriteOptions& options,
                std::ostream& out) {
  std::ostringstream suites;
  Counts total;
  for (const AppReport& r : reports) WriteSuite(r, options, &total, suites);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"grantcheck\" " << total.Attributes(false) << ">\n"
      << suites.str() << "</testsuites>\n";
}

}  // namespace grantcheck
