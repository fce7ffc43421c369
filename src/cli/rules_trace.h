// `grantcheck rules trace TEXT RULEFILE`: every requirement sentence of a
// funder's text and what answers it in the rule file. The matching is rules/traceability.h's.
#pragma once

#include <string>

#include "cli/command.h"

namespace grantcheck {

// Prints each requirement sentence of the text at `text_path` with the rules
// and deadlines of `rule_file` that quote it, or its [[not_checked]] reason
// (in `lang`, else the program's language). Exit 0 when every sentence is
// explained and every [[not_checked]] entry explains one that no rule quotes,
// 1 when not, 2 when either file cannot be read or the rule file does not load.
int RunRulesTrace(const std::string& text_path, const std::string& rule_file,
                  const std::string& lang, const CommandEnv& env);

}  // namespace grantcheck
