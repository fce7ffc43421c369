// `grantcheck init` and `grantcheck schema` end to end, for all four programs:
// templates pass `check --draft`, and python3-jsonschema holds the examples to the schemas.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

const std::vector<std::string> kPrograms = {
    "familjen-helsingborg", "familjen-helsingborg-expoframtid", "fremfaerd-pulje-2015",
    "ostfold-prosjektskjonn-2018"};

// Every example application (examples/*.yaml, examples/ostfold-round/*.yaml)
// by the program its `program:` line names.
std::map<std::string, std::vector<std::string>> ExamplesByProgram() {
  std::map<std::string, std::vector<std::string>> by_program;
  for (const char* dir : {"examples", "examples/ostfold-round"}) {
    for (const auto& entry : std::filesystem::directory_iterator(SourcePath(dir))) {
      if (entry.path().extension() != ".yaml") continue;
      std::string text = ReadFile(entry.path().string());
      size_t at = text.find("\nprogram: ");
      REQUIRE_MESSAGE(at != std::string::npos, entry.path().string());
      size_t start = at + 10;
      by_program[text.substr(start, text.find('\n', start) - start)].push_back(entry.path().string());
    }
  }
  return by_program;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

TEST_CASE("init cli: the template of each program passes check --draft as it is") {
  TempDir dir;
  for (const std::string& program : kPrograms) {
    CAPTURE(program);
    std::string file = dir.File(program + ".yaml");
    CliResult init = RunCli("init --today 2025-11-23 --program " + program + " '" + file + "'");
    REQUIRE_MESSAGE(init.status == 0, init.err);
    CHECK(init.err.find("warning") == std::string::npos);
    std::string text = ReadFile(file);
    CHECK(text.starts_with("# yaml-language-server: $schema=" + program + ".schema.json\n"));
    CHECK(text.find("\nprogram: " + program + "\n") != std::string::npos);
    CliResult check = RunCli("check --draft --today 2025-11-23 '" + file + "'");
    CHECK_MESSAGE(check.status == 0, check.out);
    // Without --draft the empty template is not eligible: the to-dos are real.
    CHECK(RunCli("check --today 2025-11-23 '" + file + "'").status == 1);
  }
}

TEST_CASE("init cli: the JSON Schema the template names is written beside it, or named") {
  TempDir dir;
  std::string file = dir.File("ansokan.yaml");
  CliResult init = RunCli("init --program fremfaerd-pulje-2015 '" + file + "'");
  REQUIRE_MESSAGE(init.status == 0, init.err);
  const std::string schema = dir.File("fremfaerd-pulje-2015.schema.json");
  CHECK(ReadFile(schema) == RunCli("schema --program fremfaerd-pulje-2015").out);
  CHECK(init.err.find("fremfaerd-pulje-2015.schema.json") != std::string::npos);
  // One there already is kept; a template on standard output says how to write it.
  dir.Write("fremfaerd-pulje-2015.schema.json", "{}\n");
  CHECK(RunCli("init --program fremfaerd-pulje-2015 --force '" + file + "'").status == 0);
  CHECK(ReadFile(schema) == "{}\n");
  CHECK(RunCli("init --program fremfaerd-pulje-2015").err.find(
            "grantcheck schema --program fremfaerd-pulje-2015 -o "
            "fremfaerd-pulje-2015.schema.json") != std::string::npos);
  // Another name given with --schema-ref is only named.
  std::string other = dir.File("b.yaml");
  CHECK(RunCli("init --program ostfold-prosjektskjonn-2018 --schema-ref s.json '" + other + "'")
            .status == 0);
  CHECK_FALSE(std::filesystem::exists(dir.File("s.json")));
  CHECK_FALSE(std::filesystem::exists(dir.File("ostfold-prosjektskjonn-2018.schema.json")));
}

TEST_CASE("init cli: comments in the program's language, an existing file needs --force") {
  TempDir dir;
  std::string da = RunCli("init --program fremfaerd-pulje-2015").out;
  CHECK(da.find("Tjek udkastet") != std::string::npos);
  CHECK(da.find("\n# Projektets titel\ntitle: \"<<Projektets titel>>\"\n") != std::string::npos);
  CHECK(RunCli("init --program ostfold-prosjektskjonn-2018").out.find("NOK") != std::string::npos);
  std::string file = dir.Write("a.yaml", "title: mine\n");
  CliResult again = RunCli("init --program familjen-helsingborg '" + file + "'");
  CHECK(again.status == 2);
  CHECK(again.err.find("give --force") != std::string::npos);
  CHECK(ReadFile(file) == "title: mine\n");
  CHECK(RunCli("init --program familjen-helsingborg --force '" + file + "'").status == 0);
  CHECK(RunCli("init --program no-such-program").status == 2);
}

TEST_CASE("schema cli: every example and every template valid for its program's schema") {
  TempDir dir;
  std::map<std::string, std::vector<std::string>> examples = ExamplesByProgram();
  REQUIRE(examples.size() == kPrograms.size());
  for (const std::string& program : kPrograms) {
    CAPTURE(program);
    REQUIRE(!examples[program].empty());
    std::string schema = dir.File(program + ".schema.json");
    CliResult written = RunCli("schema --program " + program + " -o '" + schema + "'");
    REQUIRE_MESSAGE(written.status == 0, written.err);
    std::string tmpl = dir.File(program + ".yaml");
    REQUIRE(RunCli("init --today 2025-11-23 --program " + program + " '" + tmpl + "'").status == 0);
    std::vector<std::string> documents = examples[program];
    documents.push_back(tmpl);
    ToolResult valid = ValidateJson(schema, documents);  // also checks the schema itself
    CHECK_MESSAGE(valid.status == 0, valid.output);
  }
}

TEST_CASE("schema cli: python3-jsonschema rejects what check rejects") {
  TempDir dir;
  std::string schema = dir.File("fh.schema.json");
  REQUIRE(RunCli("schema --program familjen-helsingborg -o '" + schema + "'").status == 0);
  std::string good = ReadFile(SourcePath("examples/passes.yaml"));
  const std::vector<std::pair<std::string, std::string>> broken = {
      {"type", Replace(good, "requested: 720000", "requested: sjuhundratusen")},
      {"unknown-key", Replace(good, "summary: >-", "sumary: >-")},
      {"enum", Replace(good, "kind: academia", "kind: university")},
      {"program", Replace(good, "program: familjen-helsingborg", "program: fremfaerd-pulje-2015")},
      {"required", Replace(good, "title: Trygg natt", "#title: Trygg natt")},
      {"date", Replace(good, "start: 2025-09-01", "start: 1 september 2025")},
  };
  // An unknown key is a warning in check, so both sides are strict here.
  const std::string check = "check --draft --fail-on warning ";
  REQUIRE(RunCli(check + "examples/passes.yaml").status == 0);
  for (const auto& b : broken) {
    const auto& name = b.first;  // not a structured binding: CAPTURE's lambda (clang 14)
    const auto& text = b.second;
    CAPTURE(name);
    ToolResult r = ValidateJson(schema, {dir.Write(name + ".yaml", text)});
    CHECK_MESSAGE(r.status == 1, r.output);
    CHECK(RunCli(check + "'" + dir.File(name + ".yaml") + "'").status != 0);
  }
}

TEST_CASE("schema cli: descriptions in the program's language, or --lang") {
  std::string da = RunCli("schema --program fremfaerd-pulje-2015").out;
  CHECK(da.find("\"const\": \"fremfaerd-pulje-2015\"") != std::string::npos);
  CHECK(da.find("\"description\": \"Projektets titel\"") != std::string::npos);
  CHECK(da.find("\"description\": \"Project title\"") == std::string::npos);
  std::string nb = RunCli("schema --program ostfold-prosjektskjonn-2018").out;
  CHECK(nb.find("\"description\": \"Prosjektets tittel\"") != std::string::npos);
  CHECK(da.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"") !=
        std::string::npos);
  std::string sv = RunCli("schema --program familjen-helsingborg").out;
  CHECK(sv.find("\"description\": \"Projektets namn\"") != std::string::npos);
  std::string en = RunCli("schema --lang en --program familjen-helsingborg").out;
  CHECK(en.find("\"description\": \"Project title\"") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
