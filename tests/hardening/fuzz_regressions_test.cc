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

}  // namespace
}  // namespace grantcheck::testing
