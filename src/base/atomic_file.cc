#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "base/temp_cleanup.h"

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

// What is written to without a rename: it streams, and replacing it would
// break everything else that uses it (`-o /dev/null` as root once turned
// /dev/null into a regular file).
bool IsStreamTarget(mode_t mode) { return S_ISCHR(mode) || S_ISFIFO(mode) || S_ISSOCK(mode); }

// How `path` is written, from what lstat(2) says it is now; "" with *direct
// set when it is written in place, "" when it is replaced or created, else
// why it is refused.
std::string Policy(const std::string& path, bool* direct) {
  *direct = false;
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT ? "" : Errno();
  if (S_ISREG(st.st_mode)) return "";
  if (S_ISDIR(st.st_mode)) return "is a directory";
  if (S_ISBLK(st.st_mode)) {
    return "is a block device; a report goes to a regular file, a character device, a FIFO or "
           "a terminal";
  }
  if (IsStreamTarget(st.st_mode)) {
    *direct = true;
    return "";
  }
  if (!S_ISLNK(st.st_mode)) return "is not a regular file";
  // A link: a report is not written through it into a file, since a link
  // planted in a shared directory would make the run overwrite the file it
  // names; a link to a stream (/dev/stdout, /dev/fd/3) is as safe as the stream.
  struct stat target {};
  if (::stat(path.c_str(), &target) == 0 && IsStreamTarget(target.st_mode)) {
    *direct = true;
    return "";
  }
  return "is a symbolic link; a report is not written through a link to a file (name the file "
         "itself, or '-' for standard output)";
}

}  // namespace

AtomicFile::AtomicFile(std::string path, std::string temp, int fd)
    : path_(std::move(path)), temp_(std::move(temp)), fd_(fd), stream_(fd) {
  if (!temp_.empty()) cleanup_slot_ = RegisterTemporary(temp_);
}

std::unique_ptr<AtomicFile> AtomicFile::Open(const std::string& path, std::string* error,
                                             Streams streams) {
  bool direct = false;
  std::string refused = Policy(path, &direct);
  if (refused.empty() && direct && streams == Streams::kRefuse) refused = "is not a regular file";
  if (!refused.empty()) {
    *error = std::move(refused);
    return nullptr;
  }
  return direct ? OpenDirect(path, error) : OpenTemporary(path, error);
}

std::unique_ptr<AtomicFile> AtomicFile::OpenTemporary(const std::string& path,
                                                      std::string* error) {
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
    return std::unique_ptr<AtomicFile>(new AtomicFile(path, std::move(temp), fd));
  }
  *error = "cannot find a free temporary name";
  return nullptr;
}

// Never O_CREAT or O_TRUNC: the path was a stream a moment ago, and if it has
// since become a regular file, the check after opening refuses it untouched.
// A FIFO's open waits for its reader, as a shell's `> fifo` does.
std::unique_ptr<AtomicFile> AtomicFile::OpenDirect(const std::string& path, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    *error = Errno();
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !IsStreamTarget(st.st_mode)) {
    ::close(fd);
    *error = "changed while it was opened";
    return nullptr;
  }
  return std::unique_ptr<AtomicFile>(new AtomicFile(path, "", fd));
}

AtomicFile::~AtomicFile() {
  stream_.FlushError();
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  UnregisterTemporary(cleanup_slot_);
}

bool AtomicFile::Commit(std::string* error) {
  if (int failed = stream_.FlushError()) {
    *error = std::string("write error: ") + std::strerror(failed);
    return false;
  }
  // A device or pipe has nothing to sync (fsync fails with EINVAL there).
  bool synced = direct() || ::fsync(fd_) == 0;
  std::string sync_error = synced ? "" : Errno();
  bool closed = ::close(fd_) == 0;
  fd_ = -1;
  if (!synced || !closed) {
    *error = synced ? Errno() : sync_error;
    return false;
  }
  if (direct()) {
    committed_ = true;
    return true;
  }
  // Looked at again: what `path` is may have changed during the run.
  bool now_direct = false;
  std::string refused = Policy(path_, &now_direct);
  if (!refused.empty() || now_direct) {
    *error = refused.empty() ? "is no longer a regular file" : refused;
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
