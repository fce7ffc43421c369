#include "base/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

// How many random names are tried before giving up; a clash is already unlikely.
constexpr int kMaxNameAttempts = 16;

std::string Errno() { return std::strerror(errno); }

// ".NAME.tmp-1a2b3c4d" beside `path`: hidden, so a directory walk of
// applications (*.yaml) never picks it up half-written.
std::string TempName(const fs::path& path, std::mt19937& rng) {
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(rng()));
  // Appended piece by piece: `"." + std::string` trips GCC 12's false
  // -Wrestrict at -O3 (GCC bug 105329).
  std::string name = ".";
  name += path.filename().string();
  name += ".tmp-";
  name += suffix;
  return (path.parent_path() / name).string();
}

bool SyncDirectory(const fs::path& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

AtomicFile::AtomicFile(std::string path, std::string temp, int fd)
    : path_(std::move(path)), temp_(std::move(temp)), fd_(fd),
      stream_(temp_, std::ios::binary | std::ios::trunc) {}

std::unique_ptr<AtomicFile> AtomicFile::Open(const std::string& path, std::string* error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    *error = "is a directory";
    return nullptr;
  }
  std::mt19937 rng(std::random_device{}());
  for (int attempt = 0; attempt < kMaxNameAttempts; ++attempt) {
    std::string temp = TempName(fs::path(path), rng);
    // O_EXCL: never reuse someone else's file; mode 0666 lets the umask decide,
    // as for any file the user creates.
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) {
      *error = Errno();
      return nullptr;
    }
    std::unique_ptr<AtomicFile> file(new AtomicFile(path, temp, fd));
    if (!file->stream_) {
      *error = "cannot open " + temp;
      return nullptr;
    }
    return file;
  }
  *error = "cannot find a free temporary name";
  return nullptr;
}

AtomicFile::~AtomicFile() {
  if (stream_.is_open()) stream_.close();
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

bool AtomicFile::Commit(std::string* error) {
  stream_.close();
  if (stream_.fail()) {
    *error = "write error";
    return false;
  }
  bool synced = ::fsync(fd_) == 0;
  std::string sync_error = synced ? "" : Errno();
  bool closed = ::close(fd_) == 0;
  fd_ = -1;
  if (!synced || !closed) {
    *error = synced ? Errno() : sync_error;
    return false;
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    *error = Errno();
    return false;
  }
  committed_ = true;
  // The rename is durable only once the directory entry is on disk too.
  if (!SyncDirectory(fs::path(path_).parent_path())) {
    *error = "renamed, but the directory could not be synced: " + Errno();
    return false;
  }
  return true;
}

}  // namespace grantcheck
