// The settings file's parts on their own: where the search stops, how paths
// in it resolve, and what each kind of exclude glob matches.
#include "cli/config_file.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

namespace fs = std::filesystem;

TEST_CASE("config file: the search stops after the repository's root") {
  TempDir tmp;
  std::string deep = tmp.File("outer/repo/a/b");
  fs::create_directories(deep);
  CHECK_FALSE(FindConfigFile(deep).has_value());
  tmp.Write("outer/.grantcheck.toml", "");
  CHECK(FindConfigFile(deep) == "../../../.grantcheck.toml");
  fs::create_directories(tmp.File("outer/repo/.git"));
  CHECK_FALSE(FindConfigFile(deep).has_value());
  tmp.Write("outer/repo/.grantcheck.toml", "");
  CHECK(FindConfigFile(deep) == "../../.grantcheck.toml");
  tmp.Write("outer/repo/a/b/.grantcheck.toml", "");
  CHECK(FindConfigFile(deep) == ".grantcheck.toml");
}

TEST_CASE("config file: paths resolve from the file's directory") {
  TempDir tmp;
  std::string path = tmp.Write("ci/settings.toml",
                               "rules = \"../regler\"\n"
                               "format = [\"json=out/r.json\", \"text\", \"sarif=-\"]\n"
                               "output = [\"-\", \"/abs/x\"]\n");
  std::vector<Diagnostic> diagnostics;
  std::optional<ConfigFile> config = ReadConfigFile(path, &diagnostics);
  REQUIRE(config.has_value());
  CHECK(diagnostics.empty());
  // The test runs in the build directory, so each path is relative to it.
  fs::path cwd = fs::current_path();
  auto from_cwd = [&](const std::string& p) {
    return fs::path(tmp.File(p)).lexically_normal().lexically_relative(cwd).string();
  };
  CHECK(*config->rules == from_cwd("regler"));
  CHECK(*config->format ==
        std::vector<std::string>{"json=" + from_cwd("ci/out/r.json"), "text", "sarif=-"});
  CHECK(*config->output == std::vector<std::string>{"-", "/abs/x"});
}

TEST_CASE("config file: exclude globs") {
  TempDir tmp;
  ConfigFile config{.dir = fs::path(tmp.path())};
  struct Case {
    std::string glob;
    std::string file;
    bool excluded;
  };
  const Case cases[] = {
      {"utkast", "utkast/a.yaml", true},
      {"utkast", "x/utkast/a.yaml", true},  // a name anywhere in the path
      {"utkast", "utkastet/a.yaml", false},
      {"*.tests.yaml", "regler/fh.tests.yaml", true},
      {"*.tests.yaml", "regler/fh.yaml", false},
      {"arkiv/2024", "arkiv/2024/a.yaml", true},  // a directory that starts the path
      {"arkiv/2024", "x/arkiv/2024/a.yaml", false},
      {"arkiv/*", "arkiv/2024/a.yaml", true},
      {"arkiv/*.yaml", "arkiv/2024/a.yaml", false},  // '*' stays within one name
      {"arkiv/**.yaml", "arkiv/2024/a.yaml", true},  // unless the glob has '**'
      {"a.yaml", "../a.yaml", false},                // outside the file's directory
  };
  for (const Case& c : cases) {
    CAPTURE(c.glob);
    CAPTURE(c.file);
    config.exclude = {c.glob};
    CHECK(Excluded(config, tmp.File(c.file)) == c.excluded);
  }
}

}  // namespace
}  // namespace grantcheck::testing
