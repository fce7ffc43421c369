#include "cli/config_option.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <ostream>

namespace grantcheck {

void AddConfigOptions(CLI::App& cmd, ConfigChoice& choice) {
  CLI::Option* file =
      cmd.add_option(
             "--config", choice.file,
             "Read settings from FILE instead of the .grantcheck.toml found in this directory or "
             "above (up to the repository's root)")
          ->type_name("FILE");
  cmd.add_flag("--no-config", choice.none, "Read no settings file")->excludes(file);
}

std::optional<ConfigFile> LoadConfig(const ConfigChoice& choice, std::ostream& err) {
  std::optional<std::string> path;
  if (!choice.file.empty()) {
    path = choice.file;
  } else if (!choice.none) {
    std::error_code ec;
    std::filesystem::path cwd = std::filesystem::current_path(ec);
    if (!ec) path = FindConfigFile(cwd);
  }
  if (!path) return ConfigFile{};
  std::vector<Diagnostic> diagnostics;
  std::optional<ConfigFile> config = ReadConfigFile(*path, &diagnostics);
  for (const Diagnostic& d : diagnostics) err << FormatDiagnosticWithSnippet(d) << "\n";
  return config;
}

bool Given(const CLI::App& cmd, const std::string& name) { return cmd.count(name) > 0; }

void TakeSharedSettings(const ConfigFile& config, const CLI::App& cmd, SharedSettings into) {
  if (config.rules && !Given(cmd, "--rules")) *into.rules = *config.rules;
  if (config.lang && !Given(cmd, "--lang")) *into.lang = *config.lang;
  if (config.today && !Given(cmd, "--today")) *into.today = config.today;
}

void DropExcluded(const ConfigFile& config, const std::string& path, Expanded* expanded) {
  std::error_code ec;
  if (config.exclude.empty() || !std::filesystem::is_directory(path, ec)) return;
  size_t before = expanded->files.size();
  std::erase_if(expanded->files, [&](const std::string& f) { return Excluded(config, f); });
  if (before > 0 && expanded->files.empty()) {
    expanded->problems.push_back(
        {path, "every application in it is excluded by 'exclude' in " + config.path,
         InputProblem::Kind::kExcluded, config.path});
  }
}

}  // namespace grantcheck
