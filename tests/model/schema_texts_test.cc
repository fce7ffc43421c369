// Tests for the Danish and Norwegian descriptions of the common fields: every
// field has all four languages, so no template or schema falls back to English.
#include <doctest/doctest.h>

#include <string>

#include "model/schema.h"

namespace grantcheck {
namespace {

void CheckLanguages(const FieldType& type, const std::string& path) {
  if (type.kind == FieldKind::kList && type.element) CheckLanguages(*type.element, path + "[]");
  for (const FieldSpec& f : type.fields) {
    std::string at = path.empty() ? f.name : path + "." + f.name;
    CAPTURE(at);
    for (const char* lang : {"sv", "da", "nb", "en"}) {
      CAPTURE(lang);
      CHECK(f.description.contains(lang));
      CHECK(!f.description.at(lang).empty());
    }
    CheckLanguages(f.type, at);
  }
}

TEST_CASE("schema texts: every common field is described in sv, da, nb and en") {
  CheckLanguages(CommonSchema(), "");
}

TEST_CASE("schema texts: inside lists and maps too") {
  const FieldSpec* budget = FindField(CommonSchema(), "budget");
  REQUIRE(budget != nullptr);
  const FieldSpec* lines = FindField(budget->type, "lines");
  REQUIRE(lines != nullptr);
  const FieldSpec* amount = FindField(*lines->type.element, "amount");
  REQUIRE(amount != nullptr);
  CHECK(amount->description.at("da") == "Beløb");
  CHECK(amount->description.at("nb") == "Beløp");
  CHECK(amount->description.at("sv") == "Belopp");
}

}  // namespace
}  // namespace grantcheck
