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

// Text from users' files, stripped like the terminal output so that a consumer
// that prints a field cannot be driven by it either.
Json Text(std::string_view s) { return StripControl(s); }

Json TextOrNull(std::string_view s) { return s.empty() ? Json(nullptr) : Text(s); }

Json NumberOrNull(int n) { return n > 0 ? Json(n) : Json(nullptr); }

Json FindingJson(const Finding& f) {
  return Json{
      {"rule", Text(f.rule_id)},
      {"severity", SeverityName(f.severity)},
      {"status", StatusName(f.status)},
      {"title", Text(f.title)},
      {"message", Text(f.message)},
      {"path", Text(f.path)},
      {"line", NumberOrNull(f.pos.known() ? f.pos.line : 0)},
      {"column", NumberOrNull(f.pos.known() ? f.pos.col : 0)},
      {"missing", TextOrNull(f.missing)},
      {"input", f.from_input},
  };
}

std::string_view AppStatus(const AppReport& report, Severity fail_on) {
  if (report.input_error) return "input_error";
  return report.Failed(fail_on) ? "fail" : "pass";
}

// The rule file the application was checked against, so it can be re-checked.
Json RuleFileJson(const AppReport& report, const WriteOptions& options) {
  const RuleFile* f = options.run != nullptr ? options.run->For(report.program_id) : nullptr;
  if (f == nullptr) return nullptr;
  return Json{{"path", Text(f->path)}, {"sha256", TextOrNull(f->sha256)}};
}

Json AppJson(const AppReport& report, const WriteOptions& options) {
  Json findings = Json::array();
  for (const Finding& f : report.findings) findings.push_back(FindingJson(f));
  return Json{
      {"file", Text(report.file)},
      {"sha256", TextOrNull(report.sha256)},
      {"program", TextOrNull(report.program_id)},
      {"rules", RuleFileJson(report, options)},
      {"language", TextOrNull(report.language)},
      {"status", AppStatus(report, options.fail_on)},
      {"findings", std::move(findings)},
  };
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
  };
}

}  // namespace

// Declared in writer.cc, the format table.
void WriteJson(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out) {
  Json applications = Json::array();
  for (const AppReport& report : reports) applications.push_back(AppJson(report, options));
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
  return AppJson(report, options).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace grantcheck
