// What the micro-benchmarks share: the bundled files they read (an example
// application, the Familjen Helsingborg rule file), loaded once per process.
#pragma once

#include <string>

#include "rules/rule_set.h"

namespace grantcheck::bench {

// The text of a file under the source tree ("examples/passes.yaml"); aborts
// with a message when it cannot be read, since every timing would be wrong.
std::string SourceFile(const std::string& relative);

// The shipped Familjen Helsingborg rules, loaded and compiled.
const RuleSet& FamiljenHelsingborg();

}  // namespace grantcheck::bench
