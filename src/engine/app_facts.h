// An application's key facts as a secretariat lists them (title, applicant,
// municipalities, period, money), taken once from the application; writers only lay them out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/decimal.h"
#include "base/source.h"

namespace grantcheck {

struct Application;

// What the application itself says; a field that is absent, or not of its
// type (its app-type finding says why), is absent here too: nothing is guessed.
struct AppFacts {
  std::optional<std::string> title;                // `title`
  std::optional<std::string> applicant;            // `applicant.organisation`
  std::vector<std::string> municipalities;         // `municipalities`, the strings of it
  std::optional<Date> start;                       // `period.start`
  std::optional<Date> end;                         // `period.end`
  std::optional<Decimal> requested;                // `budget.requested`
  std::optional<std::string> currency;             // `budget.currency`
  // The sum of `budget.lines[*].amount`; absent when there are no lines or
  // one has no number as its amount (a partial sum would be an invented total).
  std::optional<Decimal> total_budget;
  // Not written by any report: `summary` and where it and `title` are, for
  // the run-wide duplicate check.
  std::optional<std::string> summary;
  Pos title_pos;
  Pos summary_pos;

  bool empty() const;
};

AppFacts FactsOf(const Application& app);

}  // namespace grantcheck
