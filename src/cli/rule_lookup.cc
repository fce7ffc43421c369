#include "cli/rule_lookup.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <vector>

#include "base/text.h"
#include "model/program_line.h"
#include "rules/rule_cache.h"

namespace grantcheck {
namespace {

constexpr size_t kMaxFilesReadAhead = 256;

}  // namespace

RuleSet LoadRulesFor(const std::string& option, const CommandEnv& env) {
  const std::optional<RuleCache> cache = RuleCacheFromEnvironment();
  return LoadRuleSet(RuleSearchPath(option, std::getenv("GRANTCHECK_RULES_PATH"), env.executable),
                     cache ? &*cache : nullptr);
}

RuleSet LoadRulesForApplications(const std::string& option, const std::string& executable,
                                 const std::vector<std::string>& files) {
  const char* env_path = std::getenv("GRANTCHECK_RULES_PATH");
  const std::vector<std::string> path = RuleSearchPath(option, env_path, executable);
  const std::optional<RuleCache> found_cache = RuleCacheFromEnvironment();
  const RuleCache* cache = found_cache ? &*found_cache : nullptr;
  // An explicit --rules or GRANTCHECK_RULES_PATH is loaded whole: a file there
  // may override a program whatever its name.
  // Reading the first line of each file costs about 11 µs; loading the three
  // shipped rule files an application does not need, about 15 ms. A larger
  // run loads them all rather than open every file twice (its reports list
  // only the rule files used either way).
  if (!option.empty() || env_path != nullptr || files.empty() ||
      files.size() > kMaxFilesReadAhead) {
    return LoadRuleSet(path, cache);
  }
  std::vector<std::string> ids;
  for (const std::string& file : files) {
    std::optional<std::string> id = LeadingProgramIdOfFile(file);
    if (!id) return LoadRuleSet(path, cache);
    if (std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(std::move(*id));
  }
  std::optional<RuleSet> named = LoadNamedPrograms(path, ids, cache);
  return named ? std::move(*named) : LoadRuleSet(path, cache);
}

std::optional<FoundRule> FindRuleOrSay(const RuleSet& rules, const std::string& id,
                                       const std::string& program, std::ostream& err) {
  std::vector<FoundRule> found;
  std::vector<std::string> known;
  for (const std::string& pid : rules.Ids()) {
    const Program* p = rules.Find(pid);
    if (!program.empty() && p->id != program) continue;
    for (const Rule& r : p->rules) {
      if (r.id == id) found.push_back(FoundRule{p, &r});
      known.push_back(r.id);
    }
    for (const Rule& r : p->batch_rules) {
      if (r.id == id) found.push_back(FoundRule{p, &r, true});
      known.push_back(r.id);
    }
  }
  if (!program.empty() && rules.Find(program) == nullptr) {
    std::vector<std::string> ids = rules.Ids();
    std::optional<std::string> near = DidYouMean(program, {ids.begin(), ids.end()});
    err << "grantcheck: error: unknown program '" << program << "'"
        << (near ? "; did you mean '" + *near + "'?" : "") << "\n";
    return std::nullopt;
  }
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    std::optional<std::string> near = DidYouMean(id, {known.begin(), known.end()});
    err << "grantcheck: error: no rule '" << id << "'"
        << (program.empty() ? "" : " in program '" + program + "'")
        << (near ? "; did you mean '" + *near + "'?" : "") << "\n";
    return std::nullopt;
  }
  err << "grantcheck: error: rule '" << id << "' is in several programs:";
  for (const FoundRule& f : found) err << " " << f.program->id;
  err << "; choose one with --program\n";
  return std::nullopt;
}

std::string DisplayPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec || !fs::path(path).is_absolute()) return path;
  fs::path rel = fs::path(path).lexically_relative(cwd);
  if (rel.empty() || *rel.begin() == "..") return path;
  return rel.string();
}

}  // namespace grantcheck
