// `check --format gitlab`: GitLab Code Quality, the part of the Code Climate
// format GitLab reads, so findings show in merge requests; one issue per finding.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <tuple>

#include "base/escape.h"
#include "base/sha256.h"
#include "report/acknowledged_text.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

using Json = nlohmann::ordered_json;

// GitLab's severities by label: an error makes an application ineligible, a
// warning weakens it; to-dos and review items are information for the assessor.
struct SeverityRow {
  std::string_view label;
  std::string_view severity;
};

constexpr SeverityRow kSeverities[] = {
    {"error", "blocker"},
    {"warning", "minor"},
    {"todo", "info"},
    {"review", "info"},
};

std::string_view SeverityOf(std::string_view label) {
  for (const SeverityRow& row : kSeverities) {
    if (row.label == label) return row.severity;
  }
  return "info";
}

// The path as GitLab matches it against the repository: "./a.yaml" and
// "x/../a.yaml" are "a.yaml", so neither the location nor the fingerprint
// depends on how the path was written on the command line.
std::string NormalPath(const std::string& file) {
  std::string normal = std::filesystem::path(file).lexically_normal().generic_string();
  return normal.empty() || normal == "." ? file : normal;
}

// A finding's fingerprint: the SHA-256 of the file, the check and the field,
// and how many identical ones came before it in that file, so it is unique per
// finding and stays the same from run to run while the finding does. Not the
// line: an edit above a finding moves it without making it a new one.
class Fingerprints {
 public:
  std::string Next(const std::string& path, const std::string& check, const std::string& field) {
    int n = seen_[{path, check, field}]++;
    std::string key = path;
    for (const std::string* part : {&check, &field}) key += std::string(1, '\0') + *part;
    return Sha256Hex(key + '\0' + std::to_string(n));
  }

 private:
  std::map<std::tuple<std::string, std::string, std::string>, int> seen_;
};

Json IssueJson(const AppReport& r, const Finding& f, std::string_view label,
               Fingerprints& fingerprints) {
  std::string path = NormalPath(r.file);
  std::string check = f.from_input || r.program_id.empty() ? f.rule_id
                                                            : QualifiedRuleId(r.program_id, f.rule_id);
  std::string text = WithAcknowledgement(
      f.message.empty() ? (f.title.empty() ? f.rule_id : f.title) : f.message, f, r.language);
  return Json{
      {"description", StripControl(text)},
      {"check_name", StripControl(check)},
      {"fingerprint", fingerprints.Next(path, check, f.path)},
      // Acknowledged: information for the reviewer, no longer a problem to fix.
      {"severity", f.acknowledged ? "info" : SeverityOf(label)},
      // GitLab needs a line; a finding about the whole file is on its first.
      {"location",
       {{"path", StripControl(path)}, {"lines", {{"begin", f.pos.known() ? f.pos.line : 1}}}}},
  };
}

}  // namespace

// Declared in writer.cc, the format table. One JSON array, as GitLab requires;
// with nothing to show, an empty one.
void WriteGitlab(std::span<const AppReport> reports, const WriteOptions& options,
                 std::ostream& out) {
  Fingerprints fingerprints;
  Json issues = Json::array();
  for (const AppReport& r : reports) {
    for (const Finding& f : r.findings) {
      std::optional<std::string_view> label = FindingLabel(f);
      if (label && (!options.quiet || f.Fails(options.fail_on))) {
        issues.push_back(IssueJson(r, f, *label, fingerprints));
      }
    }
  }
  out << issues.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace grantcheck
