// How a program's [[fields]] extend the common application format: new fields
// at the top or inside a common structure, new values of a common enumeration.
#pragma once

#include <string>

#include "model/schema.h"

namespace grantcheck {

// What is wrong with program field `f` against the common fields `common`;
// "" when ExtendSchema can honour it. A program field may
//   - add a field: `name = "health_care"`, or inside a common structure,
//     `name = "applicant.website"` (through lists: `budget.lines.vat`);
//   - add values to a common enumeration: `name = "applicant.kind"` with
//     `type = "string"` and `values` (the common values stay);
// and nothing else: redeclaring a common field is refused, never ignored.
std::string CommonFieldProblem(const FieldType& common, const FieldSpec& f);

}  // namespace grantcheck
