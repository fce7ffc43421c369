// Hostile application text (tests/data/bad/hostile-text.yaml, and a file name
// as hostile) through every `check` and `schedule` format of the real binary:
// no raw terminal controls, no forged lines, and each format's own syntax intact.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The first character a terminal or a text renderer would act on, as
// "byte N: \xHH", or "" when there is none. CR is allowed only in a CRLF
// line end (ICS and CSV use them).
std::string FirstControl(const std::string& s) {
  auto at = [&](size_t i, const char* what) {
    return "byte " + std::to_string(i) + ": " + what;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const unsigned char c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    const unsigned char c2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
    if (c == '\r' && c1 == '\n') continue;
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return at(i, "C0 control or DEL");
    if (c == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) return at(i, "C1 control");
    // U+2028/2029 (line breaks), U+202A..202E (embeddings, overrides).
    if (c == 0xE2 && c1 == 0x80 && c2 >= 0xA8 && c2 <= 0xAE) return at(i, "line break or bidi");
    if (c == 0xE2 && c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9) return at(i, "bidi isolate");
  }
  return "";
}

// The hostile text tries to start lines of its own: none may.
void NoForgedLines(const std::string& out) {
  for (const std::string& line : Lines(out)) {
    INFO(line);
    CHECK_FALSE(line.starts_with("line2"));
    CHECK_FALSE(line.starts_with("::warning::forged"));
    CHECK_FALSE(line.starts_with("::error::forged"));
  }
}

// Unescaped '|' in a Markdown line: a backslash escapes the next character.
int Cells(const std::string& line) {
  int n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++n;
    }
  }
  return n;
}

// Every row of a Markdown table has as many cell borders as its header, and
// no application text turned into HTML.
void MarkdownIntact(const std::string& out) {
  int header = -1;
  for (const std::string& line : Lines(out)) {
    if (!line.starts_with("|")) {
      header = -1;
      continue;
    }
    if (header < 0) header = Cells(line);
    INFO(line);
    CHECK(Cells(line) == header);
  }
  CHECK_FALSE(Has(out, "<script>"));
  CHECK_FALSE(Has(out, "<b>"));
}

// Each line is a workflow command GitHub knows, with only the properties it
// knows: so application text never ends one command early or starts another.
void GithubIntact(const std::string& out) {
  for (const std::string& line : Lines(out)) {
    INFO(line);
    if (!line.starts_with("::")) {
      CHECK_FALSE(Has(line, "forged"));  // plain log lines hold no application text
      continue;
    }
    size_t name_end = line.find_first_of(" :", 2);
    REQUIRE(name_end != std::string::npos);
    std::string name = line.substr(2, name_end - 2);
    CHECK((name == "error" || name == "warning" || name == "notice" || name == "debug" ||
           name == "group" || name == "endgroup"));
    if (line[name_end] != ' ') continue;
    size_t props_end = line.find("::", name_end);
    REQUIRE(props_end != std::string::npos);
    std::istringstream props(line.substr(name_end + 1, props_end - name_end - 1));
    for (std::string prop; std::getline(props, prop, ',');) {
      std::string key = prop.substr(0, prop.find('='));
      CHECK((key == "file" || key == "line" || key == "col" || key == "title"));
      CHECK_FALSE(Has(prop.substr(key.size()), ":"));
    }
  }
}

// Runs `script` (no single quotes in it) with the system python3 on `file`,
// whose Debian packages (python3-icalendar) read our formats as users' tools do.
void PythonAccepts(const std::string& file, const std::string& script) {
  ToolResult r = RunTool(std::string(GRANTCHECK_PYTHON) + " -c '" + script + "' " + file);
  INFO(r.output);
  CHECK(r.status == 0);
}

struct Format {
  std::string command;  // check or schedule
  std::string name;
};

const std::vector<Format> kFormats = {
    {"check", "text"},     {"check", "json"},      {"check", "jsonl"},   {"check", "junit"},
    {"check", "sarif"},    {"check", "github"},    {"check", "markdown"},  {"check", "gitlab"},
    {"check", "csv"},      {"check", "csv-comma"},
    {"schedule", "text"},  {"schedule", "json"},   {"schedule", "csv"},  {"schedule", "ics"},
    {"schedule", "markdown"},
};

// Checks one report of `format` on `path`; `name` is how the file appears.
void CheckFormat(const Format& f, const std::string& path, const TempDir& scratch) {
  CliResult r = RunCli(f.command + " --lang en --format " + f.name + " '" + path + "'");
  INFO(f.command << " --format " << f.name << "\n" << r.out << r.err);
  CHECK(r.status == (f.command == "check" ? 1 : 0));
  CHECK(FirstControl(r.out) == "");
  NoForgedLines(r.out);
  // The text is there, made safe, not dropped.
  CHECK(Has(r.out, "forged"));
  if (f.name == "json" || f.name == "sarif" || f.name == "gitlab") {
    CHECK(nlohmann::json::accept(r.out));
  } else if (f.name == "jsonl") {
    for (const std::string& line : Lines(r.out)) CHECK(nlohmann::json::accept(line));
  } else if (f.name == "junit") {
    ToolResult lint = XmlLint(scratch.Write("report.xml", r.out));
    INFO(lint.output);
    CHECK(lint.status == 0);
  } else if (f.name == "github") {
    GithubIntact(r.out);
  } else if (f.name == "markdown") {
    MarkdownIntact(r.out);
  } else if (f.name == "csv" || f.name == "csv-comma") {
    // Python's csv module, as a spreadsheet import would read it: every row
    // as wide as the header, and no cell a formula. check's csv is `;`.
    const bool semicolon = f.command == "check" && f.name == "csv";
    PythonAccepts(scratch.Write("report.csv", r.out),
                  std::string("import csv, sys\n"
                  "rows = list(csv.reader(open(sys.argv[1], newline=\"\", encoding=\"utf-8-sig\"), "
                  "delimiter=\"") + (semicolon ? ";" : ",") + "\"))\n"
                  "assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows), rows\n"
                  "bad = [c for r in rows for c in r if c[:1] in (\"=\", \"+\", \"-\", \"@\")]\n"
                  "assert not bad, bad");
  } else if (f.name == "ics") {
    PythonAccepts(scratch.Write("schedule.ics", r.out),
                  "import icalendar, sys\n"
                  "cal = icalendar.Calendar.from_ical(open(sys.argv[1], \"rb\").read())\n"
                  "events = cal.walk(\"VEVENT\")\n"
                  "assert events and all(\"::error file=forged\" in str(e[\"SUMMARY\"]) for e in "
                  "events)");
    for (const std::string& line : Lines(r.out)) CHECK(line.size() <= 76);  // 75 and the CR
  }
}

TEST_CASE("hardening: hostile application text is inert in every output format") {
  TempDir scratch;
  for (const Format& f : kFormats) CheckFormat(f, "tests/data/bad/hostile-text.yaml", scratch);
}

TEST_CASE("hardening: a hostile file name is inert in every output format") {
  TempDir scratch;
  TempDir dir;
  // A name may hold anything but '/' and NUL; the directory walk finds it.
  dir.Write("forged\n::error::forged,x:y%0A \x1b[2J\xE2\x80\xAE.yaml",
            ReadFile(SourcePath("tests/data/bad/hostile-text.yaml")));
  for (const Format& f : kFormats) CheckFormat(f, dir.path(), scratch);
}

}  // namespace
}  // namespace grantcheck::testing
