// `--` ends the options of a subcommand: every argument after it is a path (or
// whatever the subcommand's positional is), even one that starts with '-'.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace grantcheck {

// The arguments (without the program name), in order, with the first "--"
// taken out and each argument after it marked as positional. CLI11 2.1 hands
// what follows "--" back to the top level once a subcommand has the
// positionals it needs (`check a.yaml -- -b.yaml` was "-b.yaml not
// expected"); a marked argument never looks like an option, so the
// subcommand keeps it.
std::vector<std::string> MarkAfterEndOfOptions(int argc, char** argv);

// Makes every positional option of `app` and its subcommands, at any depth,
// remove the mark from the values it stores.
void UnmarkPositionals(CLI::App& app);

// `text` (a CLI11 error message) without marks.
std::string WithoutMarks(std::string text);

}  // namespace grantcheck
