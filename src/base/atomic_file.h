// Writing an output file all at once or not at all: text goes to a temporary
// file beside the target, which replaces the target only on Commit().
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "base/fd_stream.h"

namespace grantcheck {

// A report file being written. Readers of `path` see its old content (or no
// file) until Commit() renames the finished temporary file over it, so a CI
// step never uploads half a SARIF file. Only a regular file (or no file) is
// ever replaced: a character device, FIFO or terminal (/dev/null, a named
// pipe, /dev/tty) is opened and written directly, and nothing is renamed over
// it; a symbolic link is written through only when it leads to one of those
// (/dev/stdout); a link to a file, a block device or a directory is refused
// (docs/hardening.md). Not thread-safe; one writer per file.
class AtomicFile {
 public:
  // What Open does with a character device, FIFO or terminal.
  enum class Streams { kWriteDirectly, kRefuse };

  // Creates the temporary file in the directory of `path`, or opens the
  // device. Returns nullptr and sets *error (such as "No such file or
  // directory") when it cannot or may not. A file no person reads as it is
  // written (a cache entry) passes kRefuse, so a FIFO put in its place
  // cannot make the run wait for a reader.
  static std::unique_ptr<AtomicFile> Open(const std::string& path, std::string* error,
                                          Streams streams = Streams::kWriteDirectly);

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();

  std::ostream& out() { return stream_; }
  const std::string& path() const { return path_; }
  // True when `path` is written directly (a device, FIFO or terminal).
  bool direct() const { return temp_.empty(); }

  // Flushes, fsyncs and renames the temporary file to `path`, then fsyncs the
  // directory; a direct file is flushed and closed. False with *error set
  // when any step fails (a write that failed, such as "No space left on
  // device", included); `path` is then untouched (a device keeps what it got).
  bool Commit(std::string* error);

 private:
  AtomicFile(std::string path, std::string temp, int fd);
  static std::unique_ptr<AtomicFile> OpenTemporary(const std::string& path, std::string* error);
  static std::unique_ptr<AtomicFile> OpenDirect(const std::string& path, std::string* error);

  std::string path_;
  std::string temp_;  // empty when writing `path_` directly
  int fd_ = -1;
  FdOstream stream_;
  int cleanup_slot_ = -1;  // temp_cleanup.h: removed if a signal ends the run
  bool committed_ = false;
};

}  // namespace grantcheck
