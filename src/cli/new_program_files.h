// The files `grantcheck new-program ID` writes: a rule file skeleton, its test
// stub and two example applications. Writing them to disk is the command's job.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantcheck {

struct NewProgramFile {
  std::string path;  // relative to the directory written into: "rules/ID.toml"
  std::string text;
};

// Whether `id` can name a program: lowercase letters, digits and single '-'
// between them, starting with a letter, at most kMaxNewProgramId characters.
inline constexpr size_t kMaxNewProgramId = 64;
bool IsProgramId(std::string_view id);

// The four files for program `id` in `lang` (sv, da, nb or en): they load,
// lint clean, and their tests pass with full coverage as written. nullopt
// for a language with no skeleton.
std::optional<std::vector<NewProgramFile>> NewProgramFiles(const std::string& id,
                                                           std::string_view lang);

}  // namespace grantcheck
