// The application format of one program as a JSON Schema (draft 2020-12), so
// that editors with a YAML language server validate and complete as applicants type.
#pragma once

#include <string>

#include "model/schema.h"

namespace grantcheck {

struct JsonSchemaInfo {
  std::string program_id;    // `program:` must be exactly this
  std::string program_name;  // the schema's title
  std::string language;      // of the descriptions; English where a field has none in it
};

// `schema` (the common fields extended with the program's own) as a JSON Schema
// document, indented, ending in a newline. Maps that grantcheck warns about
// unknown keys in are closed (additionalProperties: false); open maps and
// fields of type `any` accept anything.
std::string ApplicationJsonSchema(const FieldType& schema, const JsonSchemaInfo& info);

}  // namespace grantcheck
