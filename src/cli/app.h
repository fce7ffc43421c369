// The command line: CLI11 wiring of the subcommands, and the outcome of a run
// as an exit status (0 pass, 1 findings fail, 2 usage or unreadable input).
#pragma once

#include <iosfwd>

namespace grantcheck {

enum ExitCode : int { kExitPass = 0, kExitFail = 1, kExitUsage = 2 };

int RunCli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace grantcheck
