// Text helpers that need Unicode: validation, case folding, lower-casing, and the
// "did you mean" suggestion every name error offers. utf8proc does the Unicode work.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantcheck {

bool IsValidUtf8(std::string_view s);

// Unicode lower case of each code point ("ÖSTFOLD" -> "östfold"). Invalid
// UTF-8 is returned unchanged, so a bad byte never becomes a crash.
std::string Lowercase(std::string_view s);

// A key for comparing names as people mean them: NFC-composed, case-folded,
// inner runs of whitespace collapsed, ends trimmed. "Höganäs  KOMMUN" and
// "höganäs kommun" (decomposed ö) give the same key.
std::string NameKey(std::string_view s);

// A NameKey as typed on a keyboard without diacritics: the lower-case Latin-1
// letters (what Nordic names are written with) to plain ones, "ø" to "o" and
// "æ" to "ae"; other text stays.
std::string FoldDiacritics(std::string_view key);

std::string_view Trim(std::string_view s);

// Levenshtein distance in bytes; cheap enough for the short names it serves.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo
// (distance at most max(1, length / 3)); ties go to the earlier candidate.
std::optional<std::string> DidYouMean(std::string_view word,
                                      const std::vector<std::string_view>& candidates);

}  // namespace grantcheck
