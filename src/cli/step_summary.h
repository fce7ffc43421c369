// GitHub's job summary: with `--format github`, the Markdown report is also
// appended to the file GITHUB_STEP_SUMMARY names. The report is markdown_writer's.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace grantcheck {

// The job summary file, open for appending. GitHub gives each step its own
// file and shows what the steps appended, so text is only ever added to it.
class StepSummary {
 public:
  // Opens `path` to append (creating it when absent). nullptr with *error set
  // when it cannot be opened or is not a regular file (a FIFO, a device, a
  // directory), which is refused before anything is written to it.
  static std::unique_ptr<StepSummary> Open(const std::string& path, std::string* error);

  StepSummary(const StepSummary&) = delete;
  StepSummary& operator=(const StepSummary&) = delete;
  ~StepSummary();

  // Appends `text` whole. False with *error set when a write fails.
  bool Append(std::string_view text, std::string* error);

 private:
  StepSummary(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}

  std::string path_;
  int fd_;
};

}  // namespace grantcheck
