// A commented YAML template of one program's application, for `grantcheck
// init`: every field with its description; which fields get a value is the caller's choice.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/schema.h"

namespace grantcheck {

struct TemplateInfo {
  std::string program_id;
  std::string program_name;
  std::string language;    // of comments and placeholders; English where a field has none in it
  std::string currency;    // named in the header: "amounts are numbers in SEK"
  std::string schema_ref;  // for "# yaml-language-server: $schema=..."; "" leaves the line out
  std::string today;       // YYYY-MM-DD, the date a date placeholder shows
};

// Values the template gives beyond the required fields: path ("organisation.
// steering_group") -> the value as YAML ("[\"<<Styrgrupp>>\"]"). Each is marked
// in the template as filled in by grantcheck init, to be checked or replaced.
using TemplateFills = std::map<std::string, std::string>;

// The template. Each field has a comment line (its description and, for dates,
// numbers, booleans and fixed values, what to write) and then either a value or,
// commented out with "# ", its key and structure, ready to be filled in. A field
// has a value when it is in `fills` or required (the program id, a placeholder for text,
// [] for a list, the first allowed value, 0, false, `today`). Never fails.
std::string ApplicationTemplate(const FieldType& schema, const TemplateInfo& info,
                                const TemplateFills& fills);

// The ways to fill in the field at `path` that init tries, simplest first:
// "<<description>>" for text (a placeholder, IsPlaceholder()); one, two and three such items for a list of text;
// each allowed value for a fixed-value field or list; `info.today` for a date;
// true and false; for a map, its text fields. Then the same with placeholders
// for the empty text fields beside it too (a rule may read those together).
// Empty for numbers, lists of maps, unknown paths and paths through a list.
std::vector<TemplateFills> FillCandidates(const FieldType& schema, std::string_view path,
                                          const TemplateInfo& info);

}  // namespace grantcheck
