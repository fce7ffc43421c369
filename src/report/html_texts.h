// The html report's own words (headings, column names, labels) in sv, da, nb
// and en; the shared verdict and count words stay in app_overview and report_texts.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// The phrase `key` in `lang` (English for an unknown language); the key itself
// when there is no such phrase, so a slip shows on the page rather than crashes.
std::string_view HtmlWord(std::string_view key, std::string_view lang);

// A counted phrase ("attention", "routine") for n in `lang`: "2 behöver din uppmärksamhet".
std::string HtmlCounted(std::string_view key, int n, std::string_view lang);

}  // namespace grantcheck
