// The compiled-rules cache: an entry is used only for the bytes it was made
// from, by the binary that made it; anything else is a miss, never an error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/file_io.h"
#include "base/sha256.h"
#include "cli/run_cli.h"
#include "engine/engine.h"
#include "model/application.h"
#include "model/document.h"
#include "rules/program_codec.h"
#include "rules/rule_cache.h"
#include "rules/rule_loader.h"
#include "support/consumers.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRules = R"([program]
id = "cached"
name = "Cached program"
language = "en"
currency = "SEK"

[params]
max_months = 12

[[rules]]
id = "C-DURATION"
severity = "error"
title = "At most {params.max_months} months"
source = "A project may run for at most twelve months."
check = "months(period.start, period.end) <= params.max_months"
message = { en = "The project runs {months(period.start, period.end)} months." }
)";

size_t Entries(const std::string& dir) {
  std::error_code ec;
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir, ec)) n += e.path().extension() == ".rules";
  return n;
}

// A program name no rule file gives: seeing it back proves the entry was used.
void Forge(const RuleCache& cache, const std::string& path) {
  LoadedProgram loaded = LoadRuleFile(path);
  REQUIRE(loaded.program);
  loaded.program->name = "from the cache";
  StoreCachedRules(cache, path, loaded);
}

TEST_CASE("rule cache: stores a clean load, and serves it for the same bytes only") {
  testing::TempDir dir;
  const RuleCache cache{dir.File("cache"), "0123abcd"};
  const std::string path = dir.Write("cached.toml", kRules);

  LoadedProgram first = LoadRuleFile(path, &cache);
  REQUIRE(first.program);
  CHECK(first.diagnostics.empty());
  CHECK(Entries(cache.dir) == 1);
  REQUIRE(first.sources.size() == 1);
  CHECK(first.sources[0].path == path);

  Forge(cache, path);
  LoadedProgram hit = LoadRuleFile(path, &cache);
  REQUIRE(hit.program);
  CHECK(hit.program->name == "from the cache");
  CHECK(EncodeProgram(*LoadRuleFile(path).program) != EncodeProgram(*hit.program));

  SUBCASE("a changed rule file is loaded afresh") {
    dir.Write("cached.toml", std::string(kRules) + "# one more line\n");
    LoadedProgram changed = LoadRuleFile(path, &cache);
    REQUIRE(changed.program);
    CHECK(changed.program->name == "Cached program");
  }
  SUBCASE("another binary's entry is not used") {
    const RuleCache other{cache.dir, "ffff0000"};
    LoadedProgram fresh = LoadRuleFile(path, &other);
    REQUIRE(fresh.program);
    CHECK(fresh.program->name == "Cached program");
  }
  SUBCASE("a damaged entry is a miss") {
    for (const auto& e : fs::directory_iterator(cache.dir)) {
      const auto size = fs::file_size(e.path());
      fs::resize_file(e.path(), size - 10);
    }
    LoadedProgram fresh = LoadRuleFile(path, &cache);
    REQUIRE(fresh.program);
    CHECK(fresh.program->name == "Cached program");
  }
  SUBCASE("without a cache nothing is read") {
    CHECK(LoadRuleFile(path).program->name == "Cached program");
  }
}

TEST_CASE("rule cache: a base that changed makes the extending file's entry a miss") {
  testing::TempDir dir;
  const RuleCache cache{dir.File("cache"), "0123abcd"};
  dir.Write("base.toml", kRules);
  const std::string child = dir.Write("child.toml", R"([program]
id = "child"
name = "Child program"
extends = "base.toml"
)");
  LoadedProgram first = LoadRuleFile(child, &cache);
  REQUIRE(first.program);
  REQUIRE(first.sources.size() == 2);
  CHECK(first.sources[1].path == dir.File("base.toml"));
  Forge(cache, child);
  CHECK(LoadRuleFile(child, &cache).program->name == "from the cache");
  dir.Write("base.toml", std::string(kRules) + "# changed\n");
  LoadedProgram fresh = LoadRuleFile(child, &cache);
  REQUIRE(fresh.program);
  CHECK(fresh.program->name == "Child program");
}

TEST_CASE("rule cache: loads with any diagnostic are not kept, and an unusable directory is no error") {
  testing::TempDir dir;
  const RuleCache cache{dir.File("cache"), "0123abcd"};
  const std::string warned = dir.Write(
      "warned.toml", std::string(kRules) + "unknown_key = 1\n");
  LoadedProgram loaded = LoadRuleFile(warned, &cache);
  REQUIRE(loaded.program);
  CHECK_FALSE(loaded.diagnostics.empty());
  CHECK(Entries(cache.dir) == 0);

  const std::string path = dir.Write("cached.toml", kRules);
  dir.Write("not-a-directory", "");
  const RuleCache blocked{dir.File("not-a-directory"), "0123abcd"};
  LoadedProgram through = LoadRuleFile(path, &blocked);
  REQUIRE(through.program);
  CHECK(through.diagnostics.empty());
}

TEST_CASE("rule cache: a directory others may write to is not used") {
  testing::TempDir dir;
  const RuleCache cache{dir.File("cache"), "0123abcd"};
  const std::string path = dir.Write("cached.toml", kRules);
  REQUIRE(LoadRuleFile(path, &cache).program);
  CHECK((fs::status(cache.dir).permissions() & fs::perms::all) == fs::perms::owner_all);
  Forge(cache, path);
  CHECK(LoadRuleFile(path, &cache).program->name == "from the cache");
  fs::permissions(cache.dir, fs::perms::group_write, fs::perm_options::add);
  CHECK(LoadRuleFile(path, &cache).program->name == "Cached program");
  fs::permissions(cache.dir, fs::perms::group_write, fs::perm_options::remove);
  CHECK(LoadRuleFile(path, &cache).program->name == "from the cache");
}

TEST_CASE("rule cache: the environment names the directory, or turns the cache off") {
  // The test binary, like grantcheck, is linked with a build id.
  std::optional<RuleCache> cache = RuleCacheFromEnvironment();
  if (std::getenv("GRANTCHECK_NO_CACHE") == nullptr) {
    REQUIRE(cache);
    CHECK(cache->binary_id.size() >= 16);
  }
}

TEST_CASE("rule cache: check gives the same report from a cold and a warm cache") {
  testing::TempDir dir;
  const std::string env = "GRANTCHECK_CACHE_DIR='" + dir.File("cache") + "'";
  const std::string args = "check --format jsonl --today 2026-01-15 examples/";
  testing::CliResult off = testing::RunCli(args, "", "GRANTCHECK_NO_CACHE=1 " + env);
  CHECK(Entries(dir.File("cache")) == 0);
  testing::CliResult cold = testing::RunCli(args, "", env);
  CHECK(Entries(dir.File("cache")) == 4);  // the four programs of the examples
  testing::CliResult warm = testing::RunCli(args, "", env);
  CHECK(off.status == 1);
  CHECK(cold.status == off.status);
  CHECK(warm.status == off.status);
  CHECK(cold.out == off.out);
  CHECK(warm.out == off.out);
  CHECK(warm.err == off.err);
  // The rule file each report names is hashed as it was loaded, from the
  // cache or not: the hash of its bytes on disk.
  const FileText fh = ReadInput(testing::SourcePath("rules/familjen-helsingborg.toml"));
  REQUIRE(fh.text);
  const std::string named = "\"sha256\":\"" + Sha256Hex(*fh.text) + "\"";
  CHECK(off.out.find(named) != std::string::npos);
  CHECK(warm.out.find(named) != std::string::npos);
  testing::CliResult schedule = testing::RunCli("schedule examples/", "", env);
  CHECK(schedule.out == testing::RunCli("schedule examples/", "", "GRANTCHECK_NO_CACHE=1").out);
}

// What `check` says of the bundled Familjen Helsingborg examples under
// `program`: every finding's rule, status and message, one a line.
std::string Verdicts(const Program& program) {
  const PreparedProgram prepared = Prepare(program);
  std::string out;
  for (const char* example : {"examples/passes.yaml", "examples/fails.yaml"}) {
    const FileText text = ReadInput(testing::SourcePath(example));
    REQUIRE(text.text);
    Document doc = LoadYaml(*text.text, example);
    REQUIRE(doc.ok);
    const AppReport report =
        CheckApplication(BuildApplication(doc, program.schema), prepared,
                         CheckOptions{.today = ParseDate("2025-09-01")});
    for (const Finding& f : report.findings) {
      out += f.rule_id + " " + std::string(StatusName(f.status)) + " " + f.message + "\n";
    }
  }
  return out;
}

TEST_CASE("rule cache: every changed byte of a shipped program's entry is a miss") {
  const std::string path = testing::SourcePath("rules/familjen-helsingborg.toml");
  const LoadedProgram fresh = LoadRuleFile(path);
  REQUIRE(fresh.program);
  REQUIRE(fresh.diagnostics.empty());
  const RuleCache cache{"unused", "0123abcd"};
  const std::string sha256 = fresh.sources.front().sha256;
  std::string entry = EncodeCacheEntry(cache, path, fresh);
  REQUIRE(entry.size() > 1000);
  REQUIRE(DecodeCacheEntry(cache, path, sha256, entry));  // undamaged, it is used
  const std::string expected = Verdicts(*fresh.program);
  size_t used = 0;
  for (size_t i = 0; i < entry.size(); ++i) {
    entry[i] = static_cast<char>(entry[i] ^ 1);  // '2' -> '3': a threshold's digit, say
    if (std::optional<LoadedProgram> damaged = DecodeCacheEntry(cache, path, sha256, entry)) {
      ++used;
      CHECK_MESSAGE(Verdicts(*damaged->program) == expected, "byte " << i);
    }
    entry[i] = static_cast<char>(entry[i] ^ 1);
  }
  CHECK(used == 0);
}

TEST_CASE("rule cache: a changed digit of max_months in the entry file does not change check") {
  testing::TempDir dir;
  const std::string env = "GRANTCHECK_CACHE_DIR='" + dir.File("cache") + "'";
  // 13 months without an extension reason: FH-DURATION fails it.
  std::string app = ReadInput(testing::SourcePath("examples/passes.yaml")).text.value_or("");
  const size_t end = app.find("end: 2026-08-31");
  REQUIRE(end != std::string::npos);
  app.replace(end, 15, "end: 2026-09-30");
  const std::string args = "check --format jsonl --today 2025-09-01 '" +
                           dir.Write("long.yaml", app) + "'";
  const testing::CliResult off = testing::RunCli(args, "", "GRANTCHECK_NO_CACHE=1 " + env);
  REQUIRE(off.status == 1);
  REQUIRE(testing::RunCli(args, "", env).status == 1);
  REQUIRE(Entries(dir.File("cache")) == 1);
  // params.max_months = 12 is kept as its decimal text: make it 13.
  const std::string twelve = std::string("max_months") + '\x02' + std::string("\x02\0\0\0", 4) + "12";
  size_t changed = 0;
  for (const auto& e : fs::directory_iterator(dir.File("cache"))) {
    std::string bytes = testing::ReadFile(e.path().string());
    for (size_t at = bytes.find(twelve); at != std::string::npos; at = bytes.find(twelve, at + 1)) {
      bytes[at + twelve.size() - 1] = '3';
      ++changed;
    }
    std::ofstream(e.path(), std::ios::binary) << bytes;
  }
  REQUIRE(changed > 0);
  const testing::CliResult warm = testing::RunCli(args, "", env);
  CHECK(warm.status == off.status);
  CHECK(warm.out == off.out);
  CHECK(warm.err == off.err);
}

}  // namespace
}  // namespace grantcheck
