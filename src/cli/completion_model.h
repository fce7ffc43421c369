// The command line as shell completion sees it, read from the CLI11 definitions
// (so it cannot drift from --help); the scripts for each shell are written elsewhere.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace grantcheck {

// What a value (of an option or a positional) is completed with.
enum class CompletedValue {
  kNone,     // a flag: no value
  kWord,     // free text (a date, a number, an expression): nothing to offer
  kFile,     // file and directory names
  kChoice,   // one of `choices`
  kProgram,  // a program id, asked of `grantcheck rules list --ids` when completing
};

struct ArgSpec {
  std::vector<std::string> names;  // "-o", "--output"; a positional's name ("paths")
  std::string description;         // the first line of its help
  CompletedValue value = CompletedValue::kNone;
  std::vector<std::string> choices;  // kChoice only
  bool repeatable = false;           // may be given, or takes values, more than once
};

struct SubcommandName {
  std::string name;
  std::string description;
};

struct CommandSpec {
  std::string path;  // "" for grantcheck itself, "check", "rules list"
  std::string description;
  std::vector<ArgSpec> options;             // in --help order, --help among them
  std::vector<ArgSpec> positionals;         // in order; the last may be repeatable
  std::vector<SubcommandName> subcommands;  // only commands that have subcommands
};

// `root` and every subcommand below it, depth first in --help order; hidden
// options and subcommands are left out.
std::vector<CommandSpec> DescribeCommands(CLI::App& root);

// The value options of `spec`'s names, as one space-separated word list
// ("--rules --format -o --output"), for scripts that skip option values.
std::string ValueOptionNames(const CommandSpec& spec);

}  // namespace grantcheck
