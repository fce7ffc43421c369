// grantcheck's entry point; everything else is in the core library.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <iostream>

#include "base/fd_stream.h"
#include "cli/app.h"

namespace {

// A batch's jsonl is about 10 KB an application, 100 MB for 10,000. Through a
// pipe of the default 64 KiB, the checking threads stalled each time the
// reader fell behind for a moment (about a sixth of the run's time behind a
// reader in Python, docs/performance.md); 1 MiB (Linux's limit for a user)
// absorbs that. A hint only: nothing changes when it is refused.
void WidenOutputPipe() {
  struct stat st {};
  if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode)) {
    (void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Nothing writes through C stdio or std::cout: standard output is a stream
  // of its own that remembers a failed write, so a report cut short by a full
  // disk is never followed by a passing exit status.
  std::ios::sync_with_stdio(false);
  WidenOutputPipe();
  grantcheck::FdOstream out(STDOUT_FILENO);
  int status = grantcheck::RunCli(argc, argv, out, std::cerr);
  const int failed = out.FlushError();
  // EPIPE: the reader closed the pipe (`| head`) and wants no more; that
  // ends the run quietly. (Only when SIGPIPE is ignored does it get here.)
  if (failed == 0 || failed == EPIPE) return status;
  std::cerr << "grantcheck: error: " << grantcheck::WriteErrorText("standard output", failed)
            << "\n";
  return grantcheck::kExitUsage;
}
