// Finding a rule by id for `rules show` and `explain`, with "did you mean"
// and a choice of program when several have the same id.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "rules/rule_set.h"

namespace grantcheck {

struct FoundRule {
  const Program* program = nullptr;
  const Rule* rule = nullptr;
  bool batch = false;  // one of the program's [[batch_rules]]
};

// The rules path as `check` finds it: `option` (--rules), else
// GRANTCHECK_RULES_PATH and the installed rules.
RuleSet LoadRulesFor(const std::string& option, const CommandEnv& env);

// The rules `check` needs for the applications `files`. Without --rules and
// GRANTCHECK_RULES_PATH, for at most 256 files, and when the first key of
// every file names its program, only those programs' rule files are loaded
// (LoadNamedPrograms):
// one application then loads one rule file, not every installed one. Otherwise,
// and whenever that finds no file, every rule file on the path, as LoadRulesFor.
RuleSet LoadRulesForApplications(const std::string& option, const std::string& executable,
                                 const std::vector<std::string>& files);

// The rule `id` of `program` (any program when ""), or nullopt after a
// message on `err`: unknown (with a suggestion) or in several programs.
std::optional<FoundRule> FindRuleOrSay(const RuleSet& rules, const std::string& id,
                                       const std::string& program, std::ostream& err);

// `path` relative to the working directory when it lies below it, so that the
// installed or source rules directory does not fill every line.
std::string DisplayPath(const std::string& path);

}  // namespace grantcheck
