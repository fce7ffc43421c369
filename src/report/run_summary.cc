#include "report/run_summary.h"

#include <algorithm>
#include <map>

#include "base/localized_text.h"
#include "report/report_texts.h"

namespace grantcheck {
namespace {

// Which count each label adds to (review is not counted by rule).
struct Counter {
  std::string_view label;
  std::string_view noun;  // for CountedNoun
  int RuleCount::*count;
};

constexpr Phrase kPhrases[] = {
    {"by-rule", "Per regel", "Pr. regel", "Per regel", "By rule"},
    {"rule-file", "Regelfil", "Regelfil", "Regelfil", "Rule file"},
};

constexpr Counter kCounters[] = {
    {"error", "error", &RuleCount::errors},
    {"warning", "warning", &RuleCount::warnings},
    {"todo", "todo", &RuleCount::todos},
};

}  // namespace

std::vector<RuleCount> CountByRule(std::span<const AppReport> reports) {
  std::map<std::string, RuleCount> by_id;
  for (const AppReport& r : reports) {
    for (const Finding& f : r.findings) {
      std::optional<std::string_view> label = FindingLabel(f);
      for (const Counter& c : kCounters) {
        if (!label || *label != c.label) continue;
        RuleCount& count = by_id[f.rule_id];
        count.rule_id = f.rule_id;
        ++(count.*c.count);
      }
    }
  }
  std::vector<RuleCount> counts;
  for (auto& [id, count] : by_id) counts.push_back(std::move(count));
  std::stable_sort(counts.begin(), counts.end(), [](const RuleCount& a, const RuleCount& b) {
    return a.total() > b.total();
  });
  return counts;
}

std::string RuleCountText(const RuleCount& count, std::string_view lang) {
  std::string text;
  for (const Counter& c : kCounters) {
    int n = count.*c.count;
    if (n > 0) text += (text.empty() ? "" : ", ") + CountedNoun(c.noun, n, lang);
  }
  return text;
}

std::string_view SummaryPhrase(std::string_view key, std::string_view lang) {
  return Pick(kPhrases, key, lang);
}

}  // namespace grantcheck
