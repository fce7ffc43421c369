// `grantcheck new-program ID [--dir DIR]`: a rule file skeleton, its test stub
// and two example applications, which lint clean and test green as written.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "base/escape.h"
#include "cli/app.h"
#include "cli/command.h"
#include "cli/new_program_files.h"
#include "cli/program_option.h"
#include "cli/safe_lines.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

struct NewProgramOptions {
  std::string id;
  std::string dir = ".";
  std::string lang = "en";
  bool force = false;
};

int RunNewProgram(const NewProgramOptions& o, const CommandEnv& env) {
  if (!IsProgramId(o.id)) {
    env.err << "grantcheck: error: '" << StripControl(o.id)
            << "' cannot name a program; use lowercase letters, digits and '-', starting with a "
               "letter (my-fund-2026)\n";
    return kExitUsage;
  }
  std::optional<std::vector<NewProgramFile>> files = NewProgramFiles(o.id, o.lang);
  if (!files) return kExitUsage;  // --lang accepts only languages with a skeleton
  std::error_code ec;
  for (const NewProgramFile& f : *files) {
    fs::path path = fs::path(o.dir) / f.path;
    if (!o.force && fs::exists(path, ec)) {
      env.err << "grantcheck: error: '" << StripControl(path.string())
              << "' exists; give --force to replace it\n";
      return kExitUsage;
    }
  }
  for (const NewProgramFile& f : *files) {
    fs::path path = fs::path(o.dir) / f.path;
    fs::create_directories(path.parent_path(), ec);
    if (!WriteTextTo(path.string(), f.text, env.out, env.err)) return kExitUsage;
    env.out << "wrote " << StripControl(path.string()) << "\n";
  }
  env.out << "next: replace each REPLACE with the funder's words, then run\n"
          << "  grantcheck rules lint " << StripControl((fs::path(o.dir) / (*files)[0].path).string())
          << "\n  grantcheck test --require-coverage "
          << StripControl((fs::path(o.dir) / (*files)[1].path).string()) << "\n";
  return kExitPass;
}

}  // namespace

Registered AddNewProgramCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand(
      "new-program", "Write a rule file skeleton, a test stub and two example applications");
  auto o = std::make_shared<NewProgramOptions>();
  cmd->add_option("id", o->id, "The new program's id, such as my-fund-2026")->required();
  cmd->add_option("--dir", o->dir,
                  "Where to write rules/ID.toml, rules/ID.tests.yaml and examples/ID-*.yaml "
                  "(default: the current directory)");
  cmd->add_option("--lang", o->lang, "The program's language (default: en)")
      ->check(CLI::IsMember({"en", "sv", "da", "nb"}));
  cmd->add_flag("--force", o->force, "Replace the files if they exist");
  return {cmd, [o](const CommandEnv& env) {
            return RunWithSafeLines(env,
                                    [&o](const CommandEnv& safe) { return RunNewProgram(*o, safe); });
          }};
}

}  // namespace grantcheck
