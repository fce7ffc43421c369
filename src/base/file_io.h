// Reading input files and standard input whole, with a limit, and finding the
// application files under a directory. Errors come back as messages, not exceptions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace grantcheck {

// Largest input file read; an application is a few kilobytes.
inline constexpr size_t kMaxInputBytes = 8 * 1024 * 1024;

struct FileText {
  std::optional<std::string> text;  // set on success
  std::string error;                // "No such file or directory", "larger than 8 MiB", ...
};

// Reads `path`, or standard input when `path` is "-".
FileText ReadInput(const std::string& path);

// The files a command-line PATH stands for: itself if a file; if a directory,
// every *.yaml and *.yml under it, recursively, sorted, hidden files and
// directories skipped (CI configuration lives there), symlinked directories
// not followed (so a link loop cannot hang the walk). `error` is set for a
// PATH that does not exist or a directory that holds no application.
struct Expanded {
  std::vector<std::string> files;
  std::string error;
};
Expanded ExpandInput(const std::string& path);

}  // namespace grantcheck
