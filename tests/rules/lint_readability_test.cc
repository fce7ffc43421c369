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

TEST_CASE("lint: always true or false though it reads fields; limits written into a check") {
  CHECK(LintLines("always.toml") == R"(@ALWAYS@)");
}

TEST_CASE("lint: repeated sub-expressions, long messages, wording picked by a ternary") {
  CHECK(LintLines("readability.toml") == R"(@READABILITY@)");
}

TEST_CASE("rule loader: a '\"' inside an expression is named at its place") {
  LoadedProgram loaded = LoadRuleFile(Data("quote-in-expression.toml"));
  CHECK_FALSE(loaded.program);
  REQUIRE(loaded.diagnostics.size() == 1);
  Diagnostic d = loaded.diagnostics[0];
  d.file = d.file.substr(Data("").size());
  CHECK(FormatDiagnostic(d) == R"(@QUOTE@)");
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
