// Runs the annotated case files in tests/expr/cases/: each line is an
// expression, " ==> ", and its expected outcome (see example_app.h).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "expr/example_app.h"
#include "expr/builtins.h"

namespace grantcheck::testing {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string where;  // file:line
  std::string expr;
  std::string expected;
};

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  fs::path dir = fs::path(GRANTCHECK_TESTS_DIR) / "expr" / "cases";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty() || line[0] == '#') continue;
      size_t at = line.rfind(" ==> ");
      REQUIRE_MESSAGE(at != std::string::npos, f.filename().string() << ":" << n << ": no ' ==> '");
      size_t end = line.find_last_not_of(' ', at);
      cases.push_back(Case{f.filename().string() + ":" + std::to_string(n), line.substr(0, end + 1),
                           line.substr(at + 5)});
    }
  }
  return cases;
}

TEST_CASE("expr cases: every line of tests/expr/cases gives its expected outcome") {
  std::vector<Case> cases = LoadCases();
  CHECK(cases.size() > 200);
  for (const Case& c : cases) {
    INFO(c.where << ": " << c.expr);
    CHECK(Outcome(c.expr) == c.expected);
  }
}

TEST_CASE("expr cases: every builtin and macro has cases of its own") {
  std::set<std::string> used;
  for (const Case& c : LoadCases()) used.insert(c.expr);
  auto mentioned = [&](const std::string& needle) {
    for (const std::string& e : used) {
      if (e.find(needle) != std::string::npos) return true;
    }
    return false;
  };
  for (const Builtin& b : Builtins()) {
    INFO(b.name);
    CHECK(mentioned(std::string(b.name) + "("));
  }
  for (const Macro& m : Macros()) {
    INFO(m.name);
    CHECK(mentioned("." + std::string(m.name) + "("));
  }
}

TEST_CASE("expr builtins: every documented example evaluates to true") {
  for (const Builtin& b : Builtins()) {
    INFO(b.name << ": " << b.example);
    CHECK(Outcome(std::string(b.example)) == "true");
  }
  for (const Macro& m : Macros()) {
    INFO(m.name << ": " << m.example);
    CHECK(Outcome(std::string(m.example)) == "true");
  }
}

}  // namespace
}  // namespace grantcheck::testing
