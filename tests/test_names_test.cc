// CTest registers each doctest case by name through doctest_discover_tests,
// which splits names at ';': such a case would never run under `make test`.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace grantcheck::testing {
namespace {

TEST_CASE("test names: no test case name contains a semicolon") {
  namespace fs = std::filesystem;
  const std::regex name(R"re(TEST_CASE\(\s*"((?:[^"\\]|\\.)*)")re");
  int cases = 0;
  for (const auto& entry : fs::recursive_directory_iterator(GRANTCHECK_TESTS_DIR)) {
    if (entry.path().extension() != ".cc") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), name), end; it != end; ++it) {
      ++cases;
      INFO(entry.path().string(), ": ", (*it)[1].str());
      CHECK((*it)[1].str().find(';') == std::string::npos);
    }
  }
  CHECK(cases > 100);
}

}  // namespace
}  // namespace grantcheck::testing
