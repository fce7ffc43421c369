// The shipped Familjen Helsingborg rules and examples/passes.yaml as a base
// application, varied one field at a time, for tests of single rules.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/finding.h"

namespace grantcheck::testing {

// A field path and its new value written as YAML ("2026-05-31", "[a, b]");
// the value "<unset>" removes the field.
using Edit = std::pair<std::string, std::string>;

// examples/passes.yaml with `edits` applied, checked against
// rules/familjen-helsingborg.toml (today 2025-09-01, messages in `lang`).
AppReport CheckPasses(const std::vector<Edit>& edits, const std::string& lang = "sv",
                      bool draft = false);

// The finding of `rule` in `report`; fails the test when there is none.
const Finding& FindingOf(const AppReport& report, const std::string& rule);

}  // namespace grantcheck::testing
