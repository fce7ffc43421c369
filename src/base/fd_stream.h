// An output stream over a file descriptor that remembers why a write failed,
// for standard output and report files. Opening and closing the descriptor is the caller's.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace grantcheck {

// Buffers writes to `fd` and sends them with write(2), retrying short writes
// and EINTR. After the first failure nothing more is written and error()
// keeps its errno, so a caller can tell a full disk (ENOSPC) from a reader
// that went away (EPIPE). Not thread-safe; one writer per descriptor.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;
  ~FdStreamBuf() override;  // flushes what is buffered; a failure stays in error()

  // 0 while every write succeeded, else the errno of the first that failed.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool WriteAll(const char* data, size_t size);
  bool Drain();

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

// An ostream that owns its FdStreamBuf.
class FdOstream : public std::ostream {
 public:
  explicit FdOstream(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  // The first write error's errno after a flush, 0 when everything reached the descriptor.
  int FlushError() {
    flush();
    return buf_.error();
  }

 private:
  FdStreamBuf buf_;
};

// "cannot write to standard output: No space left on device", for errno `error`.
std::string WriteErrorText(const std::string& where, int error);

}  // namespace grantcheck
