// Diagnostics: positioned messages about a user's file (a rule file, an
// application, an expression). Producing them is each module's job; this one formats.
#pragma once

#include <string>
#include <vector>

#include "base/source.h"

namespace grantcheck {

enum class Level { kError, kWarning, kNote };

// One message about one place. `id` is stable and documented in
// docs/diagnostics.md (e.g. "expr-unknown-function"); `message` is for people.
struct Diagnostic {
  Level level = Level::kError;
  std::string id;
  std::string file;
  Pos pos;
  std::string message;
  std::string snippet;  // the offending source line, if known
  int caret_col = 0;    // column of the caret under `snippet` (1-based); 0 = none
};

std::string_view LevelName(Level level);

// "file:line:col: error: message [id]", without snippet.
std::string FormatDiagnostic(const Diagnostic& d);
// The one-line form, then the source line and a caret under the column, as a
// compiler prints it (when the snippet is known).
std::string FormatDiagnosticWithSnippet(const Diagnostic& d);

bool HasErrors(const std::vector<Diagnostic>& ds);

}  // namespace grantcheck
