// A secretariat's round end to end: each application's key facts in every
// overview format, text's verdict line per application, `--format csv` read
// back by Python's csv module with each delimiter, and the duplicate warning.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <tuple>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// Runs `script` with Debian's Python on `data` (passed as argv[1]) and
// returns what it prints; the script's failure fails the test.
std::string Python(const std::string& script, const std::string& data) {
  TempDir dir;
  std::string script_file = dir.Write("script.py", script);
  std::string data_file = dir.Write("data", data);
  ToolResult r =
      RunTool(std::string(GRANTCHECK_PYTHON) + " '" + script_file + "' '" + data_file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  return r.output;
}

// An application with hostile text in every text fact and a decimal amount.
constexpr std::string_view kHostile = R"YAML(program: familjen-helsingborg
title: "=cmd|' /C calc'!A0 \"quoted\"; semi, comma\nnew line"
summary: Något helt eget.
applicant:
  organisation: "@SUM(1+1)"
  municipality: Helsingborg
municipalities: ["Höganäs; kommun", "-2+3"]
period:
  start: 2025-09-01
budget:
  currency: SEK
  requested: 1234.5
)YAML";

// Reads a csv report with `delimiter` and prints each data row's cells of
// interest, one per line, so that the test sees them as Python does.
constexpr std::string_view kReadCsv = R"PY(
import csv, sys
delimiter = sys.argv[2] if len(sys.argv) > 2 else ';'
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8-sig'),
                           delimiter=DELIM))
for r in rows:
    assert None not in r, 'a row has more cells than the header'
    for key in ('file', 'title', 'applicant', 'municipalities', 'start', 'end', 'requested',
                'currency', 'total_budget', 'status', 'errors', 'warnings', 'todos', 'attention'):
        print(key + '=' + r[key])
)PY";

std::string ReadCsv(const std::string& csv, char delimiter) {
  std::string script(kReadCsv);
  script.replace(script.find("DELIM"), 5, std::string("'") + delimiter + "'");
  return Python(script, csv);
}

TEST_CASE("round: the key facts of an application are in json, jsonl, text, markdown and csv") {
  const std::string app = "examples/passes.yaml";
  nlohmann::json json = nlohmann::json::parse(RunCli("check --format json " + app).out);
  const nlohmann::json& facts = json["applications"][0]["facts"];
  CHECK(facts["title"] == "Trygg natt – digital nattillsyn i hemtjänsten");
  CHECK(facts["applicant"] == "Vård- och omsorgsförvaltningen, Helsingborgs stad");
  CHECK(facts["municipalities"] ==
        nlohmann::json::array({"Helsingborgs stad", "Höganäs kommun", "Ängelholm"}));
  CHECK(facts["period"] == nlohmann::json({{"start", "2025-09-01"}, {"end", "2026-08-31"}}));
  CHECK(facts["requested"] == 720000);
  CHECK(facts["currency"] == "SEK");
  CHECK(facts["total_budget"] == 820000);  // the sum of budget.lines

  nlohmann::json line = nlohmann::json::parse(RunCli("check --format jsonl " + app).out);
  CHECK(line["facts"] == facts);

  std::string text = RunCli("check " + app).out;
  CHECK(Has(text, "examples/passes.yaml: godkänd (0 fel, 0 varningar, 0 att göra, "));
  CHECK(
      Has(text,
          "\n  Trygg natt – digital nattillsyn i hemtjänsten · sökande: Vård- och "
          "omsorgsförvaltningen, Helsingborgs stad · kommuner: Helsingborgs stad, Höganäs "
          "kommun, Ängelholm · projekttid: 2025-09-01–2026-08-31 · sökt: 720\u00a0000 SEK · total "
          "budget: 820\u00a0000 SEK\n"));

  std::string markdown = RunCli("check --format markdown " + app).out;
  CHECK(Has(markdown,
            "Trygg natt – digital nattillsyn i hemtjänsten · sökande: Vård- och "
            "omsorgsförvaltningen, Helsingborgs stad · kommuner: "));
  CHECK(Has(markdown, "sökt: 720\u00a0000 SEK · total budget: 820\u00a0000 SEK\n"));

  CHECK(ReadCsv(RunCli("check --format csv " + app).out, ';') ==
        "file=examples/passes.yaml\n"
        "title=Trygg natt – digital nattillsyn i hemtjänsten\n"
        "applicant=Vård- och omsorgsförvaltningen, Helsingborgs stad\n"
        "municipalities=Helsingborgs stad, Höganäs kommun, Ängelholm\n"
        "start=2025-09-01\nend=2026-08-31\nrequested=720000\ncurrency=SEK\n"
        "total_budget=820000\nstatus=pass\nerrors=0\nwarnings=0\ntodos=0\nattention=1\n");
}

TEST_CASE("round: absent facts are absent, not invented") {
  TempDir dir;
  std::string app = dir.Write("bare.yaml", "program: familjen-helsingborg\ntitle: Bara en titel\n");
  nlohmann::json json = nlohmann::json::parse(RunCli("check --format json '" + app + "'").out);
  CHECK(json["applications"][0]["facts"] == nlohmann::json({{"title", "Bara en titel"}}));
  std::string text = RunCli("check --lang en '" + app + "'").out;
  CHECK(Has(text, "bare.yaml: failed ("));
  CHECK(Has(text, ")\n  Bara en titel\n"));
  // An unreadable file has no facts at all, and no facts line.
  nlohmann::json broken =
      nlohmann::json::parse(RunCli("check --format json tests/data/cli/bad-syntax.yaml").out);
  CHECK(broken["applications"][0]["facts"] == nlohmann::json::object());
  CHECK(RunCli("check --lang en tests/data/cli/bad-syntax.yaml").out.find("\n  ") ==
        std::string::npos);
}

TEST_CASE("round: text has a verdict line per application in each language, also with --quiet") {
  const std::string apps =
      "examples/passes.yaml examples/fails.yaml tests/data/cli/bad-syntax.yaml";
  std::string sv = RunCli("check --quiet " + apps).out;
  CHECK(
      sv.starts_with("examples/passes.yaml: godkänd (0 fel, 0 varningar, 0 att göra, 1 "
                     "kräver din uppmärksamhet)\n  Trygg natt"));
  CHECK(Has(sv, "\nexamples/fails.yaml: underkänd ("));
  CHECK(Has(sv,
            "\ntests/data/cli/bad-syntax.yaml: oläsbar (1 fel, 0 varningar, 0 att göra, 0 "
            "kräver din uppmärksamhet)\n"));
  CHECK(Has(RunCli("check -q --lang en " + apps).out,
            "examples/passes.yaml: passed (0 errors, 0 warnings, 0 to-dos, 1 needs your attention)\n"));
  CHECK(Has(RunCli("check -q --lang da " + apps).out,
            "tests/data/cli/bad-syntax.yaml: ulæselig (1 fejl, 0 advarsler, 0 gøremål, 0 kræver "
            "din opmærksomhed)\n"));
  CHECK(Has(RunCli("check -q --lang nb " + apps).out, "examples/fails.yaml: ikke godkjent ("));
}

TEST_CASE("round: csv is read by Python's csv module with each delimiter, hostile text intact") {
  TempDir dir;
  std::string hostile = dir.Write("hostile.yaml", std::string(kHostile));
  std::string args = " examples/passes.yaml '" + hostile + "' tests/data/cli/bad-syntax.yaml";
  std::string expected_hostile =
      "title='=cmd|' /C calc'!A0 \"quoted\"; semi, comma new line\n"
      "applicant='@SUM(1+1)\n"
      "municipalities=Höganäs; kommun, -2+3\n"
      "start=2025-09-01\nend=\nrequested=1234DECIMAL5\ncurrency=SEK\ntotal_budget=\n";
  for (auto c : {std::tuple{"csv", ';', ","}, {"csv-comma", ',', "."}}) {
    // Not a structured binding: CAPTURE's lambda cannot capture one in clang 14.
    const char* format = std::get<0>(c);
    const char delimiter = std::get<1>(c);
    const char* mark = std::get<2>(c);
    CAPTURE(format);
    CliResult r = RunCli(std::string("check --format ") + format + args);
    CHECK(r.status == 2);  // the unreadable file
    CHECK(r.out.find("\r\n") != std::string::npos);
    std::string rows = ReadCsv(r.out, delimiter);
    std::string want = expected_hostile;
    want.replace(want.find("DECIMAL"), 7, mark);
    CHECK(Has(rows, "file=" + hostile + "\n" + want));
    CHECK(Has(rows,
              "file=tests/data/cli/bad-syntax.yaml\ntitle=\napplicant=\nmunicipalities=\n"
              "start=\nend=\nrequested=\ncurrency=\ntotal_budget=\nstatus=input_error\n"));
    CHECK(Has(rows, "file=examples/passes.yaml\n"));
  }
  // The same facts in json are the text as given (cleaned, not defused), and
  // the amount the exact number; in markdown they are inert.
  nlohmann::json json = nlohmann::json::parse(RunCli("check --format json" + args).out);
  const nlohmann::json& facts = json["applications"][1]["facts"];
  CHECK(facts["title"] == "=cmd|' /C calc'!A0 \"quoted\"; semi, comma new line");
  CHECK(facts["applicant"] == "@SUM(1+1)");
  CHECK(facts["requested"] == 1234.5);
  CHECK(!facts.contains("total_budget"));
  CHECK(facts["period"] == nlohmann::json({{"start", "2025-09-01"}}));
  std::string markdown = RunCli("check --format markdown" + args).out;
  CHECK(Has(markdown,
            "\n=cmd\\|' /C calc'\\!A0 \"quoted\"; semi, comma new line · sökande: "
            "<!-- -->@SUM(1+1) · kommuner: Höganäs; kommun, -2+3 · projekttid: "
            "2025-09-01– · sökt: 1234,5 SEK\n"));
}

TEST_CASE(
    "round: two applications with the same title or summary each get a warning naming the other") {
  TempDir dir;
  std::string a = dir.Write("a.yaml",
                            "program: familjen-helsingborg\ntitle: Trygg natt\n"
                            "summary: Tre kommuner testar.\n");
  std::string b = dir.Write("b.yaml",
                            "program: familjen-helsingborg\ntitle: '  TRYGG   natt '\n"
                            "summary: Något annat.\n");
  std::string c = dir.Write("c.yaml",
                            "program: familjen-helsingborg\ntitle: En annan\n"
                            "summary: tre  KOMMUNER testar.\n");
  std::string files = " '" + a + "' '" + b + "' '" + c + "'";
  for (std::string jobs : {"1", "2"}) {
    CAPTURE(jobs);
    std::string text = RunCli("check --lang en --jobs " + jobs + files).out;
    CHECK(Has(text, a + ":2:8: warning app-duplicate: title: the same title as " + b +
                        "; make sure it is not one application twice\n"));
    CHECK(Has(text, a + ":3:10: warning app-duplicate: summary: the same summary as " + c));
    CHECK(Has(text, b + ":2:8: warning app-duplicate: title: the same title as " + a + ";"));
    CHECK(Has(text, c + ":3:10: warning app-duplicate: summary: the same summary as " + a + ";"));
    CHECK(!Has(text, c + ":2:8: warning app-duplicate"));
    CHECK(!Has(text, b + ":3:10: warning app-duplicate"));
    // Streamed: the first line is written before the last file is checked,
    // and holds its warning all the same.
    std::string jsonl = RunCli("check --format jsonl --jobs " + jobs + files).out;
    nlohmann::json first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
    int warnings = 0;
    for (const auto& f : first["findings"]) warnings += f["rule"] == "app-duplicate";
    CHECK(warnings == 2);
  }
  CHECK(Has(RunCli("check" + files).out, "title: samma titel som " + b));
  CHECK(Has(RunCli("check --lang da" + files).out, "title: samme titel som " + b));
  CHECK(Has(RunCli("check --lang nb" + files).out, "summary: samme sammendrag som " + c));
  // A file alone, or checked with files it does not share a text with, has none.
  CHECK(!Has(RunCli("check --lang en '" + a + "'").out, "app-duplicate"));
  // Many copies: five are named, the rest counted, so the message stays short.
  std::string copies;
  for (int i = 0; i < 8; ++i) {
    copies += " '" +
              dir.Write("copy" + std::to_string(i) + ".yaml",
                        "program: familjen-helsingborg\ntitle: Kopia\n") +
              "'";
  }
  std::string many = RunCli("check --lang en" + copies).out;
  CHECK(Has(many, "copy0.yaml:2:8: warning app-duplicate: title: the same title as " +
                      dir.File("copy1.yaml") + ", " + dir.File("copy2.yaml") + ", " +
                      dir.File("copy3.yaml") + ", " + dir.File("copy4.yaml") + ", " +
                      dir.File("copy5.yaml") + " and 2 more; make sure"));
  CHECK(Has(RunCli("check" + copies).out, dir.File("copy5.yaml") + " och 2 till; se till"));
  // One file named twice is not its own duplicate.
  CHECK(!Has(RunCli("check --lang en '" + a + "' '" + dir.path() + "/./a.yaml'").out,
             "app-duplicate"));
}

}  // namespace
}  // namespace grantcheck::testing
