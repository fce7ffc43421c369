// The application view: a loaded YAML document typed against the program's
// schema, as the Value tree rules read, with every field's position kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "expr/value.h"
#include "model/document.h"
#include "model/schema.h"

namespace grantcheck {

struct Application {
  std::string file;
  Value root;  // a map; its maps and lists carry their paths and positions
  // The document it was typed from, kept for the position of every field
  // (PosOf), which a path finds by walking it: no table of every path is built.
  DocNode doc;
  // Problems in the file: wrong types, impossible dates, values outside their
  // allowed set, unknown keys (warnings), missing required fields.
  std::vector<Diagnostic> diagnostics;

  // The position of the value at `path` ("budget.lines[0].amount"), or of its
  // nearest present parent, or 1:1.
  Pos PosOf(std::string_view path) const;
};

// Types `doc` (which must be ok) against `schema`. A value that cannot have
// its declared type becomes an error value, so rules reading it report an
// error instead of silently passing or failing; the diagnostic says why.
// The first form copies the document's tree into the application, the second
// moves it.
// `lang` is the language of the messages about the file (sv, da, nb, en).
Application BuildApplication(const Document& doc, const FieldType& schema,
                             std::string_view lang = "en");
Application BuildApplication(Document&& doc, const FieldType& schema,
                             std::string_view lang = "en");

// The `program:` of a loaded document, or "" when absent or not a string.
std::string ProgramOf(const Document& doc);

}  // namespace grantcheck
