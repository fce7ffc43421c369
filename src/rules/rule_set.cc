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

// The directories `extends` may reach: each entry, or a file entry's directory.
std::vector<std::string> RootsOf(const std::vector<std::string>& entries) {
  std::vector<std::string> roots;
  for (const std::string& entry : entries) {
    std::error_code ec;
    roots.push_back(fs::is_directory(entry, ec) ? entry : fs::path(entry).parent_path().string());
  }
  return roots;
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

// Two files of one directory with one program id: which one counted would
// depend on their names, and renaming a file would flip verdicts. Both are
// named; neither is guessed at. An earlier directory of the path may still
// hold the id (overriding a shipped file is what the path is for).
bool SameIdInDirectory(RuleSet& set, const LoadedProgram& loaded, const std::string& file,
                       std::vector<std::pair<std::string, std::string>>& ids_here) {
  if (!loaded.program) return false;
  for (const auto& [id, first] : ids_here) {
    if (id != loaded.program->id) continue;
    set.diagnostics.push_back(Diagnostic{
        .level = Level::kError,
        .id = "rules-duplicate-program",
        .file = file,
        .message = "program '" + id + "' is also declared by '" + first +
                   "'; two rule files in one directory may not declare the same program"});
    return true;
  }
  ids_here.emplace_back(loaded.program->id, file);
  return false;
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
  const std::vector<std::string> roots = RootsOf(entries);
  for (const std::string& entry : entries) {
    std::vector<std::pair<std::string, std::string>> ids_here;  // (id, file) of this entry
    for (const std::string& file : RuleFilesIn(entry)) {
      LoadedProgram loaded = LoadRuleFile(file, cache, roots);
      if (!SameIdInDirectory(set, loaded, file, ids_here)) Add(set, std::move(loaded));
    }
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
    LoadedProgram loaded = LoadRuleFile(*file, cache, RootsOf(entries));
    if (loaded.program && loaded.program->id != id) return std::nullopt;
    Add(set, std::move(loaded));
  }
  return set;
}

}  // namespace grantcheck
