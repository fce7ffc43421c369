// The shape of an application: which keys exist, their types, which are
// required. The common fields (docs/applications.md) live here; a program's rule file adds its own.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantcheck {

enum class FieldKind { kAny, kString, kNumber, kDate, kBool, kList, kMap };

struct FieldSpec;

// Texts by language code ("sv", "en"), for templates and JSON Schema.
using Localized = std::map<std::string, std::string>;

struct FieldType {
  FieldKind kind = FieldKind::kAny;
  std::vector<std::string> values;           // kString: the allowed values (codes); empty = any
  // values[i]'s label in each language, when given: an application may write
  // the code or a label (model/enum_values.h). Empty, or one per value.
  std::vector<Localized> labels;
  std::shared_ptr<const FieldType> element;  // kList: the element type (nullptr = any)
  std::vector<FieldSpec> fields;             // kMap: the known keys
  bool open = false;                         // kMap: unknown keys are not warned about
};

struct FieldSpec {
  std::string name;
  FieldType type;
  bool required = false;
  Localized description;
};

// "string", "number", "date", "bool", "map", "any", "list<T>" for any of
// those T; nullopt for anything else. Enum values are set separately.
std::optional<FieldType> ParseFieldType(std::string_view text);
// The inverse, for messages and docs: "list<string>", "map".
std::string FieldTypeName(const FieldType& type);

// The common application fields (docs/applications.md), as a map type.
const FieldType& CommonSchema();

// `common` with a program's own fields added (model/schema_extend.h says how:
// a dotted name adds inside a common structure, values extend a common
// enumeration).
FieldType ExtendSchema(const FieldType& common, const std::vector<FieldSpec>& extra);

// The known key `name` of a map type, or nullptr.
const FieldSpec* FindField(const FieldType& map, std::string_view name);

}  // namespace grantcheck
