// The descriptor stream behind standard output and report files: what is
// written arrives whole and in order, and a failed write is remembered with its errno.
#include "base/fd_stream.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <thread>

#include "base/temp_cleanup.h"

namespace grantcheck {
namespace {

TEST_CASE("fd stream: small and large pieces arrive whole and in order") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string large(200 * 1024, 'x');  // larger than the buffer: written at once
  std::string got;
  std::thread reader([&] {
    char buf[4096];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, static_cast<size_t>(n));
  });
  {
    FdOstream out(fds[1]);
    out << "head " << 42 << "\n" << large << "tail\n";
    CHECK(out.FlushError() == 0);
  }
  ::close(fds[1]);
  reader.join();
  ::close(fds[0]);
  CHECK(got == "head 42\n" + large + "tail\n");
}

TEST_CASE("fd stream: a full device's error is kept, and nothing more is tried") {
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  FdOstream out(fd);
  out << "a report";
  CHECK(out.FlushError() == ENOSPC);
  out << "more";
  CHECK(out.FlushError() == ENOSPC);
  CHECK(WriteErrorText("standard output", ENOSPC) ==
        "cannot write to standard output: No space left on device");
  ::close(fd);
}

TEST_CASE("temp cleanup: slots are handed out and taken back, and a full table says -1") {
  int slots[kMaxCleanupSlots];
  int got = 0;
  for (int& slot : slots) got += (slot = RegisterTemporary("/nonexistent/x.tmp")) >= 0;
  CHECK(got == kMaxCleanupSlots);
  CHECK(RegisterTemporary("/nonexistent/y.tmp") == -1);
  UnregisterTemporary(slots[3]);
  CHECK(RegisterTemporary("/nonexistent/z.tmp") == slots[3]);
  CHECK(RegisterTemporary(std::string(5000, 'a')) == -1);  // longer than a path may be
  for (int slot : slots) UnregisterTemporary(slot);
}

}  // namespace
}  // namespace grantcheck
