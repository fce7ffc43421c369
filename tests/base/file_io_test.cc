// ExpandInput: which files a directory argument stands for.
#include "base/file_io.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

TEST_CASE("expand: applications under a directory, sorted, hidden tooling skipped") {
  TempDir dir;
  dir.Write("b.yaml", "x: 1\n");
  dir.Write("a/c.yml", "x: 1\n");
  dir.Write("notes.txt", "not yaml\n");
  dir.Write(".pre-commit-config.yaml", "repos: []\n");
  dir.Write(".github/workflows/grantcheck.yml", "on: push\n");
  dir.Write(".gitlab-ci.yml", "check: {}\n");
  Expanded e = ExpandInput(dir.path());
  CHECK(e.problems.empty());
  CHECK(e.files == std::vector<std::string>{dir.File("a/c.yml"), dir.File("b.yaml")});
}

TEST_CASE("expand: a named file is taken as it is, even hidden, errors are messages") {
  TempDir dir;
  std::string hidden = dir.Write(".draft.yaml", "x: 1\n");
  CHECK(ExpandInput(hidden).files == std::vector<std::string>{hidden});
  Expanded absent = ExpandInput(dir.File("absent.yaml"));
  REQUIRE(absent.problems.size() == 1);
  CHECK(absent.problems[0].error == "no such file or directory");
  dir.Write("only.txt", "");
  Expanded empty = ExpandInput(dir.path());
  REQUIRE(empty.problems.size() == 1);
  CHECK(empty.problems[0].path == dir.path());
  CHECK(empty.problems[0].error == "holds no *.yaml or *.yml file");
}

TEST_CASE("expand: a symlink loop does not hang the walk") {
  TempDir dir;
  dir.Write("sub/app.yaml", "x: 1\n");
  std::filesystem::create_directory_symlink(dir.path(), dir.File("sub/loop"));
  Expanded e = ExpandInput(dir.path());
  CHECK(e.files == std::vector<std::string>{dir.File("sub/app.yaml")});
}

}  // namespace
}  // namespace grantcheck::testing
