// --config FILE and --no-config for `check` and `schedule`: the settings file
// chosen and loaded, and its `exclude` applied. Each command applies the other keys.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "base/file_io.h"
#include "cli/config_file.h"

namespace CLI {
class App;
}

namespace grantcheck {

struct ConfigChoice {
  std::string file;   // --config FILE; "" when not given
  bool none = false;  // --no-config
};

void AddConfigOptions(CLI::App& cmd, ConfigChoice& choice);

// The settings of this run: --config's file, else, unless --no-config, the
// `.grantcheck.toml` found from the working directory (FindConfigFile); an
// empty ConfigFile when there is none. nullopt after printing its errors on `err`.
std::optional<ConfigFile> LoadConfig(const ConfigChoice& choice, std::ostream& err);

// Whether option `name` ("--lang") was given on `cmd`'s command line, which
// then wins over the settings file.
bool Given(const CLI::App& cmd, const std::string& name);

// The options `check` and `schedule` share, to be set from the settings file.
struct SharedSettings {
  std::string* rules;
  std::string* lang;
  std::optional<std::string>* today;
};

// Sets `rules`, `lang` and `today` from `config` where `cmd`'s command line
// did not give them.
void TakeSharedSettings(const ConfigFile& config, const CLI::App& cmd, SharedSettings into);

// Leaves out of `expanded` the files that `config` excludes, when `path`
// named a directory: a file named on the command line is always checked.
// A directory left with no file is a problem of `expanded`, so nothing is
// skipped silently.
void DropExcluded(const ConfigFile& config, const std::string& path, Expanded* expanded);

}  // namespace grantcheck
