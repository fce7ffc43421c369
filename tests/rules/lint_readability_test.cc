// Issue 22 items 5 and 7 in `rules lint`: checks that read fields but cannot
// depend on them, limits written into checks, repeated sub-expressions, long
// messages and wording picked by a ternary, each on a file made to trip it;
// and a '"' inside an expression, reported at its place by the loader.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "rules/lint.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Data(const std::string& name) {
  return std::string(GRANTCHECK_TESTS_DIR) + "/data/lint/" + name;
}

// The findings one a line, with the test data directory cut from file names.
std::string LintLines(const std::string& name) {
  LintResult r = LintFile(Data(name));
  REQUIRE(r.loaded);
  std::string out;
  for (Diagnostic d : r.findings) {
    d.file = d.file.substr(Data("").size());
    out += FormatDiagnostic(d) + "\n";
  }
  return out;
}

TEST_CASE("lint: always true or false though it reads fields, and limits written into a check") {
  CHECK(LintLines("always.toml") == R"(always.toml:18:42: warning: the check of rule 'X-OR-CONSTANT' is true for every application, whatever the fields it reads: '1 == 1' reads no field and is always true; remove the part that decides it, or correct it [lint-constant-check]
always.toml:26:10: warning: the check of rule 'X-EITHER-WAY' is true for every application, whatever the fields it reads: 'has(partners) || !has(partners)' is true whichever way 'has(partners)' comes out; remove the part that decides it, or correct it [lint-constant-check]
always.toml:34:25: warning: the when of rule 'X-LENGTH' is false for every application, whatever the fields it reads: '0 > len(partners)' is always false: a length or count is never negative; remove the part that decides it, or correct it [lint-constant-check]
always.toml:35:10: warning: the check of rule 'X-LENGTH' is true for every application, whatever the fields it reads: 'len(partners) >= 0' is always true: a length or count is never negative; remove the part that decides it, or correct it [lint-constant-check]
always.toml:43:30: warning: the check of rule 'X-LITERAL' writes the limit 500000 into the expression; name it in [params] and write params.NAME, so that the message and the next round use the same value [lint-literal-limit]
always.toml:43:53: warning: the check of rule 'X-LITERAL' writes the limit date('2026-03-31') into the expression; name it in [params] and write params.NAME, so that the message and the next round use the same value [lint-literal-limit]
)");
}

TEST_CASE("lint: repeated sub-expressions, long messages, wording picked by a ternary") {
  CHECK(LintLines("readability.toml") == R"(readability.toml:20:68: warning: rule 'X-REPEAT' writes 'months(period.start, period.end)' 4 times (first at line 20, column 10); name it once in the rule's `let` (let = { NAME = "…" }) and write NAME [lint-repeated-expression]
readability.toml:29:10: warning: rule 'X-WHEN-AND-CHECK' writes 'len(members(municipalities))' 2 times (first at line 28, column 32); name it once in the rule's `let` (let = { NAME = "…" }) and write NAME [lint-repeated-expression]
readability.toml:43:1: warning: the 'sv' message of rule 'X-LONG' is 618 characters long (more than 600); write each case as a message variant (message.NAME, chosen by a named condition) and name its values in `let` [lint-long-message]
readability.toml:57:32: warning: the 'sv' message of rule 'X-TERNARY' picks its wording with '… ? … : …'; write each wording as a message variant (message.NAME) chosen by a named condition [lint-message-ternary]
)");
}

TEST_CASE("rule loader: a '\"' inside an expression is named at its place") {
  LoadedProgram loaded = LoadRuleFile(Data("quote-in-expression.toml"));
  CHECK_FALSE(loaded.program);
  REQUIRE(loaded.diagnostics.size() == 1);
  Diagnostic d = loaded.diagnostics[0];
  d.file = d.file.substr(Data("").size());
  CHECK(FormatDiagnostic(d) == R"(quote-in-expression.toml:13:28: error: this '"' ends the "…" string early; use single quotes inside expressions (kind == 'business') [rules-quote-in-string])");
  auto ids = [](std::string_view text) {
    std::string out;
    for (const Diagnostic& diag : ParseRuleFile(text, "x.toml").diagnostics) out += diag.id + " ";
    return out;
  };
  // An escaped '"' is no clash, nor one in a comment; where toml++ stops for
  // another reason, its own words stay.
  std::string escaped = ids(R"([program]
name = "a \"b\" c" # "
)");
  CHECK(escaped.find("rules-syntax") == std::string::npos);
  CHECK(escaped.find("rules-quote") == std::string::npos);
  CHECK(ids("[program]\nid = \"x\" y\n") == "rules-syntax ");
  CHECK(ids("[program]\nid = \"x\" y \"z\"\n") == "rules-quote-in-string ");
}

}  // namespace
}  // namespace grantcheck
