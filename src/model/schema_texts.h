// The common fields' descriptions in Danish and Norwegian, for the templates
// and JSON Schemas of those programs; Swedish and English stand beside each field in schema.cc.
#pragma once

#include "model/schema.h"

namespace grantcheck {

// `common` with "da" and "nb" added to the description of every field that
// the table knows by path ("budget.lines[].amount": a list's element is
// "[]"). Fields the table does not know keep what they have.
FieldType WithNordicDescriptions(FieldType common);

}  // namespace grantcheck
