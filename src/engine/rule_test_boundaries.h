// Boundary coverage of rule tests: for a check that compares a value with a
// parameter, whether some case puts the value at the limit and one unit past it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/engine.h"
#include "expr/value.h"
#include "model/application.h"
#include "rules/program.h"

namespace grantcheck {

// One comparison `VALUE op params.NAME` in a rule's check, outside any macro
// (where VALUE would depend on the element): its two boundary values.
struct Boundary {
  const Rule* rule = nullptr;
  const Expression* check = nullptr;
  NodeId value = 0;        // the side compared with the parameter
  std::string value_text;  // "months(period.start, period.end)"
  std::string param;       // "max_months"
  Value limit;             // 12, or the date
  Value past;              // one unit past the limit, where the check turns: 13, the day after
  std::vector<Value> seen;  // what the cases that expect the rule gave VALUE
};

// Every such comparison of `program`'s rules, in rule order. Batch rules are
// left out: their value depends on the other applications of the run.
std::vector<Boundary> FindBoundaries(const Program& program);

// Records what `app` gives each boundary of `rule` (a case that expects it).
void RecordBoundaries(const Rule& rule, const Application& app, const PreparedProgram& prepared,
                      const CheckOptions& options, std::vector<Boundary>& boundaries);

// One line per boundary no case reached: "no case just past the limit:
// months(period.start, period.end) above 12 and at most 13 (params.max_months = 12)".
std::vector<std::pair<const Rule*, std::string>> MissingBoundaries(
    const std::vector<Boundary>& boundaries);

}  // namespace grantcheck
