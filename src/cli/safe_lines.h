// The last guard on the text subcommands' output (explain, eval, rules, test,
// init, schema): each line through StripControl. Reports have their own writers.
#pragma once

#include <functional>
#include <ostream>
#include <streambuf>
#include <string>

#include "cli/command.h"

namespace grantcheck {

// A stream buffer that passes whole lines to `sink`, each through
// StripControl (src/base/escape.h) with its newline kept: whatever a rule
// file, a test file or an application held, no control character but tab and
// newline is written. The texts those commands quote are stripped where they
// are quoted too, so a line break in one cannot start a line of its own.
class SafeLinesBuf : public std::streambuf {
 public:
  explicit SafeLinesBuf(std::ostream& sink) : sink_(sink) {}
  SafeLinesBuf(const SafeLinesBuf&) = delete;
  SafeLinesBuf& operator=(const SafeLinesBuf&) = delete;
  ~SafeLinesBuf() override;  // writes an unfinished last line

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;  // writes the finished lines and flushes `sink`

 private:
  void WriteLines(bool all);

  std::ostream& sink_;
  std::string pending_;
};

// Runs `run` with env.out and env.err each behind a SafeLinesBuf; what is
// written reaches the real streams before this returns.
int RunWithSafeLines(const CommandEnv& env, const std::function<int(const CommandEnv&)>& run);

}  // namespace grantcheck
