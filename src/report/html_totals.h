// The amounts a round requests, summed per program and currency, for every
// application and for those that pass; html_totals.cc also lays them out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "engine/finding.h"

namespace grantcheck {

struct ProgramTotal {
  std::string program_id;
  std::string currency;  // `budget.currency`; "" when the application names none
  int applications = 0;
  int passed = 0;
  int without_amount = 0;  // applications with no `budget.requested`, not in the sums
  // nullopt only when the sum is too large for a Decimal; then the page shows "?".
  std::optional<Decimal> requested_all = Decimal::FromInt(0);
  std::optional<Decimal> requested_passed = Decimal::FromInt(0);
};

// One total per program and currency that `reports` name, sorted by program
// then currency; an application whose program is unknown is in none.
std::vector<ProgramTotal> RoundTotals(std::span<const AppReport> reports, Severity fail_on);

}  // namespace grantcheck
