#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>
#include <vector>

#include "cli/command.h"
#include "cli/end_of_options.h"

namespace grantcheck {
// new_program_command.cc; declared here, not in command.h, which every
// subcommand includes.
Registered AddNewProgramCommand(CLI::App& parent);

namespace {

// The subcommands, in the order --help lists them. A new one is one row.
constexpr std::array<AddCommandFn, 10> kCommands = {
    AddCheckCommand,
    AddScheduleCommand,
    AddExplainCommand,
    AddTestCommand,
    AddRulesCommand,
    AddEvalCommand,
    AddInitCommand,
    AddNewProgramCommand,
    AddSchemaCommand,
    AddCompletionCommand,
};

// The running binary, for finding the rules installed beside it; argv[0] is
// only a fallback because a command found on PATH has no directory in it.
std::string ExecutablePath(const char* argv0) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(argv0 != nullptr ? argv0 : "") : self.string();
}

}  // namespace

int RunCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"grantcheck: checks applications to municipal innovation funds against the "
               "funders' rules"};
  app.set_version_flag("--version", std::string("grantcheck ") + GRANTCHECK_VERSION);
  app.require_subcommand(0, 1);
  std::vector<Registered> commands;
  for (AddCommandFn add : kCommands) commands.push_back(add(app));
  UnmarkPositionals(app);
  if (argc > 0) app.name(argv[0]);  // as parse(argc, argv) would
  std::vector<std::string> args = MarkAfterEndOfOptions(argc, argv);
  std::reverse(args.begin(), args.end());  // CLI11 takes them from the back
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitPass;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << "\n";
    return kExitPass;
  } catch (const CLI::ParseError& e) {
    err << "grantcheck: error: " << WithoutMarks(e.what()) << "\n";
    err << "Run 'grantcheck --help' for usage.\n";
    return kExitUsage;
  }
  CommandEnv env{ExecutablePath(argc > 0 ? argv[0] : nullptr), out, err};
  for (const Registered& c : commands) {
    if (c.app->parsed()) return c.run(env);
  }
  // No subcommand: a usage error, as in git and the linters CI runs, so that a
  // script that lost its arguments does not pass.
  err << app.help();
  return kExitUsage;
}

}  // namespace grantcheck
