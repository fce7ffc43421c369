#include "model/json_schema.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/escape.h"

namespace grantcheck {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kDraft = "https://json-schema.org/draft/2020-12/schema";
// Strict YYYY-MM-DD, as grantcheck reads dates; whether the day exists is
// `format: date`, which not every validator checks.
constexpr std::string_view kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

std::string Describe(const Localized& text, const std::string& lang) {
  for (const std::string& key : {lang, std::string("en")}) {
    if (auto it = text.find(key); it != text.end() && !it->second.empty()) return it->second;
  }
  return text.empty() ? "" : text.begin()->second;
}

Json TypeSchema(const FieldType& type, const std::string& lang);

Json MapSchema(const FieldType& type, const std::string& lang) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const FieldSpec& f : type.fields) {
    Json field{{"description", StripControl(Describe(f.description, lang))}};
    Json type_schema = TypeSchema(f.type, lang);
    field.update(type_schema);
    properties[f.name] = std::move(field);
    if (f.required) required.push_back(f.name);
  }
  Json out{{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) out["required"] = std::move(required);
  // Closed like grantcheck's own check: an unknown key is a typo to fix, which
  // the editor then underlines as it is typed. Open maps take any key.
  if (!type.open) out["additionalProperties"] = false;
  return out;
}

// The codes, then every label: the exact spellings an editor can offer.
Json EveryWord(const FieldType& type) {
  std::vector<std::string> words = type.values;
  for (const Localized& labels : type.labels) {
    for (const auto& [l, label] : labels) {
      if (std::find(words.begin(), words.end(), label) == words.end()) words.push_back(label);
    }
  }
  Json out = Json::array();
  for (const std::string& w : words) out.push_back(StripControl(w));
  return out;
}

Json TypeSchema(const FieldType& type, const std::string& lang) {
  switch (type.kind) {
    case FieldKind::kAny: return Json::object();
    case FieldKind::kString: {
      Json out{{"type", "string"}};
      if (!type.values.empty()) out["enum"] = EveryWord(type);
      return out;
    }
    case FieldKind::kNumber: return Json{{"type", "number"}};
    case FieldKind::kDate: return Json{{"type", "string"}, {"format", "date"}, {"pattern", kDatePattern}};
    case FieldKind::kBool:
      // grantcheck also takes the words for yes and no (model/enum_values.h).
      return Json{{"anyOf", Json::array({Json{{"type", "boolean"}},
                                         Json{{"enum", {"yes", "no", "ja", "nej", "nei", "Yes",
                                                        "No", "Ja", "Nej", "Nei"}}}})}};
    case FieldKind::kList: {
      Json out{{"type", "array"}};
      if (type.element) out["items"] = TypeSchema(*type.element, lang);
      return out;
    }
    case FieldKind::kMap: return MapSchema(type, lang);
  }
  return Json::object();
}

}  // namespace

std::string ApplicationJsonSchema(const FieldType& schema, const JsonSchemaInfo& info) {
  Json doc{{"$schema", kDraft},
           {"title", StripControl(info.program_name)},
           {"description", "grantcheck " GRANTCHECK_VERSION " application format of program " +
                               StripControl(info.program_id)}};
  Json root = TypeSchema(schema, info.language);
  doc.update(root);
  // The one value the schema can pin: an application to this program says so.
  if (doc["properties"].contains("program")) doc["properties"]["program"]["const"] = info.program_id;
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace grantcheck
