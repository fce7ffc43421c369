// A subcommand of the command line: how it registers with CLI11 and how it
// runs once parsed. app.cc holds the table of them; each lives in its own file.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace grantcheck {

struct CommandEnv {
  std::string executable;  // the running binary, for finding installed rules
  std::ostream& out;
  std::ostream& err;
};

// What registering a subcommand gives back: runs it with the options parsed
// into the state that the registration captured. Returns the exit status.
using CommandRun = std::function<int(const CommandEnv&)>;

struct Registered {
  CLI::App* app = nullptr;
  CommandRun run;
};

using AddCommandFn = Registered (*)(CLI::App& parent);

// The subcommands, one per file in src/cli/.
Registered AddCheckCommand(CLI::App& parent);
Registered AddScheduleCommand(CLI::App& parent);
Registered AddExplainCommand(CLI::App& parent);
Registered AddTestCommand(CLI::App& parent);
Registered AddRulesCommand(CLI::App& parent);
Registered AddEvalCommand(CLI::App& parent);
Registered AddInitCommand(CLI::App& parent);
Registered AddSchemaCommand(CLI::App& parent);
// Reads `parent`'s definitions when it runs, so `parent` must outlive the run.
Registered AddCompletionCommand(CLI::App& parent);

}  // namespace grantcheck
