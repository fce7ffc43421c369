// Every diagnostic an applicant can get about the file itself (the yaml-* and
// app-* ids of docs/diagnostics.md) is said in sv, da, nb and en: one file per
// id, checked once per language, and the four messages compared.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

// The applicant-facing ids documented in docs/diagnostics.md.
std::set<std::string> DocumentedIds() {
  const std::regex row(R"re(^\| `((?:yaml|app)-[a-z0-9-]+)` \|)re");
  std::set<std::string> ids;
  std::istringstream doc(ReadFile(SourcePath("docs/diagnostics.md")));
  std::smatch m;
  for (std::string line; std::getline(doc, line);) {
    if (std::regex_search(line, m, row)) ids.insert(m[1]);
  }
  return ids;
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

// A file that gets `id` (and the id it is named for, as the file's stem).
std::map<std::string, std::string> Fixtures() {
  const std::string passes = ReadFile(SourcePath("examples/passes.yaml"));
  const std::string program = "program: familjen-helsingborg\n";
  std::string deep = program + "a: ";
  for (int i = 0; i < 70; ++i) deep += "[";
  std::string laughs = program + "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    laughs += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) laughs += std::string(i ? ", *" : "*") + char(c - 1);
    laughs += "]\n";
  }
  std::string many = program + "a: [";
  for (int i = 0; i < 100001; ++i) many += "1,";
  many += "1]\n";
  return {
      {"yaml-syntax", program + "title: Mål: bättre vård\n"},
      {"yaml-complex-key", program + "? [a]\n: 1\n"},
      {"yaml-duplicate-key", program + "title: a\ntitle: b\n"},
      {"yaml-empty", "# " + program},
      {"yaml-multiple-documents", program + "---\ntitle: b\n"},
      {"yaml-not-mapping", "- " + program},
      {"yaml-too-deep", deep},
      {"yaml-too-many-aliases", laughs},
      {"yaml-too-many-nodes", many},
      {"app-no-program", "title: a\n"},
      {"app-unknown-program", "program: familjen-helsingborgg\n"},
      {"app-type", Replaced(passes, "requested: 720000", "requested: [1]")},
      {"app-bad-value", Replaced(passes, "kind: municipal", "kind: kommunen")},
      {"app-bad-date", Replaced(passes, "start: 2025-09-01", "start: 2025-02-30")},
      {"app-required", Replaced(passes, "title: Trygg natt", "titel: Trygg natt")},
      {"app-unknown-key", passes + "fargen: blå\n"},
      {"app-placeholder", Replaced(passes, "title: Trygg natt – digital nattillsyn i hemtjänsten",
                                   "title: \"<<Projektets namn>>\"")},
      {"app-ack-error", passes + "acknowledged:\n  - {rule: FH-DURATION, reason: ja}\n"},
      {"app-ack-stale", passes + "acknowledged:\n  - {rule: FH-PARTNERS, reason: ja}\n"},
      {"app-ack-unknown", passes + "acknowledged:\n  - {rule: FH-NOSUCH, reason: ja}\n"},
      // The same title as app-duplicate-b.yaml's.
      {"app-duplicate", Replaced(passes, "Trygg natt", "Trygg dag")},
  };
}

// rule id -> message of the first finding with that id in `file`'s report.
std::map<std::string, std::map<std::string, std::string>> Messages(const std::string& dir,
                                                                   const std::string& lang) {
  CliResult r = RunCli("check --today 2025-05-01 --format jsonl --lang " + lang + " '" + dir +
                       "' '" + dir + "/missing.yaml'");
  std::map<std::string, std::map<std::string, std::string>> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const nlohmann::json report = nlohmann::json::parse(line);
    std::string file = report["file"].get<std::string>();
    file = file.substr(file.rfind('/') + 1);
    for (const auto& f : report["findings"]) {
      const std::string id = f["rule"].get<std::string>();
      if (!out[file].count(id)) out[file][id] = f["message"].get<std::string>();
    }
  }
  return out;
}

TEST_CASE("diagnostic languages: every yaml-* and app-* id is said in sv, da, nb and en") {
  TempDir dir;
  const std::map<std::string, std::string> fixtures = Fixtures();
  for (const auto& [id, text] : fixtures) dir.Write(id + ".yaml", text);
  dir.Write("app-duplicate-b.yaml", fixtures.at("app-duplicate"));
  // app-read is the missing.yaml named on the command line.
  std::set<std::string> covered = {"app-read"};
  for (const auto& entry : fixtures) covered.insert(entry.first);
  for (const std::string& id : DocumentedIds()) {
    INFO("docs/diagnostics.md lists " << id << ", which this test has no file for");
    CHECK(covered.count(id) == 1);
  }

  std::map<std::string, std::map<std::string, std::map<std::string, std::string>>> by_lang;
  for (const char* lang : {"sv", "da", "nb", "en"}) by_lang[lang] = Messages(dir.path(), lang);
  for (const std::string& id : covered) {
    const std::string file = id + ".yaml" == "app-read.yaml" ? "missing.yaml" : id + ".yaml";
    const std::string en = by_lang["en"][file][id];
    CAPTURE(id);
    CAPTURE(en);
    CHECK_FALSE(en.empty());
    for (const char* lang : {"sv", "da", "nb"}) {
      CAPTURE(lang);
      const std::string said = by_lang[lang][file][id];
      CAPTURE(said);
      CHECK_FALSE(said.empty());
      CHECK(said != en);
    }
  }
}

}  // namespace
}  // namespace grantcheck::testing
