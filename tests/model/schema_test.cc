// The schema: field types by name, program extensions, and the applicant's
// documentation kept in step with the common fields.
#include "model/schema.h"
#include "model/schema_extend.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "cli/run_cli.h"

namespace grantcheck {
namespace {

TEST_CASE("schema: type names parse and print back") {
  for (const char* name : {"string", "number", "date", "bool", "map", "any", "list<string>",
                           "list<map>", "list<date>"}) {
    INFO(name);
    std::optional<FieldType> t = ParseFieldType(name);
    REQUIRE(t);
    CHECK(FieldTypeName(*t) == name);
  }
  for (const char* bad : {"", "str", "list<list<string>>", "list<", "List<string>"}) {
    INFO(bad);
    CHECK_FALSE(ParseFieldType(bad));
  }
}

TEST_CASE("schema: a program's fields extend the common ones, never redeclare them") {
  FieldSpec priority{"priority", *ParseFieldType("number"), true, {{"en", "Priority"}}};
  FieldSpec areas{"areas", *ParseFieldType("list<string>"), false, {}};
  areas.type.element = std::make_shared<const FieldType>(
      FieldType{.kind = FieldKind::kString, .values = {"a", "b"}});
  FieldSpec category{"budget.lines.category", *ParseFieldType("string"), false, {}};
  category.type.values = {"vat", "personnel"};
  FieldType s = ExtendSchema(CommonSchema(), {priority, areas, category});
  REQUIRE(FindField(s, "priority") != nullptr);
  CHECK(FindField(s, "priority")->required);
  // Free-text areas are not an enumeration to extend: refused, and left as they were.
  CHECK(CommonFieldProblem(CommonSchema(), areas).find("not declare a common field again") !=
        std::string::npos);
  CHECK(FindField(s, "areas")->type.element->values.empty());
  const FieldType& line = *FindField(FindField(s, "budget")->type, "lines")->type.element;
  const std::vector<std::string>& values = FindField(line, "category")->type.values;
  CHECK(values.size() == 8);  // the seven common ones, then vat; personnel once
  CHECK(values.back() == "vat");
  CHECK(s.fields.size() == CommonSchema().fields.size() + 1);
}

TEST_CASE("schema: docs/applications.md describes every common field") {
  std::ifstream in(testing::SourcePath("docs/applications.md"));
  std::stringstream doc;
  doc << in.rdbuf();
  for (const FieldSpec& f : CommonSchema().fields) {
    INFO(f.name);
    CHECK(doc.str().find("| `" + f.name + "` |") != std::string::npos);
    for (const FieldSpec& g : f.type.fields) {
      INFO(f.name << "." << g.name);
      CHECK(doc.str().find("`" + g.name + "`") != std::string::npos);
    }
  }
}

}  // namespace
}  // namespace grantcheck
