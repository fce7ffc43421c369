// Issue 21 item 4: routine review items (a review rule without `when`) are
// listed once per program, the ones an application's content raised with it
// and counted apart; json keeps every finding and tells the two apart.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "base/file_io.h"
#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Two Familjen Helsingborg applications: examples/passes.yaml, whose costly
// material raises FH-MATERIAL-USE (a review rule with a `when`), and the same
// with a 16-month period and reasons for it, which also raises
// FH-EXTENSION-REASONS for that application only.
struct Round {
  TempDir dir;
  std::string plain = dir.Write("plain.yaml", Passes());
  std::string longer = dir.Write("longer.yaml", Longer());

  static std::string Passes() {
    return ReadInput(SourcePath("examples/passes.yaml")).text.value_or("");
  }
  static std::string Longer() {
    std::string yaml = Passes();
    const std::string end = "  end: 2026-08-31\n";
    size_t at = yaml.find(end);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, end.size(),
                 "  end: 2026-12-31\n  extension_reason: Vintern behövs för mätningen.\n");
    // Another title and summary, so that the two are not duplicates.
    yaml.replace(yaml.find("title: "), 7, "title: Längre – ");
    yaml.replace(yaml.find("summary: >-\n"), 12, "summary: >-\n  Längre.");
    return yaml;
  }
  CliResult Check(const std::string& options) const {
    return RunCli("check --rules rules/ " + options + " '" + plain + "' '" + longer + "'");
  }
};

TEST_CASE("review items: text lists routine ones once per program and counts the others apart") {
  Round round;
  CliResult r = round.Check("--lang sv");
  CHECK(Count(r.out, "FH-VISION") == 1);  // once, not once per application
  CHECK(r.out.find("Rutinpunkter för handläggaren i familjen-helsingborg, samma för alla 2 "
                   "ansökningar:\n  review FH-ORGANISATION: ") != std::string::npos);
  CHECK(Count(r.out, "review FH-EXTENSION-REASONS") == 1);
  CHECK(r.out.find(round.longer + ":") != std::string::npos);
  CHECK(Count(r.out, "review FH-MATERIAL-USE") == 2);  // with each application
  CHECK(r.out.find(round.plain + ": godkänd (0 fel, 0 varningar, 0 att göra, 1 kräver din "
                                 "uppmärksamhet)") != std::string::npos);
  CHECK(r.out.find(", 2 kräver din uppmärksamhet)") != std::string::npos);
  CHECK(r.out.find("att göra, 3 kräver din uppmärksamhet\n") != std::string::npos);  // the summary
  // Listed by title: the message may quote one application's organisation.
  CHECK(r.out.find("  review FH-ORGANISATION: Genomtänkt organisation\n") != std::string::npos);
  CliResult en = round.Check("--lang en");
  CHECK(en.out.find("Routine review items of familjen-helsingborg, the same for all 2 "
                    "applications:") != std::string::npos);
  CHECK(en.out.find(", 3 need your attention\n") != std::string::npos);
  CHECK(en.out.find("(0 errors, 0 warnings, 0 to-dos, 1 needs your attention)") !=
        std::string::npos);
  CHECK(round.Check("--lang da").out.find("3 kræver din opmærksomhed") != std::string::npos);
  CHECK(round.Check("--lang nb").out.find("3 krever din oppmerksomhet") != std::string::npos);
  CHECK(round.Check("--lang da").out.find("Rutinepunkter til sagsbehandleren i "
                                          "familjen-helsingborg, de samme for alle 2 "
                                          "ansøgninger:") != std::string::npos);
  // --quiet leaves review items out, routine ones too.
  CHECK(round.Check("--quiet").out.find("FH-VISION") == std::string::npos);
}

TEST_CASE("review items: markdown lists routine ones once, the application's own under it") {
  Round round;
  CliResult r = round.Check("--format markdown --lang sv");
  CHECK(Count(r.out, "**FH-VISION**") == 1);
  CHECK(Count(r.out, "**FH-EXTENSION-REASONS**") == 1);
  CHECK(Count(r.out, "**FH-MATERIAL-USE**") == 2);
  CHECK(r.out.find("<details><summary>Rutinpunkter för handläggaren i familjen-helsingborg, "
                   "samma för alla 2 ansökningar (") != std::string::npos);
}

TEST_CASE("review items: json keeps every finding with `routine`, and counts attention apart") {
  Round round;
  CliResult r = round.Check("--format json");
  nlohmann::json doc = nlohmann::json::parse(r.out);
  int vision = 0, extension = 0, review = 0;
  for (const auto& app : doc["applications"]) {
    for (const auto& f : app["findings"]) {
      REQUIRE(f.contains("routine"));
      if (f["status"] == "review") ++review;
      if (f["rule"] == "FH-VISION") {
        ++vision;
        CHECK(f["routine"] == true);
      }
      if (f["rule"] == "FH-EXTENSION-REASONS" && f["status"] == "review") {
        ++extension;
        CHECK(f["routine"] == false);
      }
      if (f["status"] != "review") CHECK(f["routine"] == false);
    }
  }
  CHECK(vision == 2);  // nothing removed
  CHECK(extension == 1);
  CHECK(doc["summary"]["review"] == review);
  CHECK(doc["summary"]["attention"] == 3);
}

TEST_CASE("review items: csv counts only the application's own review items") {
  Round round;
  CliResult r = round.Check("--format csv");
  CHECK(r.out.find(";todos;attention;sha256;") != std::string::npos);
  // status;errors;warnings;todos;attention;sha256 of each application's row
  std::regex plain(R"(plain\.yaml;.*;pass;0;0;0;1;[0-9a-f]{64};)");
  std::regex longer(R"(longer\.yaml;.*;(pass|fail);[0-9]+;[0-9]+;0;2;[0-9a-f]{64};)");
  CHECK(std::regex_search(r.out, plain));
  CHECK(std::regex_search(r.out, longer));
}

}  // namespace
}  // namespace grantcheck::testing
