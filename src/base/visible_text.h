// Texts as a reader sees them: every Unicode space counts as a space, and the
// characters nobody can see are shown by name when two texts must be told apart.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace grantcheck {

// Whether code point `cp` is whitespace: ASCII's, a Unicode space separator
// (U+00A0, U+202F, U+2003, ...), or a line or paragraph separator.
bool IsSpaceCodePoint(int32_t cp);

// `s` with every whitespace code point as " " (tabs and line ends too), for
// comparing texts as a reader sees them. Invalid UTF-8 is returned unchanged.
std::string WithPlainSpaces(std::string_view s);

// `s` with every character a reader cannot see (spaces other than U+0020,
// control characters, zero-width ones) written as <U+00A0>, and a byte that is
// not UTF-8 as <0xE4>: for showing why two texts that look alike differ.
std::string ShowInvisible(std::string_view s);

}  // namespace grantcheck
