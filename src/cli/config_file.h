// The per-repository settings file `.grantcheck.toml`: where it is found and
// what it says, checked key by key. Which command uses which key is config_option's job.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace grantcheck {

inline constexpr std::string_view kConfigFileName = ".grantcheck.toml";

// Largest settings file read; a real one is a dozen lines.
inline constexpr size_t kMaxConfigBytes = 64 * 1024;

// What a settings file says. Paths in it are relative to its own directory;
// here they are already resolved, relative to the working directory when they
// can be, so that they mean the same from wherever grantcheck runs.
struct ConfigFile {
  std::string path;                                // the file read
  std::filesystem::path dir;                       // its directory, absolute
  std::optional<std::string> rules;                // as --rules
  std::optional<std::string> lang;                 // as --lang
  std::optional<std::string> fail_on;              // as --fail-on
  std::optional<std::vector<std::string>> format;  // as repeated --format NAME[=FILE]
  std::optional<std::vector<std::string>> output;  // as repeated --output
  std::vector<std::string> exclude;                // globs, matched relative to `dir`
  std::optional<std::string> today;                // as --today, YYYY-MM-DD
  std::optional<bool> draft;                       // as --draft
};

// The settings file for a run started in `start` (absolute): the first
// `.grantcheck.toml` in `start` or a directory above it, stopping after the
// root of a repository (a directory holding `.git`) and at the filesystem
// root. The path is relative to `start` ("../.grantcheck.toml"); nullopt
// when there is none.
std::optional<std::string> FindConfigFile(const std::filesystem::path& start);

// Reads and checks the file at `path`: the TOML, every key (an unknown one is
// an error naming the known ones) and every value. nullopt when there is any
// error, each in *diagnostics with `file:line:col` and the line.
std::optional<ConfigFile> ReadConfigFile(const std::string& path,
                                         std::vector<Diagnostic>* diagnostics);

// Whether `file` (a path as the command line expanded it) is excluded by one
// of `config.exclude`. A glob without '/' matches the name of the file or of
// any directory above it (`drafts`, `*.tests.yaml`); one with '/' matches the
// path relative to the settings file's directory, or a directory that
// starts it (`archive/2024`); '*' and '?' stay within one name, except in a
// glob holding `**`, where they cross '/'.
bool Excluded(const ConfigFile& config, const std::string& file);

}  // namespace grantcheck
