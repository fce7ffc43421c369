#include "rules/rule_set.h"

#include <algorithm>
#include <filesystem>

#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> RuleFilesIn(const std::string& entry) {
  std::error_code ec;
  if (!fs::is_directory(entry, ec)) return {entry};
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(entry, ec)) {
    if (e.path().extension() == ".toml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(sep, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string DefaultRulesDir(const std::string& executable) {
  std::error_code ec;
  fs::path exe = fs::weakly_canonical(fs::path(executable), ec);
  fs::path installed = exe.parent_path().parent_path() / "share" / "grantcheck" / "rules";
  if (!ec && fs::is_directory(installed, ec)) return installed.string();
  if (fs::is_directory(GRANTCHECK_INSTALL_RULES_DIR, ec)) return GRANTCHECK_INSTALL_RULES_DIR;
  return GRANTCHECK_SOURCE_RULES_DIR;
}

// Adds what loading one file gave: its diagnostics, and its program unless an
// earlier file already gave one with that id.
void Add(RuleSet& set, LoadedProgram loaded) {
  set.diagnostics.insert(set.diagnostics.end(), loaded.diagnostics.begin(),
                         loaded.diagnostics.end());
  if (loaded.program && set.Find(loaded.program->id) == nullptr) {
    set.programs.push_back(std::make_unique<const Program>(std::move(*loaded.program)));
  }
}

}  // namespace

const Program* RuleSet::Find(std::string_view id) const {
  for (const auto& p : programs) {
    if (p->id == id) return p.get();
  }
  return nullptr;
}

std::vector<std::string> RuleSet::Ids() const {
  std::vector<std::string> ids;
  for (const auto& p : programs) ids.push_back(p->id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> RuleSearchPath(const std::string& option, const char* env_value,
                                        const std::string& executable) {
  if (!option.empty()) return {option};
  std::vector<std::string> path;
  if (env_value != nullptr) path = Split(env_value, ':');
  path.push_back(DefaultRulesDir(executable));
  return path;
}

RuleSet LoadRuleSet(const std::vector<std::string>& entries, const RuleCache* cache) {
  RuleSet set;
  for (const std::string& entry : entries) {
    for (const std::string& file : RuleFilesIn(entry)) Add(set, LoadRuleFile(file, cache));
  }
  return set;
}

std::optional<RuleSet> LoadNamedPrograms(const std::vector<std::string>& entries,
                                         const std::vector<std::string>& ids,
                                         const RuleCache* cache) {
  RuleSet set;
  for (const std::string& id : ids) {
    if (set.Find(id) != nullptr) continue;
    std::optional<std::string> file;
    for (const std::string& entry : entries) {
      std::error_code ec;
      const fs::path candidate = fs::path(entry) / (id + ".toml");
      if (fs::is_directory(entry, ec) && fs::is_regular_file(candidate, ec)) {
        file = candidate.string();
        break;
      }
    }
    if (!file) return std::nullopt;
    LoadedProgram loaded = LoadRuleFile(*file, cache);
    if (loaded.program && loaded.program->id != id) return std::nullopt;
    Add(set, std::move(loaded));
  }
  return set;
}

}  // namespace grantcheck
