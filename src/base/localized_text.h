// The tool's own user-facing phrases in every program language and English,
// kept as one table per module so that a missing translation is one grep away.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace grantcheck {

// One phrase in the four languages grantcheck speaks. Placeholders are fmt's
// positional {0}, {1}.
struct Phrase {
  std::string_view key;
  std::string_view sv;
  std::string_view da;
  std::string_view nb;
  std::string_view en;
};

// The phrase `key` of `table` in `lang` (English for an unknown language);
// the key itself if the table lacks it, so a slip shows rather than crashes.
std::string_view Pick(std::span<const Phrase> table, std::string_view key, std::string_view lang);

}  // namespace grantcheck
