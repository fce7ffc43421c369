// A program extends the common format: a new value of a common enumeration, a
// new field inside a common structure; redeclaring a common field is refused.
#include "model/schema_extend.h"

#include <doctest/doctest.h>

#include <string>

#include "model/application.h"
#include "model/enum_values.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

constexpr const char* kHead =
    "[program]\nid = \"x\"\nname = \"X\"\nlanguage = \"sv\"\ncurrency = \"SEK\"\n";

LoadedProgram Load(const std::string& fields) {
  return ParseRuleFile(std::string(kHead) + fields, "x.toml");
}

std::string Diags(const LoadedProgram& p) {
  std::string out;
  for (const Diagnostic& d : p.diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

TEST_CASE("schema extend: a new applicant kind and fields inside common structures") {
  LoadedProgram p = Load(
      "[[fields]]\nname = \"applicant.kind\"\ntype = \"string\"\n"
      "values = [{ code = \"individual\", sv = \"privatperson\", en = \"individual\" }]\n"
      "[[fields]]\nname = \"applicant.website\"\ntype = \"string\"\n"
      "[[fields]]\nname = \"budget.lines.vat\"\ntype = \"number\"\n");
  REQUIRE_MESSAGE(p.program, Diags(p));
  Document doc = LoadYaml(
      "program: x\ntitle: T\n"
      "applicant: { kind: privatperson, website: example.se }\n"
      "budget: { lines: [{ amount: 10, vat: 2.5, category: material }] }\n"
      "partners: [{ name: P, kind: business }]\n",
      "a.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, p.program->schema);
  CHECK(app.diagnostics.empty());
  CHECK(app.root.Find("applicant")->Find("kind")->Dump() == "\"individual\"");
  CHECK(app.root.Find("applicant")->Find("website")->Dump() == "\"example.se\"");
  // The common values and their labels stay; the common schema itself is unchanged.
  const FieldType& kind =
      FindField(FindField(p.program->schema, "applicant")->type, "kind")->type;
  CHECK(EnumCode(kind, "kommun") == "municipal");
  CHECK(EnumLabel(kind, "individual", "sv") == "privatperson");
  const FieldType& common_kind = FindField(FindField(CommonSchema(), "applicant")->type, "kind")->type;
  CHECK_FALSE(EnumCode(common_kind, "individual"));
}

TEST_CASE("schema extend: redeclaring a common field is an error at its name, never silent") {
  CHECK(Diags(Load("[[fields]]\nname = \"title\"\ntype = \"number\"\n")) ==
        "x.toml:7:8: error: 'title' is a common field (string); a program may add values to a "
        "common enumeration, or fields inside a common structure, but not declare a common field "
        "again [rules-common-field]\n");
  CHECK(Diags(Load("[[fields]]\nname = \"applicant.kind\"\ntype = \"number\"\n")).find(
            "rules-common-field") != std::string::npos);
  CHECK(Diags(Load("[[fields]]\nname = \"title.sub\"\ntype = \"string\"\n")) ==
        "x.toml:7:8: error: 'title' is string, not a structure with fields [rules-common-field]\n");
  CHECK(Diags(Load("[[fields]]\nname = \"nowhere.sub\"\ntype = \"string\"\n")) ==
        "x.toml:7:8: error: 'nowhere' is not a common structure to add a field to "
        "[rules-common-field]\n");
}

}  // namespace
}  // namespace grantcheck
