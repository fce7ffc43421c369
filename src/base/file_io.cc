#include "base/file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

FileText ReadStream(std::istream& in) {
  std::string text;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    text.append(buf, static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxInputBytes) {
      return FileText{std::nullopt, "larger than " + std::to_string(kMaxInputBytes >> 20) +
                                        " MiB, the limit for one input"};
    }
  }
  if (in.bad()) return FileText{std::nullopt, "read error"};
  return FileText{std::move(text), ""};
}

bool IsApplicationFile(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

}  // namespace

FileText ReadInput(const std::string& path) {
  if (path == "-") return ReadStream(std::cin);
  std::error_code ec;
  if (fs::is_directory(path, ec)) return FileText{std::nullopt, "is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return FileText{std::nullopt, std::strerror(errno)};
  return ReadStream(in);
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
