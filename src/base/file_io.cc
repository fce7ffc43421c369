#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

bool IsApplicationFile(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Why a file that is not a regular file is refused.
std::string NotRegular(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  const char* kind = S_ISFIFO(mode)   ? "a FIFO (named pipe)"
                     : S_ISSOCK(mode) ? "a socket"
                     : S_ISCHR(mode)  ? "a character device"
                     : S_ISBLK(mode)  ? "a block device"
                                      : "a special file";
  return std::string("is ") + kind + ", not a regular file";
}

FileText TooLarge(size_t limit, std::string_view what) {
  return FileText{std::nullopt,
                  "larger than " + std::to_string(limit >> 20) + " MiB, " + std::string(what)};
}

// Reads `fd` to its end with the system's calls, not an istream: a batch
// reads thousands of files, and a stream's buffer and locale for each cost
// more than the reading. A regular file is read into a string of its size at
// once; what a pipe gives, or a file that grew meanwhile, is read on until
// its end.
FileText ReadDescriptor(int fd, size_t limit, std::string_view what) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return FileText{std::nullopt, std::strerror(errno)};
  if (S_ISDIR(st.st_mode)) return FileText{std::nullopt, "is a directory"};
  std::string text;
  size_t got = 0;
  if (S_ISREG(st.st_mode)) {
    if (static_cast<uint64_t>(st.st_size) > limit) return TooLarge(limit, what);
    text.resize(static_cast<size_t>(st.st_size));
    while (got < text.size()) {
      const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return FileText{std::nullopt, std::strerror(errno)};
      if (n == 0) break;
      got += static_cast<size_t>(n);
    }
    text.resize(got);
  }
  char buf[65536];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return FileText{std::nullopt, std::strerror(errno)};
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
    if (text.size() > limit) return TooLarge(limit, what);
  }
  return FileText{std::move(text), ""};
}

// A directory entry's own type, a link's target's type when it is a link.
bool IsLinkToDirectory(const fs::directory_entry& e) {
  std::error_code ec;
  return e.is_symlink(ec) && e.is_directory(ec);
}

// Lists `dir` into `out`, and its subdirectories in turn (an explicit stack,
// so depth costs no recursion); a directory that cannot be opened or read to
// its end is a problem naming it, and the walk goes on with the others.
void Walk(const fs::path& root, Expanded& out) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& e = *it;
      // Hidden entries are tooling, not applications: .github/workflows/*.yml,
      // .gitlab-ci.yml, .pre-commit-config.yaml live beside the applications.
      if (e.path().filename().string().starts_with('.') || IsLinkToDirectory(e)) continue;
      std::error_code type_ec;
      if (e.is_directory(type_ec)) {
        pending.push_back(e.path());
      } else if (IsApplicationFile(e.path())) {
        out.files.push_back(e.path().string());
      }
    }
    if (ec) {
      out.problems.push_back(InputProblem{dir.string(), "cannot list the directory: " + ec.message(),
                                          InputProblem::Kind::kUnlistable, ec.message()});
    }
  }
}

}  // namespace

FileText ReadRegularFile(const std::string& path, size_t limit, std::string_view what) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return FileText{std::nullopt, std::strerror(errno)};
  struct stat st {};
  FileText text;
  if (::fstat(fd, &st) != 0) {
    text.error = std::strerror(errno);
  } else if (!S_ISREG(st.st_mode)) {
    text.error = NotRegular(st.st_mode);
  } else {
    text = ReadDescriptor(fd, limit, what);
  }
  ::close(fd);
  return text;
}

FileText ReadInput(const std::string& path) {
  constexpr std::string_view kWhat = "the limit for one input";
  if (path == "-") return ReadDescriptor(STDIN_FILENO, kMaxInputBytes, kWhat);
  return ReadRegularFile(path, kMaxInputBytes, kWhat);
}

Expanded ExpandInput(const std::string& path) {
  Expanded out;
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec)) {
    if (path != "-" && !fs::exists(path, ec)) {
      // ec is set when the path cannot even be resolved (a symlink loop);
      // an absent file is no error to exists().
      out.problems.push_back(InputProblem{path, ec ? ec.message() : "no such file or directory",
                                          InputProblem::Kind::kMissing,
                                          ec ? ec.message() : ""});
    } else {
      out.files.push_back(path);
    }
    return out;
  }
  Walk(path, out);
  std::sort(out.files.begin(), out.files.end());
  if (out.files.empty() && out.problems.empty()) {
    out.problems.push_back(
        InputProblem{path, "holds no *.yaml or *.yml file", InputProblem::Kind::kNoApplications, ""});
  }
  return out;
}

}  // namespace grantcheck
