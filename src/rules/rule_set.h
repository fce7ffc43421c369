// The programs of one run: every rule file found on the rules path, loaded
// and checked before any application is read, looked up by program id.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "rules/program.h"

namespace grantcheck {

struct RuleCache;

struct RuleSet {
  std::vector<std::unique_ptr<const Program>> programs;  // stable addresses for the run
  std::vector<Diagnostic> diagnostics;                   // from every rule file loaded

  const Program* Find(std::string_view id) const;  // nullptr when unknown
  std::vector<std::string> Ids() const;            // sorted
};

// Where rule files are looked for, in order: `option` (--rules FILE or DIR)
// alone when given; else each directory of GRANTCHECK_RULES_PATH
// (colon-separated) and then the default: the installed share/grantcheck/rules
// beside the executable, or else the source tree's rules/ (a build-tree run).
std::vector<std::string> RuleSearchPath(const std::string& option, const char* env_value,
                                        const std::string& executable);

// Loads every *.toml rule file of each entry (a file, or a directory's files in
// sorted order). A program id already loaded from an earlier entry is kept and
// the later file skipped, so GRANTCHECK_RULES_PATH can override a shipped file;
// two files of one directory with the same id are a "rules-duplicate-program"
// error naming both. `extends` reaches only into the entries (rule_loader.h).
// With a `cache`, each file is loaded through it (LoadRuleFile).
RuleSet LoadRuleSet(const std::vector<std::string>& entries, const RuleCache* cache = nullptr);

// Only the programs `ids`, each from the first directory of `entries` that
// holds `<id>.toml`: the default (docs/new-program.md section 10): the rule
// file named by each application's program. nullopt when an id has no file of that name or its
// file declares another id; the caller then loads every rule file
// (LoadRuleSet), which also finds programs whose file is named otherwise.
std::optional<RuleSet> LoadNamedPrograms(const std::vector<std::string>& entries,
                                         const std::vector<std::string>& ids,
                                         const RuleCache* cache = nullptr);

}  // namespace grantcheck
