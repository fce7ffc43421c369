// Edits to a loaded document by field path ("budget.lines[0].amount"): what
// rule test cases use to vary a base application, one field at a time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace grantcheck {

// Sets the value at `path`, creating absent maps on the way. A list index
// must exist, or equal the list's length to append. Returns "" on success,
// else why not ("budget.lines[5]: the list has 2 elements").
std::string SetPath(DocNode& root, std::string_view path, DocNode value);

// Removes the field at `path` (a map key or a list element); absent is fine.
std::string UnsetPath(DocNode& root, std::string_view path);

// A YAML value written inline ("2026-05-31", "[Helsingborg, Höganäs]",
// "{title: X, fte: 1}"), or nullopt when it does not parse.
std::optional<DocNode> ParseYamlValue(std::string_view text);

}  // namespace grantcheck
