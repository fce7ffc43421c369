// Writing an output file all at once or not at all: text goes to a temporary
// file beside the target, which replaces the target only on Commit().
#pragma once

#include <fstream>
#include <memory>
#include <string>

namespace grantcheck {

// A report file being written. Readers of `path` see its old content (or no
// file) until Commit() renames the finished temporary file over it, so a CI
// step never uploads half a SARIF file. Not thread-safe; one writer per file.
class AtomicFile {
 public:
  // Creates the temporary file in the directory of `path`. Returns nullptr and
  // sets *error (such as "No such file or directory") when it cannot.
  static std::unique_ptr<AtomicFile> Open(const std::string& path, std::string* error);

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();

  std::ostream& out() { return stream_; }
  const std::string& path() const { return path_; }

  // Flushes, fsyncs and renames the temporary file to `path`, then fsyncs the
  // directory. False with *error set when any step fails; `path` is then untouched.
  bool Commit(std::string* error);

 private:
  AtomicFile(std::string path, std::string temp, int fd);

  std::string path_;
  std::string temp_;
  int fd_ = -1;  // kept open for fsync; the stream writes through its own descriptor
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace grantcheck
