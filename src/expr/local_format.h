// Numbers, dates and lists as each message language (sv, da, nb, en) writes
// them: shared by message placeholders and the formatting helpers. Parsing
// numbers people typed is model/local_number's job.
#pragma once

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/decimal.h"

namespace grantcheck {

// `d` with `lang`'s decimal mark (a comma in sv, da and nb) and, from
// `group_from` digits before the point, its thousands separator: a no-break
// space (U+00A0) in sv and nb, '.' in da, ',' in en. An empty `lang` is en.
std::string LocalNumberText(const Decimal& d, std::string_view lang, size_t group_from = 5);

// The decimal mark: "," in sv, da and nb, "." in en.
std::string_view DecimalMark(std::string_view lang);

// "7 december 2026" (sv), "7. december 2026" (da), "7. desember 2026" (nb),
// "7 December 2026" (en).
std::string LocalDateText(Date d, std::string_view lang);

// The word joining the last two items of a list: "och", "og", "and"; with
// `or_word`, "eller" or "or".
std::string_view ListWord(std::string_view lang, bool or_word);

}  // namespace grantcheck
