// What every input must satisfy, whatever its bytes: shared by the libFuzzer
// targets in fuzz/ and by the test that replays what they once found.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck::testing {

// Each returns "" when the contract holds, else what broke. A crash, a hang or
// a sanitizer report is a broken contract too, found by running them at all.

// LoadYaml, then the application view: a refused file says why.
std::string YamlContract(std::string_view bytes);
// ParseRuleFile: a Program exactly when no diagnostic is an error, every
// diagnostic with an id and no control character; checked against an
// application, its findings stop passing once the application's evaluation
// budget is spent (which bounds the cost) and its text report has no control
// character; the program survives the compiled-rules cache's encoding, and
// that encoding damaged at one place is refused or harmless.
std::string RulesContract(std::string_view bytes);
// Compile, then Evaluate against the rule-language reference's example
// application: compiled exactly when no diagnostic is an error.
std::string ExprContract(std::string_view bytes);

}  // namespace grantcheck::testing
