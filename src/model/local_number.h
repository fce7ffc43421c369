// Amounts written the way Nordic applicants write them ("1 150 000",
// "1 150 000 kr", "12,50"): read where only one number is meant, else a hint.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace grantcheck {

// The plain number (digits, one optional point) `text` means when written with
// groups of three digits separated by spaces (any Unicode space), a decimal
// comma, and/or a trailing currency (kr, SEK, DKK, NOK, kroner, kronor);
// nullopt when it is not such a number or could mean two ("1,150": 1.15 or
// 1150?).
std::optional<std::string> LocalNumber(std::string_view text);

// Which hint to give (a phrase key of model/application_texts.h: "hint
// percent", "hint comma") for a value that is neither a number nor a local
// one: "" when there is nothing more precise to say than "a number".
std::string LocalNumberHint(std::string_view text);

}  // namespace grantcheck
