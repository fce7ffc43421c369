// The formatting helpers for messages (builtins_format.cc): each writes in the
// language of the message being rendered, and number() never shows a failing
// value as its limit.
#include <doctest/doctest.h>

#include <string>

#include "expr/expression.h"

namespace grantcheck {
namespace {

// `text` evaluated with no application, in `lang`: a string as it is, else its Dump().
std::string In(const std::string& lang, const std::string& text) {
  CompileResult compiled = Compile(text);
  REQUIRE(compiled.expr);
  EvalContext ctx;
  ctx.lang = lang;
  Value v = compiled.expr->Evaluate(Bindings{}, ctx);
  return v.kind() == ValueKind::kString ? v.as_string() : v.Dump();
}

TEST_CASE("format: plural picks the singular for one and the plural otherwise") {
  CHECK(In("nb", "plural(1, 'søknad', 'søknader')") == "søknad");
  CHECK(In("nb", "plural(2, 'søknad', 'søknader')") == "søknader");
  CHECK(In("sv", "plural(0, 'månad', 'månader')") == "månader");
  CHECK(In("en", "plural(1.5, 'month', 'months')") == "months");
  CHECK(In("en", "plural('1', 'a', 'b')") ==
        "error(plural() expects a number as argument 1, got string)");
}

TEST_CASE("format: amount groups from four digits with each language's separator") {
  CHECK(In("sv", "amount(800000, 'kr')") == "800\u00a0000 kr");
  CHECK(In("nb", "amount(5500000, 'kr')") == "5\u00a0500\u00a0000 kr");
  CHECK(In("da", "amount(1234, 'kr.')") == "1.234 kr.");
  CHECK(In("en", "amount(1234, 'SEK')") == "1,234 SEK");
  // Öre only when there are any, then always two digits.
  CHECK(In("sv", "amount(1234.5)") == "1\u00a0234,50");
  CHECK(In("da", "amount(999.999)") == "1.000,00");
  CHECK(In("en", "amount(-2500)") == "-2,500");
}

TEST_CASE("format: lists joined with the language's and and or") {
  CHECK(In("sv", "and_list(['Bjuv', 'Båstad', 'Höganäs'])") == "Bjuv, Båstad och Höganäs");
  CHECK(In("da", "and_list(['Vejle', 'Aarhus'])") == "Vejle og Aarhus");
  CHECK(In("nb", "and_list(['Halden'])") == "Halden");
  CHECK(In("en", "and_list([])") == "");
  CHECK(In("sv", "or_list([12000, 18])") == "12\u00a0000 eller 18");
  CHECK(In("en", "or_list(['a', 'b', 'c'])") == "a, b or c");
}

TEST_CASE("format: dates and periods as each language writes them") {
  CHECK(In("sv", "date_text(date('2026-12-07'))") == "7 december 2026");
  CHECK(In("da", "date_text(date('2026-05-01'))") == "1. maj 2026");
  CHECK(In("nb", "date_text(date('2026-12-24'))") == "24. desember 2026");
  CHECK(In("en", "date_text(date('2026-03-01'))") == "1 March 2026");
  CHECK(In("sv", "period_text(date('2025-09-01'), date('2027-03-31'))") ==
        "1 september 2025 \u2013 31 mars 2027");
}

TEST_CASE("format: number never shows a failing value equal to its limit") {
  // round(x, 1) showed this failing value as "50", the limit itself.
  CHECK(In("sv", "round(50.00006, 1)") == "50");
  CHECK(In("sv", "number(50.00006, 50)") == "50,0001");
  CHECK(In("en", "number(49.99996, 50)") == "49.99996");
  CHECK(In("en", "number(12.004, 12)") == "12.004");
  // Away from the limit, two decimals at most, as round(x, 2) showed.
  CHECK(In("sv", "number(12.5, 12)") == "12,5");
  CHECK(In("en", "number(19)") == "19");
  CHECK(In("en", "number(12.004)") == "12");
  CHECK(In("sv", "number(123456.789)") == "123\u00a0456,79");
  CHECK(In("en", "number(50, 50)") == "50");
}

TEST_CASE("format: given shows the value, or the fallback when it is absent or blank") {
  CHECK(In("sv", "given(nothing, 'ej angiven')") == "ej angiven");
  CHECK(In("sv", "given('', 'ej angiven')") == "ej angiven");
  CHECK(In("sv", "given('Bjuv', 'ej angiven')") == "Bjuv");
  CHECK(In("en", "given(join([]), '(none)')") == "(none)");
}

}  // namespace
}  // namespace grantcheck
