#include "base/fd_stream.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace grantcheck {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }

FdStreamBuf::~FdStreamBuf() { Drain(); }

bool FdStreamBuf::WriteAll(const char* data, size_t size) {
  while (size > 0 && error_ == 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : EIO;
      break;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return error_ == 0;
}

// Sends the buffer; after a failure its content is dropped, as nothing more
// can reach the descriptor in order.
bool FdStreamBuf::Drain() {
  const bool ok = WriteAll(pbase(), static_cast<size_t>(pptr() - pbase()));
  setp(buffer_, buffer_ + sizeof buffer_);
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

// A piece as large as the buffer goes out in one system call: a long jsonl
// line should not be cut into 64 KiB writes.
std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  const size_t size = static_cast<size_t>(n);
  if (size <= static_cast<size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  if (!Drain()) return 0;
  if (size < sizeof buffer_) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  return WriteAll(s, size) ? n : 0;
}

int FdStreamBuf::sync() { return Drain() ? 0 : -1; }

std::string WriteErrorText(const std::string& where, int error) {
  return "cannot write to " + where + ": " + std::strerror(error);
}

}  // namespace grantcheck
