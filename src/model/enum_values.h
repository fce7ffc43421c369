// The codes of an enumerated field and their labels in each language: which
// code an applicant's word means, and how a code is shown to a reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/schema.h"

namespace grantcheck {

// The code `text` means among `type.values`: the code itself, or a code or a
// label in any language compared as names are (case, spaces, Unicode
// composition), and failing that with the diacritics folded away ("idraet",
// "miljo") when that still points at one code only. nullopt for none, or for
// a text two codes could mean.
std::optional<std::string> EnumCode(const FieldType& type, std::string_view text);

// `code`'s label in `lang`, else in English, else the code itself.
std::string EnumLabel(const FieldType& type, std::string_view code, std::string_view lang);

// The first two codes one word could mean (a label of one equal, as names
// compare, to a code or label of another); nullopt when every word is one
// code's. A rule file with such labels is refused.
std::optional<std::pair<std::string, std::string>> AmbiguousEnumLabels(const FieldType& type);

// Yes and no as an applicant writes them in a declared bool field: true/false,
// yes/no, ja/nej (sv, da), ja/nei (nb), any case.
std::optional<bool> BoolWord(std::string_view text);

}  // namespace grantcheck
