// Tests for atomic output files: the target changes only on Commit(), an
// abandoned file leaves nothing behind, and failures are reported, not thrown.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/atomic_file.h"
#include "support/consumers.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TempDir;

int FilesIn(const std::string& dir) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

TEST_CASE("atomic file: the old content stays until Commit, then the new is there whole") {
  TempDir dir;
  std::string target = dir.Write("report.sarif", "old\n");
  std::string error;
  std::unique_ptr<AtomicFile> file = AtomicFile::Open(target, &error);
  REQUIRE(file != nullptr);
  file->out() << "new " << 42 << "\n";
  CHECK(ReadFile(target) == "old\n");
  CHECK(FilesIn(dir.path()) == 2);  // the target and a hidden temporary beside it
  REQUIRE(file->Commit(&error));
  CHECK(ReadFile(target) == "new 42\n");
  CHECK(FilesIn(dir.path()) == 1);
}

TEST_CASE("atomic file: an abandoned file leaves the target and the directory as they were") {
  TempDir dir;
  std::string error;
  {
    std::unique_ptr<AtomicFile> file = AtomicFile::Open(dir.File("out.xml"), &error);
    REQUIRE(file != nullptr);
    file->out() << "half a report";
  }
  CHECK_FALSE(fs::exists(dir.File("out.xml")));
  CHECK(FilesIn(dir.path()) == 0);
}

TEST_CASE("atomic file: the temporary file is hidden, so a walk for *.yaml skips it") {
  TempDir dir;
  std::string error;
  std::unique_ptr<AtomicFile> file = AtomicFile::Open(dir.File("app.yaml"), &error);
  REQUIRE(file != nullptr);
  for (const auto& e : fs::directory_iterator(dir.path())) {
    CHECK(e.path().filename().string().starts_with(".app.yaml.tmp-"));
  }
}

TEST_CASE("atomic file: a missing directory or a directory as target is an error message") {
  TempDir dir;
  std::string error;
  CHECK(AtomicFile::Open(dir.File("no/such/dir/out.json"), &error) == nullptr);
  CHECK(error == "No such file or directory");
  CHECK(AtomicFile::Open(dir.path(), &error) == nullptr);
  CHECK(error == "is a directory");
}

}  // namespace
}  // namespace grantcheck
