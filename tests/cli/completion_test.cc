// `grantcheck completion SHELL` end to end: the scripts loaded into the real
// shells, which then complete subcommands, options, format names and files.
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.h"
#include "report/writer.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

// The script for `shell`, written to a file in `dir`.
std::string Script(const TempDir& dir, const std::string& shell) {
  CliResult r = RunCli("completion " + shell);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  return dir.Write("grantcheck." + shell, r.out);
}

// What bash's completion function offers for `line` (the last word is the
// one being completed; a trailing space starts a new, empty one).
std::string BashComplete(const std::string& script, const std::string& line) {
  std::string words = "'" + std::string(GRANTCHECK_BINARY) + "' " + line;
  if (line.ends_with(' ')) words += "''";
  ToolResult r = RunTool(
      "GRANTCHECK_RULES_PATH=rules bash -c 'source \"$1\"; shift; COMP_WORDS=(\"$@\"); "
      "COMP_CWORD=$(($# - 1)); _grantcheck; echo \"${COMPREPLY[*]}\"' bash " +
      script + " " + words);
  REQUIRE(r.status == 0);
  return r.output.substr(0, r.output.size() - 1);  // the echo's newline
}

TEST_CASE("completion: bash completes subcommands, options and their values") {
  TempDir dir;
  std::string bash = Script(dir, "bash");
  CHECK(BashComplete(bash, "ch") == "check");
  CHECK(BashComplete(bash, "rules l") == "list lint");
  CHECK(BashComplete(bash, "rules list --") == "--help --rules --lang --ids");
  CHECK(BashComplete(bash, "rules list -") == "-h --help --rules --lang --ids");
  CHECK(BashComplete(bash, "check --fail") == "--fail-on");
  CHECK(BashComplete(bash, "check --lang ") == "en sv da nb");
  CHECK(BashComplete(bash, "check --color a") == "auto always");
  CHECK(BashComplete(bash, "schedule --format i") == "ics");
  CHECK(BashComplete(bash, "completion ") == "bash zsh fish");
  CHECK(BashComplete(bash, "check --today ").empty());
  // Files where a path goes, option values skipped on the way.
  CHECK(BashComplete(bash, "check --format json examples/pas") == "examples/passes.yaml");
  CHECK(BashComplete(bash, "check --rules rules/fremfaerd-pulje-2015.t") ==
        "rules/fremfaerd-pulje-2015.tests.yaml rules/fremfaerd-pulje-2015.toml");
  CHECK(BashComplete(bash, "explain FH-DURATION examples/pas") == "examples/passes.yaml");
  CHECK(BashComplete(bash, "explain examples/pas").empty());  // a rule id, not a file
  // Program ids, from the rules of the grantcheck being completed.
  CHECK(BashComplete(bash, "init --program familjen") ==
        "familjen-helsingborg familjen-helsingborg-expoframtid");
}

TEST_CASE("completion: check's format names are the format table's, also after --format=") {
  TempDir dir;
  std::string bash = Script(dir, "bash");
  std::string names;
  for (const Format& f : CheckFormats()) names += (names.empty() ? "" : " ") + std::string(f.name);
  CHECK(BashComplete(bash, "check --format ") == names);
  // bash splits "--format=j" at '=' into three words.
  CHECK(BashComplete(bash, "check --format = j") == "json jsonl junit");
  CHECK(BashComplete(bash, "check --format =") == names);
}

TEST_CASE("completion: fish completes with the same definitions") {
  TempDir dir;
  std::string fish = Script(dir, "fish");
  auto complete = [&](const std::string& line) {
    ToolResult r = RunTool(
        "GRANTCHECK_RULES_PATH=rules fish --no-config -c 'source $argv[1]; complete -C "
        "\"$argv[2]\"' " +
        fish + " '" + line + "'");
    REQUIRE(r.status == 0);
    return r.output;
  };
  CHECK(RunTool("fish --no-execute " + fish).status == 0);
  CHECK(complete("grantcheck ch") == "check\tCheck applications against their program's rules\n");
  CHECK(complete("grantcheck rules list --i") == "--ids\tOnly the program ids, one a line\n");
  CHECK(complete("grantcheck schedule --format i") == "ics\tOutput format\n");
  CHECK(complete("grantcheck completion z") == "zsh\n");
  CHECK(complete("grantcheck check --format json examples/pas") == "examples/passes.yaml\n");
}

TEST_CASE("completion: zsh parses the script and completes with it") {
  TempDir dir;
  std::string zsh = Script(dir, "zsh");
  ToolResult parse = RunTool("zsh -n " + zsh);
  CHECK(parse.output == "");
  CHECK(parse.status == 0);
  // An interactive zsh in a pseudo-terminal, with grantcheck on its PATH.
  std::string bin_dir =
      std::string(GRANTCHECK_BINARY).substr(0, std::string(GRANTCHECK_BINARY).rfind('/'));
  auto shown = [&](const std::string& line) {
    ToolResult r =
        RunTool("PATH='" + bin_dir + "':$PATH timeout 30 zsh -f tests/tools/zsh_complete.zsh " +
                zsh + " '" + line + "'");
    REQUIRE(r.status == 0);
    return r.output;
  };
  CHECK(shown("grantcheck check --format j").find("json   jsonl  junit") != std::string::npos);
  std::string shells = shown("grantcheck completion ");
  CHECK(shells.find("bash") != std::string::npos);
  CHECK(shells.find("fish") != std::string::npos);
  std::string rules = shown("grantcheck rules ");
  CHECK(rules.find("list") != std::string::npos);
  CHECK(rules.find("trace") != std::string::npos);
}

TEST_CASE("completion: an unknown shell is a usage error") {
  CliResult r = RunCli("completion tcsh");
  CHECK(r.status == 2);
  CHECK(r.err.find("tcsh not in {bash,zsh,fish}") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
