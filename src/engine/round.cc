#include "engine/round.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

// Where `path` leads, for comparing two spellings of one file; the path as
// written when that cannot be worked out.
fs::path Identity(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? path.lexically_normal() : resolved;
}

bool IsRoundFile(const fs::directory_entry& e) {
  std::error_code ec;
  std::string name = e.path().filename().string();
  std::string ext = e.path().extension().string();
  return !name.starts_with('.') && (ext == ".yaml" || ext == ".yml") && e.is_regular_file(ec);
}

}  // namespace

std::vector<std::string> RestOfRound(const std::vector<std::string>& round_files,
                                     const std::vector<std::string>& named) {
  std::set<fs::path> seen;
  for (const std::string& n : named) {
    if (n != "-") seen.insert(Identity(n));
  }
  std::set<fs::path> dirs;
  for (const std::string& f : round_files) {
    if (f == "-") continue;
    fs::path dir = fs::path(f).parent_path();
    dirs.insert(Identity(dir.empty() ? fs::path(".") : dir));
  }
  std::vector<std::string> rest;
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      if (IsRoundFile(*it) && seen.insert(Identity(it->path())).second) {
        rest.push_back(it->path().string());
      }
    }
  }
  std::sort(rest.begin(), rest.end());
  return rest;
}

}  // namespace grantcheck
