// Issue 17's threats around files, end to end with the real binary: what a
// rule file may read, what -o may replace, what may block, what is not silent.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include "base/sha256.h"
#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

namespace fs = std::filesystem;

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// Runs the sh `script` in the source tree's root, with `gc` as the grantcheck
// binary under a time limit (a run that blocks fails the test with status
// 124 instead of hanging the suite) and T as `dir`. Standard output and
// standard error are kept apart.
CliResult Sh(const TempDir& dir, const std::string& script) {
  const std::string prelude = "set -u\nT='" + dir.path() + "'\nGC='" + GRANTCHECK_BINARY +
                              "'\nexport NO_COLOR=1\ngc() { timeout -k 5 60 \"$GC\" \"$@\"; }\n";
  const std::string file = dir.Write(".script.sh", prelude + script + "\n");
  const std::string out = dir.File(".out"), err = dir.File(".err");
  ToolResult r = RunTool("sh '" + file + "' >'" + out + "' 2>'" + err + "'");
  return CliResult{r.status, ReadFile(out), ReadFile(err)};
}

bool Root() { return ::geteuid() == 0; }

bool IsCharDevice(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

// A rule file that loads: [program] and nothing else.
std::string Program(const std::string& id) {
  return "[program]\nid = \"" + id + "\"\nname = \"N\"\nlanguage = \"en\"\ncurrency = \"SEK\"\n";
}

// --- item 1: a rule file cannot read, or print, a file outside the rules ---

TEST_CASE("io threats: extends may not leave the directories rules are loaded from") {
  TempDir dir;
  // Valid TOML that is no rule file: loaded as a base, its unknown key and
  // its line would be quoted in the diagnostics.
  dir.Write("secret.toml", "token = \"SECRET-7f3a\"\n");
  dir.Write("rules/up.toml", Program("up") + "extends = \"../secret.toml\"\n");
  dir.Write("rules/absolute.toml", Program("ab") + "extends = \"" + dir.File("secret.toml") + "\"\n");
  dir.Write("rules/passwd.toml", Program("pw") + "extends = \"/etc/passwd\"\n");
  fs::create_symlink(dir.File("secret.toml"), dir.File("rules/link.toml"));
  dir.Write("rules/via-link.toml", Program("vl") + "extends = \"link.toml\"\n");
  const struct {
    std::string file;
    std::string message;
  } cases[] = {
      {"up.toml", "up.toml:6:11: error: '../secret.toml' is outside the directories rules are "
                  "loaded from; extends may name only a rule file there [rules-extends]"},
      {"absolute.toml", "absolute.toml:6:11: error: '" + dir.File("secret.toml") +
                            "' is outside the directories rules are loaded from"},
      {"passwd.toml", "passwd.toml:6:11: error: '/etc/passwd' is not a rule file: its name must "
                      "end in .toml [rules-extends]"},
      {"via-link.toml", "via-link.toml:6:11: error: 'link.toml' is outside the directories rules "
                        "are loaded from"},
  };
  for (const auto& c : cases) {
    CliResult r = Sh(dir, "gc check --rules \"$T/rules/" + c.file + "\" examples/passes.yaml");
    INFO(c.file << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(Has(r.err, c.message));
    CHECK_FALSE(Has(r.err + r.out, "SECRET"));
    CHECK_FALSE(Has(r.err + r.out, "root:"));
  }
}

TEST_CASE("io threats: extends reaches every directory of the rules path, and no further") {
  TempDir dir;
  dir.Write("shipped/base.toml", Program("base"));
  dir.Write("local/child.toml", Program("child") + "extends = \"../shipped/base.toml\"\n");
  CliResult both = Sh(dir, "GRANTCHECK_RULES_PATH=\"$T/local:$T/shipped\" gc rules list");
  INFO(both.err);
  CHECK(both.status == 0);
  CHECK(Has(both.out, "child"));
  CliResult alone = Sh(dir, "gc rules list --rules \"$T/local\"");
  CHECK(alone.status == 2);
  CHECK(Has(alone.err, "'../shipped/base.toml' is outside the directories rules are loaded from"));
}

TEST_CASE("io threats: a file not named *.toml is never read as a rule file, so never quoted") {
  TempDir dir;
  const std::string env = dir.Write(".env", "TOKEN = \"SECRET-7f3a\"\n");
  CliResult r = Sh(dir, "gc check --rules \"$T/.env\" examples/passes.yaml");
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(Has(r.err, env + ": error: cannot read the rule file: a rule file's name ends in .toml, "
                         "and no other file is read as one [rules-read]"));
  CHECK_FALSE(Has(r.err + r.out, "SECRET"));
}

// --- item 2: -o writes a device, FIFO or terminal in place; links are refused ---

TEST_CASE("io threats: -o to a FIFO writes into it and leaves it a FIFO") {
  TempDir dir;
  CliResult r = Sh(dir,
                   "mkfifo \"$T/out.fifo\"\n"
                   "timeout 20 cat \"$T/out.fifo\" >\"$T/got.json\" &\n"
                   "gc check --format json -o \"$T/out.fifo\" examples/passes.yaml; s=$?\n"
                   "wait\ntest -p \"$T/out.fifo\" || echo NOT-A-FIFO-ANY-MORE\nexit $s");
  INFO(r.err << r.out);
  CHECK(r.status == 0);
  CHECK_FALSE(Has(r.out, "NOT-A-FIFO-ANY-MORE"));
  nlohmann::json report = nlohmann::json::parse(ReadFile(dir.File("got.json")), nullptr, false);
  REQUIRE_FALSE(report.is_discarded());
  CHECK(report.dump().find("passes.yaml") != std::string::npos);
}

// As root a device node of our own (never the real /dev/null or /dev/full,
// which the old code would have renamed over); as another user the real one,
// whose directory such a user cannot rename into.
std::string Device(const TempDir& dir, const std::string& name, int minor) {
  if (!Root()) return "/dev/" + name;
  const std::string path = dir.File(name);
  REQUIRE(Sh(dir, "mknod \"$T/" + name + "\" c 1 " + std::to_string(minor)).status == 0);
  REQUIRE(IsCharDevice(path));
  return path;
}

TEST_CASE("io threats: -o to a character device writes to it and it stays a device") {
  TempDir dir;
  const std::string null = Device(dir, "null", 3);
  CliResult r = Sh(dir, "gc check --format sarif=" + null + " examples/passes.yaml");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(IsCharDevice(null));
  const std::string full = Device(dir, "full", 7);
  CliResult f = Sh(dir, "gc check --format json -o " + full + " examples/passes.yaml");
  CHECK(f.status == 2);
  CHECK(Has(f.err, "grantcheck: error: cannot write '" + full +
                       "': write error: No space left on device"));
  CHECK(IsCharDevice(full));
}

TEST_CASE("io threats: -o refuses a symbolic link to a file and leaves link and file alone") {
  TempDir dir;
  const std::string target = dir.Write("elsewhere.json", "old\n");
  fs::create_symlink(target, dir.File("report.json"));
  CliResult r = Sh(dir, "gc check --format json -o \"$T/report.json\" examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.err, "grantcheck: error: cannot write '" + dir.File("report.json") +
                       "': is a symbolic link; a report is not written through a link to a file"));
  CHECK(fs::is_symlink(dir.File("report.json")));
  CHECK(ReadFile(target) == "old\n");
  // A link to a stream is written through, as the stream itself would be:
  // /dev/stdout when standard output is a pipe.
  CliResult out = Sh(dir, "{ gc check --format json -o /dev/stdout examples/passes.yaml; "
                          "echo \"status $?\" >&2; } | cat");
  CHECK(out.err == "status 0\n");
  CHECK(Has(out.out, "passes.yaml"));
}

// --- item 3: nothing that is not a regular file is read, and nothing blocks ---

TEST_CASE("io threats: a FIFO named as an application is refused and the batch goes on") {
  TempDir dir;
  CliResult r = Sh(dir, "mkfifo \"$T/pipe.yaml\"\ngc check --lang en \"$T/pipe.yaml\" examples/fails.yaml");
  INFO(r.out << r.err);
  CHECK(r.status == 2);
  CHECK(Has(r.out, "pipe.yaml: error app-read: cannot read: is a FIFO (named pipe), not a regular file"));
  CHECK(Has(r.out, "examples/fails.yaml:"));
  // Found by a directory walk, it is reported the same way.
  CliResult walk = Sh(dir, "cp examples/passes.yaml \"$T/ok.yaml\"\ngc check --lang en \"$T\"");
  CHECK(walk.status == 2);
  CHECK(Has(walk.out, "pipe.yaml: error app-read: cannot read: is a FIFO"));
}

TEST_CASE("io threats: a FIFO as an extends target or a cache entry does not block") {
  TempDir dir;
  dir.Write("rules/child.toml", Program("child") + "extends = \"base.toml\"\n");
  CliResult r = Sh(dir, "mkfifo \"$T/rules/base.toml\"\ngc check --rules \"$T/rules\" examples/passes.yaml");
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(Has(r.err, "base.toml: error: cannot read the rule file: is a FIFO (named pipe)"));
  // The compiled-rules cache keeps one entry per rule file, named by the hash
  // of its absolute path (rule_cache.cc).
  const std::string rules = SourcePath("rules/familjen-helsingborg.toml");
  const std::string entry = Sha256Hex(rules).substr(0, 32) + ".rules";
  CliResult c = Sh(dir, "mkdir -m 700 \"$T/cache\" && mkfifo \"$T/cache/" + entry +
                            "\"\nGRANTCHECK_CACHE_DIR=\"$T/cache\" gc check --rules " + rules +
                            " examples/passes.yaml");
  INFO(c.err);
  CHECK(c.status == 0);
  CHECK(fs::is_fifo(dir.File("cache/" + entry)));
}

// --- item 4: an unreadable directory is an input error, not a silent skip ---

TEST_CASE("io threats: a directory that cannot be read is an input error naming it") {
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  // Root reads through permission bits, so as root the run is another user's.
  const std::string as = Root() ? "setpriv --reuid=nobody --regid=nogroup --clear-groups " : "";
  // The other user runs copies of the binary and the rule file in the
  // temporary directory: the checkout itself may be closed to them (a clone
  // under a mktemp directory is 0700).
  const std::string setup =
      "mkdir -p \"$T/apps/locked\" \"$T/bin\" && cp examples/passes.yaml \"$T/apps/ok.yaml\" && "
      "cp examples/fails.yaml \"$T/apps/locked/fails.yaml\" && chmod 000 \"$T/apps/locked\" && "
      "cp \"$GC\" \"$T/bin/grantcheck\" && cp rules/familjen-helsingborg.toml \"$T/bin/\" && "
      "chmod -R a+rX \"$T/bin\" \"$T/apps/ok.yaml\"\n";
  // The case is real only if the runner truly cannot list the directory.
  REQUIRE(Sh(dir, setup + as + "ls \"$T/apps/locked\"").status != 0);
  CliResult r = Sh(dir, as + "env GRANTCHECK_NO_CACHE=1 timeout 60 \"$T/bin/grantcheck\" check "
                             "--lang en --rules \"$T/bin/familjen-helsingborg.toml\" \"$T/apps\"");
  INFO(r.out << r.err);
  CHECK(r.status == 2);
  CHECK(Has(r.out, dir.File("apps/locked") +
                       ": error app-read: cannot list the directory: Permission denied"));
  CHECK(Has(r.out, "ok.yaml"));
  fs::permissions(dir.File("apps/locked"), fs::perms::owner_all);  // so that it can be removed
}

// --- item 6: a failed write to standard output is exit 2, with a message ---

TEST_CASE("io threats: a report that cannot be written to standard output is exit 2") {
  TempDir dir;
  CliResult r = Sh(dir, "gc check examples/passes.yaml >/dev/full");
  CHECK(r.status == 2);
  CHECK(r.err == "grantcheck: error: cannot write to standard output: No space left on device\n");
  CliResult big = Sh(dir, "gc check --format jsonl examples/ >/dev/full");
  CHECK(big.status == 2);
  CHECK(Has(big.err, "cannot write to standard output: No space left on device"));
}

// --- item 8: one program id in two files of one directory ---

TEST_CASE("io threats: two rule files of one directory with one program id are an error") {
  TempDir dir;
  dir.Write("rules/a.toml", Program("twin"));
  dir.Write("rules/b.toml", Program("twin"));
  CliResult r = Sh(dir, "gc rules list --rules \"$T/rules\"");
  CHECK(r.status == 2);
  CHECK(Has(r.err, dir.File("rules/b.toml") + ": error: program 'twin' is also declared by '" +
                       dir.File("rules/a.toml") +
                       "'; two rule files in one directory may not declare the same program "
                       "[rules-duplicate-program]"));
  // In two directories of the path, the first overrides, as documented.
  dir.Write("other/c.toml", Program("twin"));
  CliResult path = Sh(dir, "GRANTCHECK_RULES_PATH=\"$T/other:$T/rules/a.toml\" gc rules list");
  CHECK(path.status == 0);
}

// --- items 12 and 15: command-line conventions ---

TEST_CASE("io threats: after -- every argument is a path") {
  TempDir dir;
  CliResult r = Sh(dir, "cp examples/fails.yaml \"$T/-b.yaml\" && cp examples/passes.yaml \"$T/a.yaml\" && "
                        "cd \"$T\" && gc check --lang en a.yaml -- -b.yaml");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(Has(r.out, "-b.yaml:"));
}

TEST_CASE("io threats: --jobs 0 says at least 1") {
  TempDir dir;
  CliResult r = Sh(dir, "gc check --jobs 0 examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.err, "at least 1"));
  CHECK_FALSE(Has(r.err, "e+308"));
}

}  // namespace
}  // namespace grantcheck::testing
