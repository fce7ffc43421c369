// Reading input files and standard input whole, with a limit, and finding the
// application files under a directory. Errors come back as messages, not exceptions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantcheck {

// Largest input file read; an application is a few kilobytes.
inline constexpr size_t kMaxInputBytes = 8 * 1024 * 1024;

struct FileText {
  std::optional<std::string> text;  // set on success
  std::string error;                // "No such file or directory", "larger than 8 MiB", ...
};

// Reads the regular file at `path`, at most `limit` bytes (`what` names the
// limit in the message: "the limit for one input"). Anything else is refused
// before a byte is read: a FIFO or a device named as a file would block the
// run or never end. It is opened with O_NONBLOCK, so even opening one cannot
// wait, and checked with fstat(2) on what was opened.
FileText ReadRegularFile(const std::string& path, size_t limit, std::string_view what);

// Reads `path` as ReadRegularFile with kMaxInputBytes, or standard input when
// `path` is "-" (which may be a pipe or a terminal).
FileText ReadInput(const std::string& path);

// One PATH, or a file or directory under it, that cannot be read.
// `error` says it in English; `kind` and `detail` let a report say it in the
// applicant's language (engine/batch.h, UnreadableInput).
struct InputProblem {
  enum class Kind { kMissing, kNoApplications, kUnlistable, kExcluded };
  std::string path;
  std::string error;
  Kind kind = Kind::kMissing;
  std::string detail;  // the system's reason, when it gave one
};

// The files a command-line PATH stands for: itself if a file; if a directory,
// every *.yaml and *.yml under it, recursively, sorted, hidden files and
// directories skipped (CI configuration lives there), symlinked directories
// not followed (so a link loop cannot hang the walk). A *.yaml that is not a
// regular file is listed, so that reading it reports what it is. `problems`
// has a PATH that does not exist, a directory that holds no application, and
// every directory under PATH that cannot be listed (permission denied): a
// file there is never silently left out.
struct Expanded {
  std::vector<std::string> files;
  std::vector<InputProblem> problems;
};
Expanded ExpandInput(const std::string& path);

}  // namespace grantcheck
