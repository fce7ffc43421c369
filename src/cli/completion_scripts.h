// The completion scripts of `grantcheck completion SHELL`: each written from
// the command specs (completion_model.h), one function per shell, in a table.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/completion_model.h"

namespace grantcheck {

using CompletionWriter = std::string (*)(const std::vector<CommandSpec>& commands);

struct CompletionShell {
  std::string_view name;  // as given to `grantcheck completion`
  CompletionWriter write;
};

// bash, zsh and fish, in that order.
std::span<const CompletionShell> CompletionShells();

// `commands` as a script for each shell; the first spec is grantcheck itself.
std::string BashCompletion(const std::vector<CommandSpec>& commands);
std::string ZshCompletion(const std::vector<CommandSpec>& commands);
std::string FishCompletion(const std::vector<CommandSpec>& commands);

// `text` in single quotes for a POSIX shell (bash, zsh): ' becomes '\''.
std::string ShellQuote(std::string_view text);

// The words joined by single spaces.
std::string JoinWords(const std::vector<std::string>& words);

}  // namespace grantcheck
