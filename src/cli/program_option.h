// What `init` and `schema` share: the rules loaded and one program picked by
// --program, and a text written to standard output or atomically to a file.
#pragma once

#include <iosfwd>
#include <string>

#include "rules/program.h"
#include "rules/rule_set.h"

namespace grantcheck {

// The program `id` of `rules`, or nullptr after a message on `err` naming the
// known programs (with "did you mean").
const Program* FindProgramOrExplain(const RuleSet& rules, const std::string& id,
                                    std::ostream& err);

// `text` to `out` when `path` is "" or "-", else atomically to the file
// `path`. False after a message on `err` when the file cannot be written.
bool WriteTextTo(const std::string& path, const std::string& text, std::ostream& out,
                 std::ostream& err);

}  // namespace grantcheck
