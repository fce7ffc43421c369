// The closing summary of a batch that the text and markdown formats share:
// the findings counted by rule, most frequent first. Layout is each writer's.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace grantcheck {

// How often one rule gave a finding a reader is shown, by label, over a run.
// Review items are left out: every application gets the same ones.
struct RuleCount {
  std::string rule_id;
  int errors = 0;
  int warnings = 0;
  int todos = 0;

  int total() const { return errors + warnings + todos; }
};

// Every rule with at least one error, warning or to-do, sorted by total
// (largest first), then by rule id.
std::vector<RuleCount> CountByRule(std::span<const AppReport> reports);

// "2 fel, 1 varning" in `lang`: the non-zero counts of `count`.
std::string RuleCountText(const RuleCount& count, std::string_view lang);

// The summary's own words in `lang`: "by-rule" ("Per regel") and "rule-file"
// ("Regelfil").
std::string_view SummaryPhrase(std::string_view key, std::string_view lang);

}  // namespace grantcheck
