// A batch: every input file read, parsed, typed and checked against its
// program; one bad file becomes its own report and never stops the others.
#pragma once

#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/finding.h"
#include "rules/rule_set.h"

namespace grantcheck {

// Checks one file (or "-" for standard input) with the programs of `rules`.
AppReport CheckFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared, const CheckOptions& options);

// Checks every file in order. `prepared` must hold Prepare() of each program of `rules`.
std::vector<AppReport> CheckFiles(const std::vector<std::string>& files, const RuleSet& rules,
                                  const CheckOptions& options);

// A report for an input that could not be checked at all, with one finding.
AppReport InputError(const std::string& file, Pos pos, std::string id, std::string message);

}  // namespace grantcheck
