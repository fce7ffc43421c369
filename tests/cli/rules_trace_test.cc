// `rules trace` end to end, and the assumptions of a rule file as `rules show`
// and `explain` name them: the authors', to be confirmed, not the funder's.
#include <doctest/doctest.h>

#include <string>

#include "base/file_io.h"
#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck {
namespace {

constexpr const char* kFhText = "sources/familjen-helsingborg-test-och-utvecklingsprojekt.txt";
constexpr const char* kFhRules = "rules/familjen-helsingborg.toml";

TEST_CASE("rules trace: the shipped file explains every requirement sentence of its text") {
  testing::CliResult r =
      testing::RunCli(std::string("rules trace ") + kFhText + " " + kFhRules);
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out.find(":62: \"Medel kan inte finansiera befattningar som är ordinarie tjänster i "
                   "respektive kommun.\" (kan inte)\n  checked by rule 'FH-NO-ORDINARY'\n") !=
        std::string::npos);
  CHECK(r.out.find("  not checked: Gäller projektets genomförande efter beslutet, inte "
                   "ansökan.\n") != std::string::npos);
  CHECK(r.out.find(" 0 unexplained\n") != std::string::npos);
  CHECK(r.out.find("UNEXPLAINED") == std::string::npos);
}

TEST_CASE("rules trace: a sentence neither quoted nor listed fails, in the language asked for") {
  testing::TempDir dir;
  std::string rules = ReadInput(testing::SourcePath(kFhRules)).text.value_or("");
  const size_t entry = rules.find("sentence = \"Skulle innehållet");
  REQUIRE(entry != std::string::npos);
  rules.replace(entry, 10, "sentence = \"Nothing like this is in the text.\"\n#");
  const std::string copy = dir.Write("fh.toml", rules);
  testing::CliResult r =
      testing::RunCli(std::string("rules trace --lang en ") + kFhText + " '" + copy + "'");
  CHECK(r.status == 1);
  CHECK(r.out.find("\"Skulle innehållet markant ändras under projektets gång ska detta meddelas "
                   "sekretariatet så fort som möjligt.\" (ska)\n  UNEXPLAINED: no rule or "
                   "deadline quotes it, and [[not_checked]] does not list it\n") !=
        std::string::npos);
  CHECK(r.out.find("[[not_checked]] \"Nothing like this is in the text.\" is no requirement "
                   "sentence of") != std::string::npos);
  CHECK(r.out.find("not checked: Describes the funder's selection; the formal requirements it names") != std::string::npos);
  CHECK(r.out.find(" 1 unexplained; 1 [[not_checked]] entries to correct\n") != std::string::npos);
}

TEST_CASE("rules trace: an unreadable text is status 2") {
  testing::CliResult r = testing::RunCli(std::string("rules trace no-such.txt ") + kFhRules);
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot read no-such.txt") != std::string::npos);
}

TEST_CASE("rules show and explain: a figure the text does not give is the authors' assumption") {
  const std::string label =
      "the rule file authors' assumption, to be confirmed by the secretariat: The text says "
      "'större inköp av material' but gives no amount.";
  testing::CliResult show = testing::RunCli("rules show FH-MATERIAL --rules rules --program familjen-helsingborg");
  CHECK(show.status == 0);
  CHECK(show.out.find("  material_threshold = 20000  (rules/familjen-helsingborg.toml:") !=
        std::string::npos);
  CHECK(show.out.find("    " + label) != std::string::npos);
  CHECK(show.out.find("funder's setting") == std::string::npos);
  testing::CliResult explain = testing::RunCli("explain FH-MATERIAL --rules rules --program familjen-helsingborg");
  CHECK(explain.status == 0);
  CHECK(explain.out.find("assumption: params.material_threshold = 20000, " + label) !=
        std::string::npos);
  // A param the text gives is not called an assumption.
  testing::CliResult duration = testing::RunCli("explain FH-DURATION --rules rules --program familjen-helsingborg");
  CHECK(duration.out.find("assumption:") == std::string::npos);
}

}  // namespace
}  // namespace grantcheck
