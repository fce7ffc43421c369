// What the YAML adapter says about a file it cannot read, in sv, da, nb and en:
// the common slips (a colon in a value, indentation, an unclosed bracket) in plain words.
#pragma once

#include <string_view>

namespace grantcheck {

// The phrase `key` in `lang` (English for another language), with {0}, {1} …
// for what model/yaml_adapter.cc fills in.
std::string_view YamlPhrase(std::string_view key, std::string_view lang);

}  // namespace grantcheck
