#include "cli/progress.h"

#include <unistd.h>

#include <ostream>
#include <string>

namespace grantcheck {
namespace {

constexpr int kBarWidth = 30;

}  // namespace

bool WantProgress(size_t files, bool quiet) {
  return !quiet && files > kProgressMinFiles && isatty(STDERR_FILENO);
}

ProgressBar::ProgressBar(std::ostream& err, size_t total, bool enabled)
    : err_(err), total_(total), enabled_(enabled && total > 0) {
  if (enabled_) Draw();
}

void ProgressBar::Advance() {
  ++done_;
  if (enabled_ && static_cast<int>(done_ * 100 / total_) != shown_percent_) Draw();
}

void ProgressBar::Draw() {
  shown_percent_ = static_cast<int>(done_ * 100 / total_);
  int filled = static_cast<int>(done_ * kBarWidth / total_);
  err_ << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, '.') << "] "
       << done_ << "/" << total_ << std::flush;
}

void ProgressBar::Finish() {
  if (!enabled_) return;
  err_ << "\r" << std::string(kBarWidth + 30, ' ') << "\r" << std::flush;
  enabled_ = false;
}

}  // namespace grantcheck
