// Routine review items (Finding::routine) gathered once per program, so the
// overview formats list them once instead of under every application.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace grantcheck {

// One program's routine review items: each rule once, in the order the first
// application that has it gives them, with how many applications got it.
struct RoutineGroup {
  std::string program_id;
  std::vector<const Finding*> items;  // point into `reports`' findings
  int applications = 0;               // applications of the program that got any
};

// The groups of `reports`, in the order their programs first appear. The
// pointers live as long as `reports`.
std::vector<RoutineGroup> RoutineByProgram(std::span<const AppReport> reports);

// What a routine item is listed as: its rule's title, since the message may
// quote one application's text (the organisation, the budget); the message
// when the rule has no title.
std::string RoutineText(const Finding& item);

// Whether a report lists `finding` with its application: everything except a
// routine review item.
bool ListedWithApplication(const Finding& finding);

// The heading of a group in `lang`: "Rutinpunkter för handläggaren i
// familjen-helsingborg, samma för alla 4 ansökningar". Not escaped.
std::string RoutineHeading(const RoutineGroup& group, std::string_view lang);

}  // namespace grantcheck
