// The settings file `.grantcheck.toml` end to end, in temporary repositories:
// where it is found, what it sets, what wins over it, and its errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// A repository (a directory holding .git) in a temporary directory, with
// examples/passes.yaml and examples/fails.yaml in `ansokningar/`.
struct Repo {
  TempDir tmp;
  std::string root = tmp.File("repo");

  Repo() {
    std::filesystem::create_directories(root + "/.git");
    Write("ansokningar/passes.yaml", ReadFile(SourcePath("examples/passes.yaml")));
    Write("ansokningar/fails.yaml", ReadFile(SourcePath("examples/fails.yaml")));
  }
  std::string Write(const std::string& name, const std::string& text) const {
    return tmp.Write("repo/" + name, text);
  }
  std::string Path(const std::string& name) const { return root + "/" + name; }
};

const std::string kSwedish = "Projekttiden 2025-09-01–2027-03-31";
const std::string kEnglish = "The project period 2025-09-01 to 2027-03-31";

TEST_CASE(
    "config: found from a subdirectory, up to the repository's root, and the command line wins") {
  Repo repo;
  repo.Write(".grantcheck.toml", "# the secretariat reads English\nlang = \"en\"\n");
  CliResult found = RunCliIn(repo.Path("ansokningar"), "check fails.yaml");
  CHECK(found.status == 1);
  CHECK(Has(found.out, kEnglish));
  CHECK(Has(RunCliIn(repo.Path("ansokningar"), "check --lang sv fails.yaml").out, kSwedish));
  CHECK(Has(RunCliIn(repo.Path("ansokningar"), "check --no-config fails.yaml").out, kSwedish));
  // Above the repository's root, a settings file is not looked for.
  repo.tmp.Write(".grantcheck.toml", "lang = \"en\"\n");
  repo.Write(".grantcheck.toml", "");
  CHECK(Has(RunCliIn(repo.Path("ansokningar"), "check fails.yaml").out, kSwedish));
  std::filesystem::remove(repo.Path(".grantcheck.toml"));
  CHECK(Has(RunCliIn(repo.Path("ansokningar"), "check fails.yaml").out, kSwedish));
  std::filesystem::remove_all(repo.Path(".git"));  // no repository: up to the root
  CHECK(Has(RunCliIn(repo.Path("ansokningar"), "check fails.yaml").out, kEnglish));
}

TEST_CASE("config: fail_on, formats and outputs, relative to the file's directory") {
  Repo repo;
  repo.Write("ci/settings.toml",
             "fail_on = \"warning\"\n"
             "format = [\"text\", \"json=report.json\", \"sarif\"]\n"
             "output = [\"-\", \"out/grantcheck.sarif\"]\n");
  std::filesystem::create_directories(repo.Path("ci/out"));
  // passes.yaml with a budget 10 000 short: a warning only.
  std::string text = ReadFile(SourcePath("examples/passes.yaml"));
  text.replace(text.find("requested: 720000"), 17, "requested: 710000");
  repo.Write("ansokningar/warning.yaml", text);
  CliResult r =
      RunCliIn(repo.Path("ansokningar"), "check --config ../ci/settings.toml warning.yaml");
  CHECK(r.status == 1);  // fail_on = "warning"
  CHECK(Has(r.out, "warning.yaml:"));
  json report = json::parse(ReadFile(repo.Path("ci/report.json")));
  CHECK(report["applications"][0]["file"] == "warning.yaml");
  CHECK(json::parse(ReadFile(repo.Path("ci/out/grantcheck.sarif")))["version"] == "2.1.0");
  CHECK(RunCliIn(repo.Path("ansokningar"),
                 "check --config ../ci/settings.toml --fail-on error warning.yaml")
            .status == 0);
  // Any --format or --output replaces the file's outputs as a whole.
  std::filesystem::remove(repo.Path("ci/report.json"));
  CliResult json_only = RunCliIn(repo.Path("ansokningar"),
                                 "check --config ../ci/settings.toml --format json warning.yaml");
  CHECK(json::parse(json_only.out)["applications"][0]["status"] == "fail");
  CHECK_FALSE(std::filesystem::exists(repo.Path("ci/report.json")));
}

TEST_CASE("config: rules win over GRANTCHECK_RULES_PATH, --rules over both") {
  Repo repo;
  repo.Write("regler/familjen-helsingborg.toml",
             ReadFile(SourcePath("rules/familjen-helsingborg.toml")));
  repo.Write(".grantcheck.toml", "rules = \"regler\"\n");
  std::string env = "GRANTCHECK_NO_CACHE=1 GRANTCHECK_RULES_PATH='" + SourcePath("rules") + "'";
  auto rule_file = [&](const std::string& args) {
    CliResult r =
        RunCliIn(repo.Path("ansokningar"), "check --format json " + args + " passes.yaml", "", env);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    return json::parse(r.out)["applications"][0]["rules"]["path"].get<std::string>();
  };
  CHECK(rule_file("") == "../regler/familjen-helsingborg.toml");
  CHECK(rule_file("--no-config") == SourcePath("rules/familjen-helsingborg.toml"));
  CHECK(rule_file("--rules '" + SourcePath("rules") + "'") ==
        SourcePath("rules/familjen-helsingborg.toml"));
}

TEST_CASE("config: today and draft, for check and schedule") {
  Repo repo;
  // passes.yaml without its municipalities: three rules cannot be judged.
  std::string text = ReadFile(SourcePath("examples/passes.yaml"));
  size_t line = text.find("\nmunicipalities:");
  REQUIRE(line != std::string::npos);
  text.erase(line + 1, text.find('\n', line + 1) - line);
  repo.Write("ansokningar/utkast.yaml", text);
  CHECK(RunCliIn(repo.Path("ansokningar"), "check utkast.yaml").status == 1);
  repo.Write(".grantcheck.toml", "draft = true\ntoday = 2030-01-15\n");
  CHECK(RunCliIn(repo.Path("ansokningar"), "check utkast.yaml").status == 0);
  std::string args = "schedule passes.yaml";
  CliResult from_file = RunCliIn(repo.Path("ansokningar"), args);
  CliResult given =
      RunCliIn(repo.Path("ansokningar"), "schedule --no-config --today 2030-01-15 passes.yaml");
  CliResult other = RunCliIn(repo.Path("ansokningar"), "schedule --today 2025-07-01 passes.yaml");
  CHECK(from_file.status == 0);
  CHECK(from_file.out == given.out);
  CHECK(other.out != given.out);
  repo.Write(".grantcheck.toml", "today = \"2030-01-15\"\n");  // as text, too
  CHECK(RunCliIn(repo.Path("ansokningar"), args).out == given.out);
}

TEST_CASE("config: exclude applies when a directory is expanded, never to a named file") {
  Repo repo;
  repo.Write("ansokningar/utkast/halvfardig.yaml", "program: familjen-helsingborg\n");
  repo.Write("ansokningar/arkiv/2024/gammal.yaml", "program: familjen-helsingborg\n");
  repo.Write(".grantcheck.toml",
             "exclude = [\"utkast\", \"ansokningar/arkiv/**\", \"fail*.yaml\"]\n");
  auto files = [&](const std::string& args) {
    json report = json::parse(RunCliIn(repo.root, "check --format json " + args).out);
    std::string names;
    for (const json& a : report["applications"]) names += a["file"].get<std::string>() + " ";
    return names;
  };
  CHECK(files("ansokningar") == "ansokningar/passes.yaml ");
  CHECK(files("--no-config ansokningar") ==
        "ansokningar/arkiv/2024/gammal.yaml ansokningar/fails.yaml ansokningar/passes.yaml "
        "ansokningar/utkast/halvfardig.yaml ");
  CHECK(files("ansokningar/fails.yaml ansokningar/utkast/halvfardig.yaml") ==
        "ansokningar/fails.yaml ansokningar/utkast/halvfardig.yaml ");
  CliResult all_out = RunCliIn(repo.root, "check ansokningar/utkast");
  CHECK(all_out.status == 2);
  CHECK(Has(all_out.out, "every application in it is excluded by 'exclude' in "));
}

TEST_CASE("config: a bad file is a usage error at file:line:col") {
  Repo repo;
  struct Case {
    std::string text;
    std::string error;
  };
  const Case cases[] = {
      {"lang = \"en\"\nfail-on = \"warning\"\n",
       ".grantcheck.toml:2:1: error: unknown key 'fail-on' (did you mean 'fail_on'?); known keys: "
       "draft, exclude, fail_on, format, lang, output, rules, today [config-unknown-key]\n"
       "    fail-on = \"warning\"\n    ^\n"},
      {"lang = \"se\"\n",
       ".grantcheck.toml:1:8: error: 'lang' is 'se'; expected one of sv, da, nb, en; did you mean "
       "'sv'? [config-value]"},
      {"fail_on = 1\n",
       ".grantcheck.toml:1:11: error: 'fail_on' must be text in quotes, got a number "
       "[config-type]"},
      {"format = [\"sarif\", \"pdf\"]\n",
       ".grantcheck.toml:1:10: error: 'format' names the unknown format 'pdf'; known formats: "},
      {"today = 2025-02-30\n", ".grantcheck.toml:1:"},
      {"today = \"2025-02-30\"\n",
       ".grantcheck.toml:1:9: error: 'today' is '2025-02-30', not a real day as YYYY-MM-DD"},
      {"draft = \"yes\"\n",
       ".grantcheck.toml:1:9: error: 'draft' must be true or false, got text [config-type]"},
      {"exclude = [\"a\", 2]\n", ".grantcheck.toml:1:17: error: 'exclude' must be text in quotes"},
      {"lang = \"en\n", ".grantcheck.toml:1:"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    repo.Write(".grantcheck.toml", c.text);
    CliResult r = RunCliIn(repo.root, "check ansokningar/passes.yaml");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK_MESSAGE(r.err.starts_with(c.error), r.err);
  }
  CliResult missing = RunCliIn(repo.root, "check --config nowhere.toml ansokningar/passes.yaml");
  CHECK(missing.status == 2);
  CHECK(Has(missing.err, "nowhere.toml: error: cannot read: "));
  CHECK(RunCliIn(repo.root, "check --config x.toml --no-config ansokningar/passes.yaml").status ==
        2);
}

TEST_CASE("config: init --config writes a settings file that reads as none until edited") {
  Repo repo;
  CliResult init = RunCliIn(repo.root, "init --config");
  REQUIRE(init.status == 0);
  std::string text = ReadFile(repo.Path(".grantcheck.toml"));
  for (const char* key :
       {"rules", "lang", "fail_on", "format", "output", "exclude", "today", "draft"}) {
    CHECK(Has(text, std::string("\n# ") + key + " = "));
  }
  CHECK(RunCliIn(repo.root, "check ansokningar/passes.yaml").status == 0);
  CHECK(RunCliIn(repo.root, "init --config").status == 2);  // exists
  REQUIRE(RunCliIn(repo.root, "init --config --force --lang en").status == 0);
  CHECK(Has(RunCliIn(repo.root, "check ansokningar/fails.yaml").out, kEnglish));
  // Every commented key, uncommented, is a valid setting.
  std::string all;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    if (line.starts_with("# ") && line.find(" = ") != std::string::npos)
      all += line.substr(2) + "\n";
    start = end + 1;
  }
  repo.Write("all.toml", all);
  std::filesystem::create_directories(repo.Path("rules"));
  repo.Write("rules/familjen-helsingborg.toml",
             ReadFile(SourcePath("rules/familjen-helsingborg.toml")));
  CliResult uncommented = RunCliIn(repo.root, "check --config all.toml ansokningar/passes.yaml");
  CHECK_MESSAGE(uncommented.err.find("error:") == std::string::npos, uncommented.err);
  CHECK(RunCliIn(repo.root, "init").status == 2);  // neither --program nor --config
  CHECK(RunCliIn(repo.root, "init --config --program familjen-helsingborg").status == 2);
}

}  // namespace
}  // namespace grantcheck::testing
