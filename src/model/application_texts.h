// What the checks on an application file say, in sv, da, nb and en: wrong
// types, impossible dates, values outside a field's set, unknown keys.
#pragma once

#include <string_view>

namespace grantcheck {

// The phrase `key` in `lang` (English for another language), with {0}, {1} …
// for what model/application.cc fills in.
std::string_view AppPhrase(std::string_view key, std::string_view lang);

}  // namespace grantcheck
