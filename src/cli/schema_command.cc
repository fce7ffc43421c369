// `grantcheck schema --program ID`: the JSON Schema of the application format
// of one program, for editors with a YAML language server.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <string>

#include "cli/app.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/program_option.h"
#include "cli/safe_lines.h"
#include "model/json_schema.h"
#include "rules/rule_set.h"

namespace grantcheck {
namespace {

struct SchemaCommandOptions {
  std::string program;
  std::string rules;
  std::string lang;
  std::string output;
};

int RunSchema(const SchemaCommandOptions& o, const CommandEnv& env) {
  RuleSet rules = LoadRuleSet(RuleSearchPath(o.rules, std::getenv("GRANTCHECK_RULES_PATH"),
                                             env.executable));
  if (!ReportRuleDiagnostics(rules, env.err)) return kExitUsage;
  const Program* program = FindProgramOrExplain(rules, o.program, env.err);
  if (program == nullptr) return kExitUsage;
  std::string schema = ApplicationJsonSchema(
      program->schema, JsonSchemaInfo{.program_id = program->id,
                                      .program_name = program->name,
                                      .language = o.lang.empty() ? program->language : o.lang});
  return WriteTextTo(o.output, schema, env.out, env.err) ? kExitPass : kExitUsage;
}

}  // namespace

Registered AddSchemaCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand(
      "schema", "Print the JSON Schema of a program's application format, for editors");
  auto o = std::make_shared<SchemaCommandOptions>();
  cmd->add_option("--program", o->program, "The program id, such as familjen-helsingborg")
      ->required();
  cmd->add_option("--rules", o->rules, "A rule file or a directory of them (default: "
                                       "GRANTCHECK_RULES_PATH, then the installed rules)");
  AddLanguageOption(*cmd, o->lang);
  cmd->add_option("--output,-o", o->output, "Write to FILE (atomically) instead of standard output");
  return {cmd, [o](const CommandEnv& env) {
            return RunWithSafeLines(env, [&o](const CommandEnv& safe) { return RunSchema(*o, safe); });
          }};
}

}  // namespace grantcheck
