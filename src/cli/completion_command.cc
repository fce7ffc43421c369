// `grantcheck completion bash|zsh|fish`: the shell completion script, written
// from the command definitions that --help also shows.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/app.h"
#include "cli/command.h"
#include "cli/completion_scripts.h"

namespace grantcheck {

Registered AddCompletionCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("completion",
                                        "Print the shell completion script for bash, zsh or fish");
  auto shell = std::make_shared<std::string>();
  std::vector<std::string> names;
  for (const CompletionShell& s : CompletionShells()) names.emplace_back(s.name);
  cmd->add_option("shell", *shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(names));
  CLI::App* root = &parent;
  return {cmd, [shell, root](const CommandEnv& env) {
            for (const CompletionShell& s : CompletionShells()) {
              if (s.name == *shell) env.out << s.write(DescribeCommands(*root));
            }
            return kExitPass;
          }};
}

}  // namespace grantcheck
