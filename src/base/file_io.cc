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

// Reads `fd` to its end with the system's calls, not an istream: a batch
// reads thousands of files, and a stream's buffer and locale for each cost
// more than the reading. A regular file is read into a string of its size at
// once; what a pipe or device gives, or a file that grew meanwhile, is read on
// until its end.
FileText ReadDescriptor(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return FileText{std::nullopt, std::strerror(errno)};
  if (S_ISDIR(st.st_mode)) return FileText{std::nullopt, "is a directory"};
  const auto too_large = [] {
    return FileText{std::nullopt, "larger than " + std::to_string(kMaxInputBytes >> 20) +
                                      " MiB, the limit for one input"};
  };
  std::string text;
  size_t got = 0;
  if (S_ISREG(st.st_mode)) {
    if (static_cast<uint64_t>(st.st_size) > kMaxInputBytes) return too_large();
    text.resize(static_cast<size_t>(st.st_size));
    while (got < text.size()) {
      const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return FileText{std::nullopt, "read error"};
      if (n == 0) break;
      got += static_cast<size_t>(n);
    }
    text.resize(got);
  }
  char buf[65536];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return FileText{std::nullopt, "read error"};
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
    if (text.size() > kMaxInputBytes) return too_large();
  }
  return FileText{std::move(text), ""};
}

}  // namespace

FileText ReadInput(const std::string& path) {
  if (path == "-") return ReadDescriptor(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return FileText{std::nullopt, std::strerror(errno)};
  FileText text = ReadDescriptor(fd);
  ::close(fd);
  return text;
}

Expanded ExpandInput(const std::string& path) {
  Expanded out;
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec)) {
    if (path != "-" && !fs::exists(path, ec)) {
      // ec is set when the path cannot even be resolved (a symlink loop);
      // an absent file is no error to exists().
      out.error = ec ? ec.message() : "no such file or directory";
    } else {
      out.files.push_back(path);
    }
    return out;
  }
  auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // Hidden entries are tooling, not applications: .github/workflows/*.yml,
    // .gitlab-ci.yml, .pre-commit-config.yaml live beside the applications.
    if (it->path().filename().string().starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsApplicationFile(it->path())) {
      out.files.push_back(it->path().string());
    }
  }
  if (ec) out.error = "cannot list the directory: " + ec.message();
  std::sort(out.files.begin(), out.files.end());
  if (out.files.empty() && out.error.empty()) out.error = "holds no *.yaml or *.yml file";
  return out;
}

}  // namespace grantcheck
