// Rules across a batch: a program's [[batch_rules]] evaluated for each of its
// applications in one run, seeing the others, with findings at real files and lines.
#pragma once

#include <vector>

#include "engine/engine.h"
#include "engine/finding.h"
#include "model/application.h"

namespace grantcheck {

// One application of the run, kept for batch rules; `report` is its report,
// which receives the findings. Both must outlive the call.
struct BatchMember {
  const Application* app = nullptr;
  AppReport* report = nullptr;
};

// Evaluates `program`'s batch rules for each member (all of that program, in
// input order). `batch` is every member's application; `group` those whose
// group_by value equals this member's (a member whose group_by is missing
// or an error gets that as its finding, and is in no group).
void ApplyBatchRules(const PreparedProgram& program, const std::vector<BatchMember>& members,
                     const CheckOptions& options);

}  // namespace grantcheck
