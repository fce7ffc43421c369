#include "cli/check_command.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "cli/app.h"
#include "cli/common_options.h"
#include "engine/batch.h"
#include "report/writer.h"
#include "rules/rule_set.h"

namespace grantcheck {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::string format = "text";
  std::string lang;
  bool draft = false;
  std::string fail_on = "error";
  std::optional<std::string> today;
  bool quiet = false;
  bool no_color = false;
};

void AddOptions(CLI::App* cmd, CheckCommandOptions& o) {
  cmd->add_option("paths", o.paths, "Application files, directories (searched for *.yaml, *.yml), "
                                    "or - for standard input")
      ->required();
  cmd->add_option("--rules", o.rules, "A rule file or a directory of them (default: "
                                      "GRANTCHECK_RULES_PATH, then the installed rules)");
  std::vector<std::string> formats;
  for (const Format& f : CheckFormats()) formats.emplace_back(f.name);
  cmd->add_option("--format", o.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  AddLanguageOption(*cmd, o.lang);
  cmd->add_flag("--draft", o.draft, "Missing fields are to-dos, not failures");
  cmd->add_option("--fail-on", o.fail_on, "Lowest severity that fails an application")
      ->check(CLI::IsMember({"error", "warning"}))
      ->capture_default_str();
  AddTodayOption(*cmd, o.today);
  cmd->add_flag("--quiet,-q", o.quiet, "Show only failing findings and the summary");
  cmd->add_flag("--no-color", o.no_color, "No colours (also when NO_COLOR is set)");
}

// Every path expanded to files; a path that names nothing becomes its own report.
std::vector<std::string> ExpandAll(const std::vector<std::string>& paths,
                                   std::vector<AppReport>* bad) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    Expanded e = ExpandInput(p);
    if (!e.error.empty()) bad->push_back(InputError(p, Pos{}, "app-read", e.error));
    files.insert(files.end(), e.files.begin(), e.files.end());
  }
  return files;
}

bool UseColor(bool no_color) {
  const char* env = std::getenv("NO_COLOR");
  return !no_color && (env == nullptr || *env == '\0') && isatty(STDOUT_FILENO);
}

int RunCheck(const CheckCommandOptions& o, const std::string& executable, std::ostream& out,
             std::ostream& err) {
  CheckOptions check{.lang = o.lang, .draft = o.draft};
  if (!ResolveToday(o.today, &check.today, err)) return kExitUsage;
  RuleSet rules = LoadRuleSet(RuleSearchPath(o.rules, std::getenv("GRANTCHECK_RULES_PATH"),
                                             executable));
  if (!ReportRuleDiagnostics(rules, err)) return kExitUsage;
  std::vector<AppReport> reports;
  std::vector<std::string> files = ExpandAll(o.paths, &reports);
  std::vector<AppReport> checked = CheckFiles(files, rules, check);
  reports.insert(reports.end(), std::make_move_iterator(checked.begin()),
                 std::make_move_iterator(checked.end()));
  WriteOptions w{.lang = o.lang,
                 .fail_on = o.fail_on == "warning" ? Severity::kWarning : Severity::kError,
                 .draft = o.draft,
                 .color = o.format == "text" && UseColor(o.no_color),
                 .quiet = o.quiet};
  FindCheckFormat(o.format)->write(reports, w, out);
  return ExitStatus(reports, w.fail_on);
}

}  // namespace

Registered AddCheckCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("check", "Check applications against their program's rules");
  auto options = std::make_shared<CheckCommandOptions>();
  AddOptions(cmd, *options);
  return {cmd, [options](const CommandEnv& env) {
            return RunCheck(*options, env.executable, env.out, env.err);
          }};
}

}  // namespace grantcheck
