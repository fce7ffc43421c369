// Every subcommand of the real binary, fed a rule file, a rule test file and
// an application whose texts hold every control character: nothing a terminal
// would act on reaches standard output or standard error, and no line is forged.
#include <doctest/doctest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

// Every C0 control but NUL (TOML strings cannot hold it; the application's
// does), DEL, every C1 control, colour and title escape sequences, a
// right-to-left override, and a line break before a forged workflow command.
std::vector<char32_t> HostileCodePoints(bool with_nul) {
  std::vector<char32_t> cps;
  for (char32_t c = with_nul ? 0 : 1; c < 0x20; ++c) cps.push_back(c);
  for (char32_t c = 0x7f; c <= 0x9f; ++c) cps.push_back(c);
  for (char c : std::string("\x1b[31mred\x1b[0m\x1b]0;title\x07 ")) cps.push_back(c);
  cps.push_back(0x202e);
  for (char c : std::string("\r\n::error::forged\rx\n")) cps.push_back(c);
  return cps;
}

// As a TOML basic string's contents (\uXXXX escapes); without CR and LF for
// an expression's string literal, which must end on its line.
std::string TomlText(bool breaks = true) {
  std::string out;
  char buf[16];
  for (char32_t c : HostileCodePoints(false)) {
    if (!breaks && (c == '\r' || c == '\n')) continue;
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out;
}

// As a YAML double-quoted scalar's contents (\xXX and \uXXXX escapes).
std::string YamlText() {
  std::string out;
  char buf[16];
  for (char32_t c : HostileCodePoints(true)) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02X" : "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out;
}

std::string RuleFile() {
  const std::string h = TomlText();
  // An expression's string literal holds the same characters, raw, and a
  // line break written as the expression language's escape.
  const std::string lit = "\\\"" + TomlText(false) + "\\\\n::error::forged\\\"";
  return "[program]\nid = \"hostile\"\nname = \"" + h +
         "\"\nlanguage = \"en\"\ncurrency = \"SEK\"\n\n"
         "[params]\nlabel = \"" + h + "\"\n\n"
         "[[fields]]\nname = \"note\"\ntype = \"string\"\nvalues = [\"" + h + "\"]\n"
         "description = \"" + h + "\"\n\n"
         "[[rules]]\nid = \"H-TITLE\"\nseverity = \"error\"\ntitle = \"" + h +
         "\"\nsource = \"" + h + "\"\nat = \"title\"\ncheck = \"title == " + lit +
         "\"\nmessage = \"" + h + " {title} {params.label} {" + lit + "}\"\n\n"
         "[[rules]]\nid = \"H-WHEN\"\nseverity = \"warning\"\ntitle = \"" + h +
         "\"\nsource = \"" + h + "\"\nwhen = \"" + lit + "\"\ncheck = \"true\"\nmessage = \"" + h +
         "\"\n\n"
         "[[rules]]\nid = \"H-MISSING\"\nseverity = \"error\"\ntitle = \"" + h + "\"\nsource = \"" +
         h + "\"\ncheck = \"has(note) && note != " + lit + "\"\nmessage = \"" + h + "\"\n\n"
         "[[deadlines]]\nid = \"h-deadline\"\ntitle = \"" + h + "\"\nnote = \"" + h +
         "\"\nsource = \"" + h + "\"\ndate = \"submitted\"\n\n"
         "[[deadlines]]\nid = \"h-undated\"\ntitle = \"" + h + "\"\nnote = \"" + h +
         "\"\nsource = \"" + h + "\"\ndate = \"nothing\"\n";
}

std::string Application() {
  const std::string h = YamlText();
  return "program: hostile\ntitle: \"" + h + "\"\nnote: \"" + h +
         "\"\nsubmitted: 2025-04-15\nlist: [\"" + h + "\"]\n\"" + h + "\": 1\n";
}

std::string TestFile(const std::string& rules) {
  const std::string h = YamlText();
  return "rules: " + rules + "\nbase_inline:\n  program: hostile\n  title: \"" + h +
         "\"\n  submitted: 2025-04-15\ncases:\n  - name: \"" + h +
         "\"\n    set: { note: \"" + h + "\" }\n    expect: { H-TITLE: pass, H-MISSING: pass }\n"
         "  - name: \"" + h + " second\"\n    expect: { H-TITLE: { status: fail, message: \"" + h +
         "\" } }\n";
}

// The first byte a terminal would act on, as "byte N: what", or "". CR is
// allowed only in a CRLF line end, and only where the format needs it (csv, ics).
std::string FirstControl(const std::string& s, bool crlf) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    const auto c2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
    const std::string at = "byte " + std::to_string(i) + ": ";
    if (crlf && c == '\r' && c1 == '\n') continue;
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return at + "C0 control or DEL";
    if (c == 0xc2 && c1 >= 0x80 && c1 <= 0x9f) return at + "C1 control";
    if (c == 0xe2 && c1 == 0x80 && c2 >= 0xa8 && c2 <= 0xae) return at + "line break or bidi";
  }
  return "";
}

bool Forged(const std::string& s) {
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("::error::forged")) return true;
  }
  return false;
}

struct Run {
  std::string args;
  bool crlf = false;
};

TEST_CASE("every output: no control character from a file reaches any subcommand's output") {
  TempDir dir;
  const std::string rules = dir.Write("hostile.toml", RuleFile());
  const std::string app = dir.Write("hostile.yaml", Application());
  const std::string tests = dir.Write("hostile.tests.yaml", TestFile(rules));
  // Broken files: diagnostics quote their lines.
  const std::string h = TomlText();
  const std::string broken_rules =
      dir.Write("broken.toml", "[program]\nid = \"broken\"\nname = \"\x1b[31m\x07\" oops \x1b]0;x\x07\n");
  const std::string broken_expr = dir.Write(
      "broken-expr.toml", "[program]\nid = \"b\"\nname = \"b\"\nlanguage = \"en\"\n"
                          "currency = \"SEK\"\n[[rules]]\nid = \"B-1\"\nseverity = \"error\"\n"
                          "title = \"t\"\nsource = \"s\"\ncheck = \"title == 1 +\"\nmessage = \"" +
                              h + "\"\n");
  const std::string broken_app =
      dir.Write("broken.yaml", "program: hostile\ntitle: [\x1b[31m\x07\x7f oops\n");
  const std::string broken_tests =
      dir.Write("broken.tests.yaml", "rules: " + rules + "\ncases:\n  - name: \"" + YamlText() +
                                         "\"\n    expect: { \"" + YamlText() + "\": pass }\n");
  const std::string funder_text = dir.Write("funder.txt", "\x1b[31m nothing \x07\n");
  const std::string r = " --rules '" + rules + "' ";
  std::vector<Run> runs;
  for (const char* f : {"text", "json", "jsonl", "sarif", "junit", "github", "markdown"}) {
    runs.push_back({"check --today 2025-05-01 --format " + std::string(f) + r + "'" + app + "'"});
  }
  runs.push_back({"check --today 2025-05-01" + r + "--draft '" + app + "'"});
  for (const char* f : {"text", "json", "markdown"}) {
    runs.push_back({"schedule --today 2025-05-01 --format " + std::string(f) + r + "'" + app + "'"});
  }
  for (const char* f : {"csv", "ics"}) {
    runs.push_back({"schedule --today 2025-05-01 --format " + std::string(f) + r + "'" + app + "'",
                    true});
  }
  for (const char* id : {"H-TITLE", "H-WHEN", "H-MISSING"}) {
    runs.push_back({"explain " + std::string(id) + r + "'" + app + "'"});
    runs.push_back({"explain " + std::string(id) + r});
    runs.push_back({"rules show " + std::string(id) + r});
  }
  runs.push_back({"eval \"$(printf '\"\\033[31m\\007\\r\\n::error::forged\" == 1')\""});
  runs.push_back({"eval \"$(printf '\"\\033[31m\\007\\r\\n::error::forged\" +')\""});
  runs.push_back({"rules list" + r});
  runs.push_back({"rules lint '" + rules + "'"});
  runs.push_back({"rules lint --text '" + funder_text + "' '" + rules + "'"});
  runs.push_back({"rules lint '" + broken_rules + "' '" + broken_expr + "'"});
  runs.push_back({"init --program hostile" + r});
  runs.push_back({"schema --program hostile" + r});
  runs.push_back({"test --today 2025-05-01" + r + "'" + tests + "'"});
  runs.push_back({"test '" + tests + "'"});
  runs.push_back({"test '" + broken_tests + "'"});
  runs.push_back({"check --rules '" + broken_rules + "' '" + app + "'"});
  runs.push_back({"check --rules '" + broken_expr + "' '" + app + "'"});
  runs.push_back({"check" + r + "'" + broken_app + "'"});
  runs.push_back({"explain H-TITLE" + r + "'" + broken_app + "'"});
  runs.push_back({"schedule" + r + "'" + broken_app + "'"});
  for (const Run& run : runs) {
    CliResult result = RunCli(run.args);
    INFO(run.args);
    INFO("stdout: " << result.out);
    INFO("stderr: " << result.err);
    CHECK(result.status >= 0);
    CHECK(result.status <= 2);
    CHECK(FirstControl(result.out, run.crlf) == "");
    CHECK(FirstControl(result.err, false) == "");
    CHECK_FALSE(Forged(result.out));
    CHECK_FALSE(Forged(result.err));
  }
}

// The walk above would pass on a binary that refused the hostile files before
// printing anything; these show the texts were really read and shown.
TEST_CASE("every output: the hostile files load, and their texts are shown stripped") {
  TempDir dir;
  const std::string rules = dir.Write("hostile.toml", RuleFile());
  const std::string app = dir.Write("hostile.yaml", Application());
  CliResult list = RunCli("rules list --rules '" + rules + "'");
  CHECK(list.status == 0);
  CHECK(list.out.find("H-TITLE") != std::string::npos);
  CliResult check = RunCli("check --today 2025-05-01 --rules '" + rules + "' '" + app + "'");
  INFO(check.out);
  INFO(check.err);
  CHECK(check.status == 1);
  CHECK(check.out.find("H-TITLE") != std::string::npos);
  CliResult explain = RunCli("explain H-TITLE --rules '" + rules + "' '" + app + "'");
  CHECK(explain.status == 1);
  // The title's text as StripControl shows it: controls as U+FFFD, breaks as spaces.
  CHECK(explain.out.find("red\xEF\xBF\xBD[0m") != std::string::npos);
  CHECK(explain.out.find("  ::error::forged") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
