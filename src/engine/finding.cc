#include "engine/finding.h"

#include <algorithm>

namespace grantcheck {

std::string_view StatusName(Status s) {
  switch (s) {
    case Status::kPass: return "pass";
    case Status::kFail: return "fail";
    case Status::kUnknown: return "unknown";
    case Status::kTodo: return "todo";
    case Status::kError: return "error";
    case Status::kReview: return "review";
    case Status::kNotApplicable: return "not_applicable";
  }
  return "?";
}

bool Finding::Fails(Severity fail_on) const {
  bool failing = status == Status::kFail || status == Status::kUnknown || status == Status::kError;
  if (!failing || severity == Severity::kReview || acknowledged) return false;
  return severity == Severity::kError || fail_on == Severity::kWarning;
}

Finding FindingFromDiagnostic(const Diagnostic& d) {
  return Finding{.rule_id = d.id,
                 .severity = d.level == Level::kError ? Severity::kError : Severity::kWarning,
                 .status = Status::kFail,
                 .message = d.message,
                 .pos = d.pos,
                 .from_input = true};
}

bool AppReport::Failed(Severity fail_on) const {
  return input_error || std::any_of(findings.begin(), findings.end(),
                                    [&](const Finding& f) { return f.Fails(fail_on); });
}

}  // namespace grantcheck
