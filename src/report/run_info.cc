#include "report/run_info.h"

#include <algorithm>


namespace grantcheck {

const RuleFile* RunInfo::For(std::string_view program_id) const {
  for (const RuleFile& f : rule_files) {
    if (f.program != nullptr && f.program->id == program_id) return &f;
  }
  return nullptr;
}

std::vector<const RuleFile*> RunInfo::Used(std::span<const AppReport> reports) const {
  std::vector<const RuleFile*> used;
  for (const RuleFile& f : rule_files) {
    bool named = std::any_of(reports.begin(), reports.end(), [&](const AppReport& r) {
      return f.program != nullptr && r.program_id == f.program->id;
    });
    if (named) used.push_back(&f);
  }
  return used;
}

RunInfo MakeRunInfo(const RuleSet& rules) {
  RunInfo run;
  for (const auto& program : rules.programs) {
    run.rule_files.push_back(RuleFile{
        .program = program.get(), .path = program->file, .sha256 = program->file_sha256});
  }
  std::sort(run.rule_files.begin(), run.rule_files.end(),
            [](const RuleFile& a, const RuleFile& b) { return a.program->id < b.program->id; });
  return run;
}

}  // namespace grantcheck
