// Amounts written the Nordic way: read where they mean one number, a hint
// where they could mean two or are not numbers at all.
#include "model/local_number.h"

#include <doctest/doctest.h>

#include "model/application.h"

namespace grantcheck {
namespace {

TEST_CASE("local number: spaced thousands, a decimal comma and a currency are one number") {
  CHECK(LocalNumber("1 150 000") == "1150000");
  CHECK(LocalNumber("1\u00a0150\u202f000") == "1150000");
  CHECK(LocalNumber("1 150 000 kr") == "1150000");
  CHECK(LocalNumber("1150000 SEK") == "1150000");
  CHECK(LocalNumber("1 150 000,50 kr") == "1150000.50");
  CHECK(LocalNumber("12,50") == "12.50");
  CHECK(LocalNumber("-2 000") == "-2000");
}

TEST_CASE("local number: what could mean two numbers, or none, is not read") {
  CHECK_FALSE(LocalNumber("1,150"));      // 1.15 or 1150?
  CHECK_FALSE(LocalNumber("1,150,000"));
  CHECK_FALSE(LocalNumber("1234 567"));   // not groups of three
  CHECK_FALSE(LocalNumber("1 15 000"));
  CHECK_FALSE(LocalNumber("50 %"));
  CHECK_FALSE(LocalNumber("ca 5000"));
  CHECK_FALSE(LocalNumber("600000"));    // plain: not ours to read
  CHECK(LocalNumberHint("50 %") == "hint percent");
  CHECK(LocalNumberHint("1,150") == "hint comma");
  CHECK(LocalNumberHint("many") == "");
}

TEST_CASE("local number: an application's amounts written the local way are numbers") {
  Document doc = LoadYaml(
      "program: x\n"
      "title: T\n"
      "budget:\n"
      "  requested: 1 150 000 kr\n"
      "  lines:\n"
      "    - amount: 12,50\n"
      "    - amount: '1 000'\n"
      "    - amount: 1,150\n",
      "app.yaml");
  REQUIRE(doc.ok);
  Application app = BuildApplication(doc, CommonSchema());
  CHECK(app.root.Find("budget")->Find("requested")->Dump() == "1150000");
  CHECK(app.root.Find("budget")->Find("lines")->as_list().items[0].Find("amount")->Dump() ==
        "12.5");
  REQUIRE(app.diagnostics.size() == 2);
  CHECK(FormatDiagnostic(app.diagnostics[0]) ==
        "app.yaml:7:15: error: budget.lines[1].amount: expected a number such as 600000 or 12.50, "
        "got '1 000' (quoted, so it is text) [app-type]");
  CHECK(FormatDiagnostic(app.diagnostics[1]) ==
        "app.yaml:8:15: error: budget.lines[2].amount: expected a number such as 600000 or 12.50, "
        "got '1,150'; write decimals with a point and no thousands separator, as 1150000 or "
        "12.50 [app-type]");
}

}  // namespace
}  // namespace grantcheck
