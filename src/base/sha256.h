// SHA-256 digests of input files and rule files, so that a report names exactly
// what it checked and can be re-checked later. The only file that sees nettle.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// The SHA-256 of `bytes` as 64 lower-case hexadecimal digits. Never fails.
std::string Sha256Hex(std::string_view bytes);

}  // namespace grantcheck
