// grantcheck's entry point; everything else is in the core library.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>

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
  // Nothing writes through C stdio, and unsynchronised, std::cout writes a long
  // jsonl line with one system call instead of one per stdio buffer.
  std::ios::sync_with_stdio(false);
  WidenOutputPipe();
  return grantcheck::RunCli(argc, argv, std::cout, std::cerr);
}
