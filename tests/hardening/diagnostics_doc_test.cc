// docs/diagnostics.md lists every diagnostic id the code can report, and only
// those: the ids are found by scanning src/ for their string literals.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

namespace fs = std::filesystem;

// An id is a quoted literal with one of the families' prefixes:
// "yaml-duplicate-key", "app-type", "rules-syntax", "expr-arity", ...
const std::regex kIdLiteral(R"re("((?:app|config|expr|lint|rules|template|test|yaml)-[a-z0-9]+(?:-[a-z0-9]+)*)")re");
// How the page names one, in the first cell of a table row.
const std::regex kDocumentedId(R"re(^\| `([a-z]+(?:-[a-z0-9]+)+)` \|)re");

std::set<std::string> IdsInSource() {
  std::set<std::string> ids;
  for (const auto& e : fs::recursive_directory_iterator(std::string(GRANTCHECK_SOURCE_DIR) + "/src")) {
    const std::string ext = e.path().extension().string();
    if (ext != ".cc" && ext != ".h") continue;
    const std::string text = ReadFile(e.path().string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kIdLiteral);
         it != std::sregex_iterator(); ++it) {
      ids.insert((*it)[1]);
    }
  }
  return ids;
}

std::set<std::string> IdsInDoc() {
  std::set<std::string> ids;
  std::istringstream doc(ReadFile(std::string(GRANTCHECK_SOURCE_DIR) + "/docs/diagnostics.md"));
  std::smatch m;
  for (std::string line; std::getline(doc, line);) {
    if (std::regex_search(line, m, kDocumentedId)) ids.insert(m[1]);
  }
  return ids;
}

TEST_CASE("diagnostics doc: every id used in src/ has a row in docs/diagnostics.md") {
  const std::set<std::string> used = IdsInSource();
  const std::set<std::string> documented = IdsInDoc();
  CHECK(used.size() > 40);  // the scan found the code's ids at all
  for (const std::string& id : used) {
    INFO("docs/diagnostics.md has no row for '" << id << "'");
    CHECK(documented.count(id) == 1);
  }
}

TEST_CASE("diagnostics doc: every id in docs/diagnostics.md is still used in src/") {
  const std::set<std::string> used = IdsInSource();
  for (const std::string& id : IdsInDoc()) {
    INFO("docs/diagnostics.md lists '" << id << "', which no source file uses");
    CHECK(used.count(id) == 1);
  }
}

}  // namespace
}  // namespace grantcheck::testing
