// What a run checked against: the rule files with their SHA-256, so that every
// report names them and can be re-checked later. Formatting them is each writer's job.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"
#include "rules/program.h"
#include "rules/rule_set.h"

namespace grantcheck {

// One loaded rule file.
struct RuleFile {
  const Program* program = nullptr;  // owned by the run's RuleSet, which outlives the report
  std::string path;                  // as it was loaded (Program::file)
  std::string sha256;                // of its bytes as loaded (Program::file_sha256)
};

struct RunInfo {
  std::vector<RuleFile> rule_files;  // sorted by program id

  // The rule file of `program_id`, or nullptr.
  const RuleFile* For(std::string_view program_id) const;
  // The rule files of the programs that `reports` name, sorted by program id.
  std::vector<const RuleFile*> Used(std::span<const AppReport> reports) const;
};

// Every program of `rules` with its file's SHA-256, taken when it was loaded:
// the report names exactly the bytes the rules were compiled from.
RunInfo MakeRunInfo(const RuleSet& rules);

}  // namespace grantcheck
