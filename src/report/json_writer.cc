// `check --format json`: one document for the whole run with every finding,
// passing ones too; jsonl writes the same application objects one per line.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "base/escape.h"
#include "report/json_writer.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

// ordered_json keeps keys in the order written here, which is the documented
// order in docs/output-formats.md.
using Json = nlohmann::ordered_json;

// An application's object is written by hand, compactly, because jsonl is the
// format of large batches and building an nlohmann tree for every finding cost
// more than checking the application. The json format parses these lines back,
// so both formats have this one definition of the object.

// The inside of a JSON string, escaped as nlohmann's dump() escapes one. `s`
// is valid UTF-8 (StripControl's output or one of our own words), so bytes
// above 0x7f pass as they are.
void AppendEscaped(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t copied = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, copied, i - copied);
    copied = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += "\\u00"; out += kHex[c >> 4]; out += kHex[c & 0xf];
    }
  }
  out.append(s, copied);
}

void AppendString(std::string& out, std::string_view s) {
  out += '"';
  AppendEscaped(out, s);
  out += '"';
}

// Bytes that are the same in user text, after StripControl, and in JSON.
bool Plain(char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }

// Text from users' files, stripped like the terminal output so that a consumer
// that prints a field cannot be driven by it either. Runs of plain bytes, most
// of any text, are copied at once; what lies between them (a letter such as
// 'ä', a quote, a control character) is stripped and escaped piece by piece,
// which gives the same as doing it to the whole, since both work by character.
void AppendText(std::string& out, std::string_view s) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    size_t end = i + JsonPlainPrefix(s.substr(i));
    out.append(s, i, end - i);
    i = end;
    // Letters such as 'ä' are the same in JSON and after StripControl.
    if (const size_t letters = KeptLettersPrefix(s.substr(i)); letters > 0) {
      out.append(s, i, letters);
      i += letters;
      continue;
    }
    while (end < s.size() && !Plain(s[end])) ++end;
    if (end > i) AppendEscaped(out, StripControl(s.substr(i, end - i)));
    i = end;
  }
  out += '"';
}

void AppendTextOrNull(std::string& out, std::string_view s) {
  if (s.empty()) {
    out += "null";
  } else {
    AppendText(out, s);
  }
}

void AppendNumberOrNull(std::string& out, int n) { out += n > 0 ? std::to_string(n) : "null"; }

// `"key":`, with the comma before it unless it is the first; keys are ours and
// need no escaping. Made at compile time, so that each is one append: three
// appends for each of a finding's ten keys were a fifth of the jsonl line.
template <size_t N>
struct KeyText {
  char text[N + 3] = {};
  consteval KeyText(const char (&key)[N]) {  // NOLINT: implicit from a literal on purpose
    text[0] = ',';
    text[1] = '"';
    for (size_t i = 0; i + 1 < N; ++i) text[i + 2] = key[i];
    text[N + 1] = '"';
    text[N + 2] = ':';
  }
};

template <KeyText kKey>
void Key(std::string& out, bool first = false) {
  const std::string_view all(kKey.text, sizeof(kKey.text));
  out += first ? all.substr(1) : all;
}

void AppendFinding(std::string& out, const Finding& f) {
  Key<"rule">(out, true); AppendText(out, f.rule_id);
  Key<"severity">(out); AppendString(out, SeverityName(f.severity));
  Key<"status">(out); AppendString(out, StatusName(f.status));
  Key<"title">(out); AppendText(out, f.title);
  Key<"message">(out); AppendText(out, f.message);
  Key<"path">(out); AppendText(out, f.path);
  Key<"line">(out); AppendNumberOrNull(out, f.pos.known() ? f.pos.line : 0);
  Key<"column">(out); AppendNumberOrNull(out, f.pos.known() ? f.pos.col : 0);
  Key<"missing">(out); AppendTextOrNull(out, f.missing);
  Key<"input">(out); out += f.from_input ? "true" : "false";
  Key<"acknowledged">(out); AppendTextOrNull(out, f.acknowledged.value_or(""));
  Key<"routine">(out); out += f.routine ? "true" : "false";
}

std::string_view AppStatus(const AppReport& report, Severity fail_on) {
  if (report.input_error) return "input_error";
  return report.Failed(fail_on) ? "fail" : "pass";
}

// The rule file the application was checked against, so it can be re-checked.
void AppendRuleFile(std::string& out, const AppReport& report, const WriteOptions& options) {
  const RuleFile* f = options.run != nullptr ? options.run->For(report.program_id) : nullptr;
  if (f == nullptr) {
    out += "null";
    return;
  }
  out += '{';
  Key<"path">(out, true); AppendText(out, f->path);
  Key<"sha256">(out); AppendTextOrNull(out, f->sha256);
  out += '}';
}

// The application's key facts; a fact the application does not give is left
// out, not null, so that a consumer can tell "not given" from no key at all.
void AppendFacts(std::string& out, const AppFacts& f) {
  out += '{';
  bool first = true;
  auto key = [&](std::string_view name) {
    out += first ? "\"" : ",\"";
    out += name;
    out += "\":";
    first = false;
  };
  if (f.title) { key("title"); AppendText(out, *f.title); }
  if (f.applicant) { key("applicant"); AppendText(out, *f.applicant); }
  if (!f.municipalities.empty()) {
    key("municipalities");
    out += '[';
    for (size_t i = 0; i < f.municipalities.size(); ++i) {
      if (i > 0) out += ',';
      AppendText(out, f.municipalities[i]);
    }
    out += ']';
  }
  if (f.start || f.end) {
    key("period");
    out += '{';
    if (f.start) out += "\"start\":\"" + FormatDate(*f.start) + '"';
    if (f.end) out += std::string(f.start ? "," : "") + "\"end\":\"" + FormatDate(*f.end) + '"';
    out += '}';
  }
  // Exact decimals, written as JSON numbers: digits, '-' and '.' only.
  if (f.requested) { key("requested"); out += f.requested->ToString(); }
  if (f.currency) { key("currency"); AppendText(out, *f.currency); }
  if (f.total_budget) { key("total_budget"); out += f.total_budget->ToString(); }
  out += '}';
}

Json SummaryJson(const Tally& t) {
  return Json{
      {"applications", t.applications},
      {"passed", t.passed},
      {"failed", t.failed},
      {"input_errors", t.input_errors},
      {"errors", t.errors},
      {"warnings", t.warnings},
      {"todos", t.todos},
      {"review", t.review},
      {"attention", t.attention},
  };
}

}  // namespace

// Declared in writer.cc, the format table.
void WriteJson(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out) {
  Json applications = Json::array();
  for (const AppReport& report : reports) {
    applications.push_back(Json::parse(ApplicationJsonLine(report, options)));
  }
  Json doc = {
      {"tool", {{"name", "grantcheck"}, {"version", GRANTCHECK_VERSION}}},
      {"applications", std::move(applications)},
      {"summary", SummaryJson(CountReports(reports, options.fail_on))},
  };
  // `replace` turns any invalid UTF-8 that got this far into U+FFFD instead of
  // throwing, so no application text can stop the report.
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string ApplicationJsonLine(const AppReport& report, const WriteOptions& options) {
  std::string out;
  out.reserve(1024 + 512 * report.findings.size());
  out += '{';
  Key<"file">(out, true); AppendText(out, report.file);
  Key<"sha256">(out); AppendTextOrNull(out, report.sha256);
  Key<"program">(out); AppendTextOrNull(out, report.program_id);
  Key<"rules">(out); AppendRuleFile(out, report, options);
  Key<"language">(out); AppendTextOrNull(out, report.language);
  Key<"status">(out); AppendString(out, AppStatus(report, options.fail_on));
  Key<"facts">(out); AppendFacts(out, report.facts);
  Key<"findings">(out);
  out += '[';
  for (size_t i = 0; i < report.findings.size(); ++i) {
    out += i == 0 ? "{" : ",{";
    AppendFinding(out, report.findings[i]);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace grantcheck
