// The settings file `grantcheck init --config` writes: every key of
// `.grantcheck.toml`, commented out and explained. Reading one is config_file's job.
#pragma once

#include <string>

namespace grantcheck {

// A `.grantcheck.toml` that reads as no settings at all until a key is
// uncommented; with `lang` (sv, da, nb, en) given, that key is set.
std::string ConfigTemplate(const std::string& lang);

}  // namespace grantcheck
