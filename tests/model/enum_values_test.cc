// Enumerated fields in the applicant's language: a code or a label means its
// code, a code is shown by its label, and a word two codes could mean is refused.
#include "model/enum_values.h"

#include <doctest/doctest.h>

#include "model/application.h"

namespace grantcheck {
namespace {

FieldType Tasks() {
  FieldType t{.kind = FieldKind::kString, .values = {"sport", "planning", "environment"}};
  t.labels = {{{"da", "idræt"}, {"en", "sport"}},
              {{"da", "planlægning"}, {"en", "planning"}},
              {{"da", "miljø"}, {"en", "environment"}}};
  return t;
}

TEST_CASE("enum values: a code or a label in any language means the code") {
  const FieldType t = Tasks();
  CHECK(EnumCode(t, "sport") == "sport");
  CHECK(EnumCode(t, "idræt") == "sport");
  CHECK(EnumCode(t, "Idræt") == "sport");
  CHECK(EnumCode(t, " PLANLÆGNING\u00a0") == "planning");
  CHECK(EnumCode(t, "miljo") == "environment");  // typed without ø
  CHECK(EnumCode(t, "Planning") == "planning");
  CHECK_FALSE(EnumCode(t, "kultur"));
  CHECK_FALSE(EnumCode(t, ""));
}

TEST_CASE("enum values: a folded word that could mean two codes means none") {
  FieldType t{.kind = FieldKind::kString, .values = {"a", "b"}};
  t.labels = {{{"da", "sø"}}, {{"da", "so"}}};
  CHECK(EnumCode(t, "sø") == "a");
  CHECK(EnumCode(t, "so") == "b");
  CHECK_FALSE(EnumCode(t, "SÖ"));  // folds to "so" and "so": but NameKey("SÖ") is "sö", neither
  CHECK_FALSE(AmbiguousEnumLabels(t));
  t.labels[1] = {{"sv", "SØ"}};
  CHECK(AmbiguousEnumLabels(t) == std::pair<std::string, std::string>("a", "b"));
}

TEST_CASE("enum values: a code is shown by its label in the reader's language") {
  const FieldType t = Tasks();
  CHECK(EnumLabel(t, "sport", "da") == "idræt");
  CHECK(EnumLabel(t, "sport", "sv") == "sport");  // no Swedish label: English
  CHECK(EnumLabel(t, "unknown", "da") == "unknown");
  CHECK(EnumLabel(FieldType{.kind = FieldKind::kString, .values = {"x"}}, "x", "da") == "x");
}

TEST_CASE("enum values: yes and no in the applicant's language") {
  CHECK(BoolWord("ja") == true);
  CHECK(BoolWord("Ja") == true);
  CHECK(BoolWord("yes") == true);
  CHECK(BoolWord("nej") == false);
  CHECK(BoolWord("NEI") == false);
  CHECK(BoolWord("no") == false);
  CHECK_FALSE(BoolWord("kanske"));
}

TEST_CASE("enum values: an application's labels and yes/no words are typed as codes and bools") {
  Document doc = LoadYaml(
      "program: x\n"
      "title: T\n"
      "applicant: { kind: kommun }\n"
      "budget:\n"
      "  lines:\n"
      "    - { category: Personal, paid_by: egen insats, amount: 5 }\n"
      "    - { category: rejser, amount: 5 }\n"
      "communication: { shows_funder: ja }\n"
      "partners: [{ name: P, kind: Sivilsamfunn }]\n",
      "app.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, CommonSchema());
  CHECK(app.diagnostics.empty());
  CHECK(app.root.Find("applicant")->Find("kind")->Dump() == "\"municipal\"");
  const auto& lines = app.root.Find("budget")->Find("lines")->as_list().items;
  CHECK(lines[0].Find("category")->Dump() == "\"personnel\"");
  CHECK(lines[0].Find("paid_by")->Dump() == "\"own\"");
  CHECK(lines[1].Find("category")->Dump() == "\"travel\"");
  CHECK(app.root.Find("communication")->Find("shows_funder")->Dump() == "true");
  CHECK(app.root.Find("partners")->as_list().items[0].Find("kind")->Dump() ==
        "\"civil_society\"");
}

TEST_CASE("enum values: the common fields' labels are each one code's") {
  for (const FieldSpec* f : {FindField(CommonSchema(), "applicant"),
                             FindField(CommonSchema(), "partners")}) {
    REQUIRE(f != nullptr);
  }
  const FieldType& applicant = FindField(CommonSchema(), "applicant")->type;
  const FieldType& kind = FindField(applicant, "kind")->type;
  CHECK_FALSE(AmbiguousEnumLabels(kind));
  CHECK(kind.labels.size() == kind.values.size());
  const FieldType& lines = *FindField(FindField(CommonSchema(), "budget")->type, "lines")->type.element;
  for (const char* name : {"category", "paid_by"}) {
    const FieldType& t = FindField(lines, name)->type;
    INFO(name);
    CHECK_FALSE(AmbiguousEnumLabels(t));
    CHECK(t.labels.size() == t.values.size());
  }
}

}  // namespace
}  // namespace grantcheck
