#include "engine/acknowledgement.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "base/localized_text.h"
#include "base/text.h"

namespace grantcheck {
namespace {

// {0} the entry's path, {1} the rule id, {2} the program id, {3} a suggestion.
constexpr std::array kPhrases = {
    Phrase{"error",
           "{0}: {1} är ett fel och kan inte kvitteras: behörighet kan inte efterges; rätta "
           "ansökan i stället",
           "{0}: {1} er en fejl og kan ikke kvitteres: støtteberettigelse kan ikke fraviges; ret "
           "ansøgningen i stedet",
           "{0}: {1} er en feil og kan ikke kvitteres: støtteberettigelse kan ikke fravikes; rett "
           "søknaden i stedet",
           "{0}: {1} is an error and cannot be acknowledged: eligibility cannot be waived; fix "
           "the application instead"},
    Phrase{"stale", "{0}: {1} gav ingen anmärkning på ansökan; ta bort kvitteringen",
           "{0}: {1} gav ingen bemærkning til ansøgningen; fjern kvitteringen",
           "{0}: {1} ga ingen merknad til søknaden; fjern kvitteringen",
           "{0}: {1} raised nothing for this application; remove the acknowledgement"},
    Phrase{"unknown", "{0}: programmet {2} har ingen regel {1}{3}",
           "{0}: programmet {2} har ingen regel {1}{3}",
           "{0}: programmet {2} har ingen regel {1}{3}", "{0}: program {2} has no rule {1}{3}"},
    Phrase{"did-you-mean", "; menade du {0}?", "; mente du {0}?", "; mente du {0}?",
           "; did you mean {0}?"},
};

Finding AckFinding(const Acknowledgement& a, std::string id, Severity severity,
                   std::string message) {
  return Finding{.rule_id = std::move(id),
                 .severity = severity,
                 .status = Status::kFail,
                 .message = std::move(message),
                 .path = a.path,
                 .pos = a.pos,
                 .from_input = true};
}

std::vector<std::string_view> RuleIds(const Program& program) {
  std::vector<std::string_view> ids;
  for (const Rule& r : program.rules) ids.push_back(r.id);
  for (const Rule& r : program.batch_rules) ids.push_back(r.id);
  return ids;
}

std::string_view Say(std::string_view key, const std::string& lang) {
  return Pick(kPhrases, key, lang);
}

bool Raised(const Finding& f) {
  return f.status != Status::kPass && f.status != Status::kNotApplicable;
}

bool IsErrorRule(const AppReport& report, const std::string& rule_id) {
  return std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
    return !f.from_input && f.rule_id == rule_id && f.severity == Severity::kError;
  });
}

void Settle(const Acknowledgement& a, AppReport* report) {
  const std::string& lang = report->language;
  if (IsErrorRule(*report, a.rule_id)) {
    report->findings.push_back(
        AckFinding(a, "app-ack-error", Severity::kError,
                   fmt::format(fmt::runtime(Say("error", lang)), a.path, a.rule_id)));
    return;
  }
  bool raised = false;
  for (Finding& f : report->findings) {
    if (f.from_input || f.rule_id != a.rule_id || !Raised(f)) continue;
    f.acknowledged = a.reason;
    raised = true;
  }
  if (raised) return;
  report->findings.push_back(
      AckFinding(a, "app-ack-stale", Severity::kWarning,
                 fmt::format(fmt::runtime(Say("stale", lang)), a.path, a.rule_id)));
}

}  // namespace

void CollectAcknowledgements(const Application& app, const Program& program, AppReport* report) {
  const Value* list = app.root.Find("acknowledged");
  if (list == nullptr || list->kind() != ValueKind::kList) return;
  const std::vector<std::string_view> ids = RuleIds(program);
  for (size_t i = 0; i < list->as_list().items.size(); ++i) {
    const Value& entry = list->as_list().items[i];
    const Value* rule = entry.Find("rule");
    const Value* reason = entry.Find("reason");
    if (rule == nullptr || reason == nullptr || rule->kind() != ValueKind::kString ||
        reason->kind() != ValueKind::kString) {
      continue;
    }
    Acknowledgement a{.rule_id = rule->as_string(),
                      .reason = reason->as_string(),
                      .path = fmt::format("acknowledged[{}].rule", i)};
    a.pos = app.PosOf(a.path);
    if (std::find(ids.begin(), ids.end(), a.rule_id) != ids.end()) {
      report->pending_acknowledgements.push_back(std::move(a));
      continue;
    }
    std::optional<std::string> near = DidYouMean(a.rule_id, ids);
    std::string hint =
        near ? fmt::format(fmt::runtime(Say("did-you-mean", report->language)), *near) : "";
    report->findings.push_back(
        AckFinding(a, "app-ack-unknown", Severity::kWarning,
                   fmt::format(fmt::runtime(Say("unknown", report->language)), a.path, a.rule_id,
                               program.id, hint)));
  }
}

void SettleAcknowledgements(AppReport* report) {
  std::vector<Acknowledgement> pending = std::move(report->pending_acknowledgements);
  report->pending_acknowledgements.clear();
  for (const Acknowledgement& a : pending) Settle(a, report);
}

}  // namespace grantcheck
