#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <ostream>

#include "cli/eval_command.h"

namespace grantcheck {

int RunCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"grantcheck: checks applications to municipal innovation funds against the "
               "funders' rules"};
  app.set_version_flag("--version", std::string("grantcheck ") + GRANTCHECK_VERSION);
  app.require_subcommand(0, 1);
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
  if (app.got_subcommand("eval")) return RunEval(eval, out, err);
  out << app.help();
  return kExitPass;
}

}  // namespace grantcheck
