// The program an application names, read from its first line before any YAML
// parsing, so that `check` loads only the rule files its applications need.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace grantcheck {

// The value of `program:` when it is the file's first key: only blank lines,
// comments, a byte-order mark and "---" may come before it, so nothing can be
// open that would make the line mean something else. The value is a plain or
// quoted id of letters, digits and '-'. nullopt otherwise: the caller then
// loads every rule file, and the YAML adapter has the last word.
std::optional<std::string> LeadingProgramId(std::string_view text);

// LeadingProgramId of the first 4 KiB of `path`; nullopt when it cannot be read.
std::optional<std::string> LeadingProgramIdOfFile(const std::string& path);

}  // namespace grantcheck
