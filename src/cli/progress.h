// A one-line progress bar on standard error for large batches at a terminal,
// redrawn in place with carriage returns; never shown to pipes, files or tests.
#pragma once

#include <cstddef>
#include <iosfwd>

namespace grantcheck {

// Batches up to this many files finish too fast for a bar to help.
inline constexpr size_t kProgressMinFiles = 50;

// Whether to show a bar: more than kProgressMinFiles files, no --quiet, and
// standard error is a terminal.
bool WantProgress(size_t files, bool quiet);

class ProgressBar {
 public:
  // Draws nothing at all when `enabled` is false.
  ProgressBar(std::ostream& err, size_t total, bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() { Finish(); }

  // One more file done; redraws when the shown percentage changes.
  void Advance();
  // Erases the bar, leaving the line empty for what follows.
  void Finish();

 private:
  void Draw();

  std::ostream& err_;
  size_t total_;
  size_t done_ = 0;
  int shown_percent_ = -1;
  bool enabled_;
};

}  // namespace grantcheck
