#include "report/routine_items.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

// {0}: the program id, {1}: how many applications got the items.
constexpr std::array kPhrases = {
    Phrase{"heading.one", "Rutinpunkter för handläggaren i {0}, för {1} ansökan",
           "Rutinepunkter til sagsbehandleren i {0}, for {1} ansøgning",
           "Rutinepunkter for saksbehandleren i {0}, for {1} søknad",
           "Routine review items of {0}, for {1} application"},
    Phrase{"heading.other", "Rutinpunkter för handläggaren i {0}, samma för alla {1} ansökningar",
           "Rutinepunkter til sagsbehandleren i {0}, de samme for alle {1} ansøgninger",
           "Rutinepunkter for saksbehandleren i {0}, de samme for alle {1} søknader",
           "Routine review items of {0}, the same for all {1} applications"},
};

// An acknowledged item keeps its application's reason, so it stays with it.
bool IsRoutine(const Finding& f) {
  return f.status == Status::kReview && f.routine && !f.acknowledged;
}

RoutineGroup& GroupOf(std::vector<RoutineGroup>& groups, const std::string& program_id) {
  auto it = std::find_if(groups.begin(), groups.end(),
                         [&](const RoutineGroup& g) { return g.program_id == program_id; });
  if (it != groups.end()) return *it;
  return groups.emplace_back(RoutineGroup{.program_id = program_id});
}

}  // namespace

std::string RoutineText(const Finding& item) {
  return item.title.empty() ? item.message : item.title;
}

bool ListedWithApplication(const Finding& finding) { return !IsRoutine(finding); }

std::vector<RoutineGroup> RoutineByProgram(std::span<const AppReport> reports) {
  std::vector<RoutineGroup> groups;
  for (const AppReport& r : reports) {
    if (std::none_of(r.findings.begin(), r.findings.end(), IsRoutine)) continue;
    RoutineGroup& g = GroupOf(groups, r.program_id);
    ++g.applications;
    for (const Finding& f : r.findings) {
      bool known = std::any_of(g.items.begin(), g.items.end(),
                               [&](const Finding* seen) { return seen->rule_id == f.rule_id; });
      if (IsRoutine(f) && !known) g.items.push_back(&f);
    }
  }
  return groups;
}

std::string RoutineHeading(const RoutineGroup& group, std::string_view lang) {
  std::string_view key = group.applications == 1 ? "heading.one" : "heading.other";
  return fmt::format(fmt::runtime(Pick(kPhrases, key, lang)), group.program_id,
                     group.applications);
}

}  // namespace grantcheck
