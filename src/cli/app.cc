#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <ostream>

#include "cli/check_command.h"
#include "cli/eval_command.h"

namespace grantcheck {
namespace {

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
  CheckCommandOptions check;
  AddCheckCommand(app, check);
  EvalOptions eval;
  AddEvalCommand(app, eval);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out << app.help();
    return kExitPass;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << "\n";
    return kExitPass;
  } catch (const CLI::ParseError& e) {
    err << "grantcheck: error: " << e.what() << "\n";
    err << "Run 'grantcheck --help' for usage.\n";
    return kExitUsage;
  }
  if (app.got_subcommand("check")) return RunCheck(check, ExecutablePath(argv[0]), out, err);
  if (app.got_subcommand("eval")) return RunEval(eval, out, err);
  out << app.help();
  return kExitPass;
}

}  // namespace grantcheck
