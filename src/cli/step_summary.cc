#include "cli/step_summary.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/escape.h"

namespace grantcheck {

namespace {

void Refuse(const std::string& path, std::string* error) {
  *error = "GITHUB_STEP_SUMMARY '" + StripControl(path) + "' is not a regular file";
}

}  // namespace

std::unique_ptr<StepSummary> StepSummary::Open(const std::string& path, std::string* error) {
  // Checked before opening too, so that a FIFO or a directory is named as
  // what it is rather than by the error its opening would give.
  struct stat before {};
  if (::stat(path.c_str(), &before) == 0 && !S_ISREG(before.st_mode)) {
    Refuse(path, error);
    return nullptr;
  }
  // O_NONBLOCK: a FIFO without a reader fails at once instead of hanging the
  // run; it has no effect on the regular file that is then required.
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK,
                  0644);
  if (fd < 0) {
    *error = "cannot open GITHUB_STEP_SUMMARY '" + StripControl(path) + "': " + std::strerror(errno);
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    Refuse(path, error);
    return nullptr;
  }
  return std::unique_ptr<StepSummary>(new StepSummary(path, fd));
}

StepSummary::~StepSummary() { ::close(fd_); }

bool StepSummary::Append(std::string_view text, std::string* error) {
  while (!text.empty()) {
    ssize_t n = ::write(fd_, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      *error = "cannot write GITHUB_STEP_SUMMARY '" + StripControl(path_) + "': " + std::strerror(errno);
      return false;
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace grantcheck
