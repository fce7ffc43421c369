// Runs the built grantcheck binary as a user would, for end-to-end tests:
// arguments in, exit status and both output streams out.
#pragma once

#include <string>

namespace grantcheck::testing {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `grantcheck ARGS` with the working directory at the source tree's
// root (so "examples/" means the bundled examples), stdin from `input`.
// `args` is passed to the shell as written: quote what needs quoting.
CliResult RunCli(const std::string& args, const std::string& input = "",
                 const std::string& env = "");

// The same with the working directory at `dir`.
CliResult RunCliIn(const std::string& dir, const std::string& args, const std::string& input = "",
                   const std::string& env = "");

// The path of a file in the source tree.
std::string SourcePath(const std::string& relative);

}  // namespace grantcheck::testing
