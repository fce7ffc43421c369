// Acknowledging a finding: an application's `acknowledged:` list read, and
// applied to its findings once they are all known. Showing them is the writers' job.
#pragma once

#include <string>

#include "engine/finding.h"
#include "model/application.h"
#include "rules/program.h"

namespace grantcheck {

// Reads `app`'s `acknowledged:` entries (each `{rule, reason}`) into
// report->pending_acknowledgements. An entry naming no rule of `program` (its
// rules and batch rules) becomes a warning `app-ack-unknown` at once, with a
// "did you mean". Entries the schema already refused (no rule, no reason, a
// wrong type) are left out: their app-required or app-type error says why.
void CollectAcknowledgements(const Application& app, const Program& program, AppReport* report);

// Applies and clears report->pending_acknowledgements, in `report->language`:
// - a rule of severity error is never acknowledged (eligibility cannot be
//   waived): the entry becomes an error `app-ack-error` at its line;
// - a warning or review rule that raised something (any status but pass and
//   not_applicable) has each of its findings marked acknowledged, with the reason;
// - one that raised nothing becomes a warning `app-ack-stale`, so that an
//   acknowledgement does not outlive the problem it was for.
void SettleAcknowledgements(AppReport* report);

}  // namespace grantcheck
