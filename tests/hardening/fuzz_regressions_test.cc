// Every input a fuzz target once crashed on (fuzz/regressions/TARGET/*) still
// meets its contract, run in the ordinary test suite and its sanitizer build.
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <string>

#include "hardening/fuzz_contracts.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

namespace fs = std::filesystem;

void Replay(const std::string& target,
            const std::function<std::string(std::string_view)>& contract) {
  const fs::path dir = fs::path(GRANTCHECK_SOURCE_DIR) / "fuzz" / "regressions" / target;
  if (!fs::exists(dir)) return;  // nothing found yet
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().filename() == "README.md") continue;
    INFO(e.path().string());
    CHECK(contract(ReadFile(e.path().string())) == "");
  }
}

TEST_CASE("fuzz regressions: the YAML loader's") { Replay("yaml", YamlContract); }
TEST_CASE("fuzz regressions: the rule loader's") { Replay("rules", RulesContract); }
TEST_CASE("fuzz regressions: the expression language's") { Replay("expr", ExprContract); }

TEST_CASE("fuzz regressions: the contracts hold for the seeds") {
  CHECK(YamlContract(ReadFile(std::string(GRANTCHECK_SOURCE_DIR) + "/examples/passes.yaml")) == "");
  CHECK(RulesContract(ReadFile(std::string(GRANTCHECK_SOURCE_DIR) +
                               "/rules/familjen-helsingborg.toml")) == "");
  CHECK(ExprContract("months(period.start, period.end) <= params.max_months") == "");
  // A broken input is fine as long as it is reported.
  CHECK(YamlContract("a: [") == "");
  CHECK(RulesContract("[program") == "");
  CHECK(ExprContract("months(") == "");
}

// Issue 17: a diagnostic quoting a line with terminal escapes, a program
// whose texts hold them, and one whose messages cost more than the
// application's budget: the contracts (no control character in any output, no
// pass once the budget is spent) hold.
TEST_CASE("fuzz regressions: the contracts hold for hostile text and costly rules") {
  CHECK(RulesContract("[program]\nid = \"x\"\nname = \"\x1b[31m\" oops \x07\x1b]0;t\x07\n") == "");
  CHECK(YamlContract("title: [\x1b[31m\x07\x7f \xc2\x9b oops\n") == "");
  const std::string texts = "\\u001B[31m\\r\\n::error::x\\u0007\\u009B";
  std::string rules = "[program]\nid = \"x\"\nname = \"" + texts +
                      "\"\nlanguage = \"en\"\ncurrency = \"SEK\"\n";
  std::string list = "[";
  for (int i = 0; i < 300; ++i) list += (i ? "," : "") + std::to_string(i);
  list += "]";
  const std::string heavy = list + ".all(x, " + list + ".all(y, " + list + ".all(z, true)))";
  for (int i = 0; i < 30; ++i) {
    rules += "[[rules]]\nid = \"X-" + std::to_string(i) + "\"\nseverity = \"error\"\ntitle = \"" +
             texts + "\"\nsource = \"s\"\ncheck = \"false\"\nmessage = \"" + texts + "{" + heavy +
             "}\"\n";
  }
  CHECK(RulesContract(rules) == "");
}

}  // namespace
}  // namespace grantcheck::testing
