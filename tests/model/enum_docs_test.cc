// docs/applications.md lists every enumerated field of the common format and
// of each shipped program with its codes and labels; this test keeps it true.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/schema.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

// Every enumerated field under `type`, depth first, with its dotted path
// ("budget.lines[].category").
void Enums(const FieldType& type, const std::string& path,
           std::vector<std::pair<std::string, const FieldType*>>& out) {
  if (!type.values.empty()) out.emplace_back(path, &type);
  if (type.element) Enums(*type.element, path + "[]", out);
  for (const FieldSpec& f : type.fields) Enums(f.type, path.empty() ? f.name : path + "." + f.name, out);
}

std::string Table(const std::vector<std::pair<std::string, const FieldType*>>& enums,
                  const std::vector<std::string>& langs) {
  std::string out = "| Field | Code |";
  for (const std::string& l : langs) out += " " + l + " |";
  out += "\n|---|---|";
  for (size_t i = 0; i < langs.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& [path, type] : enums) {
    for (size_t i = 0; i < type->values.size(); ++i) {
      out += "| `" + path + "` | `" + type->values[i] + "` |";
      for (const std::string& l : langs) {
        auto it = i < type->labels.size() ? type->labels[i].find(l) : Localized::const_iterator{};
        const bool has = i < type->labels.size() && it != type->labels[i].end();
        out += " " + (has ? it->second : std::string("—")) + " |";
      }
      out += "\n";
    }
  }
  return out;
}

std::string Expected() {
  std::vector<std::pair<std::string, const FieldType*>> common;
  Enums(CommonSchema(), "", common);
  std::string out = "### The common fields\n\n" + Table(common, {"sv", "da", "nb", "en"});
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(GRANTCHECK_SOURCE_RULES_DIR)) {
    if (e.path().extension() == ".toml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<LoadedProgram> programs;  // kept alive: the tables point into them
  programs.reserve(files.size());
  for (const fs::path& f : files) {
    programs.push_back(LoadRuleFile(f.string()));
    REQUIRE(programs.back().program);
    const Program& p = *programs.back().program;
    std::vector<std::pair<std::string, const FieldType*>> own;
    for (const FieldSpec& field : p.fields) Enums(field.type, field.name, own);
    out += "\n### `" + p.id + "`\n\n";
    out += own.empty() ? "No enumerated fields of its own.\n"
                       : Table(own, p.language == "en" ? std::vector<std::string>{"en"}
                                                        : std::vector<std::string>{p.language, "en"});
  }
  return out;
}

TEST_CASE("enum docs: docs/applications.md lists every code and label of every program") {
  const std::string begin = "<!-- enumerated values: begin -->\n";
  const std::string end = "<!-- enumerated values: end -->";
  std::ifstream in(std::string(GRANTCHECK_TESTS_DIR) + "/../docs/applications.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const size_t b = doc.find(begin);
  const size_t e = doc.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  const std::string expected = Expected();
  if (doc.substr(b + begin.size(), e - b - begin.size()) != expected) {
    // The section as it should read, to paste between the markers.
    std::ofstream("enum-values.md") << expected;
    FAIL("docs/applications.md's enumerated values differ from the rule files; the section as "
         "it should read is in enum-values.md in the test's working directory");
  }
}

}  // namespace
}  // namespace grantcheck
