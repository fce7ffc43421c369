// `grantcheck init --program ID [FILE]`: a commented application template in
// the program's language that loads and passes `check --draft` as it is;
// `grantcheck init --config [FILE]`: a commented `.grantcheck.toml`.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>

#include "base/date.h"
#include "base/escape.h"
#include "cli/app.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/config_file.h"
#include "cli/config_template.h"
#include "cli/program_option.h"
#include "cli/safe_lines.h"
#include "engine/engine.h"
#include "model/document.h"
#include "model/json_schema.h"
#include "model/template.h"
#include "rules/rule_set.h"

namespace grantcheck {
namespace {

struct InitCommandOptions {
  std::string program;
  std::string file;
  std::string rules;
  std::string lang;
  std::optional<std::string> schema_ref;  // default: ID.schema.json
  std::optional<std::string> today;
  bool force = false;
  bool config = false;  // --config: the settings file instead of a template
};

// The template checked as `check --draft` would check it.
AppReport CheckTemplate(const std::string& text, const PreparedProgram& prepared,
                        const CheckOptions& options) {
  Document doc = LoadYaml(text, "template");
  if (!doc.ok) {  // a bug in the template writer; reported as failing, not hidden
    AppReport broken{.file = "template", .input_error = true};
    for (const Diagnostic& d : doc.diagnostics) broken.findings.push_back(FindingFromDiagnostic(d));
    return broken;
  }
  Application app = BuildApplication(doc, prepared.program->schema);
  app.diagnostics.insert(app.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
  return CheckApplication(app, prepared, options);
}

int Failing(const AppReport& report, std::set<std::string>* rule_ids = nullptr) {
  int n = 0;
  for (const Finding& f : report.findings) {
    if (!f.Fails(Severity::kError)) continue;
    ++n;
    if (rule_ids != nullptr) rule_ids->insert(f.rule_id);
  }
  return n;
}

bool StillFails(const AppReport& report, const std::string& rule_id) {
  for (const Finding& f : report.findings) {
    if (f.rule_id == rule_id && f.Fails(Severity::kError)) return true;
  }
  return false;
}

// Rules such as `has(organisation.steering_group)` fail on an absent field
// even in --draft, where a missing field is otherwise a to-do. So the template
// starts with the required fields only, and for each rule that fails, the
// first of FillCandidates() for its field that makes it pass, without making
// more rules fail, is kept ("<Styrgrupp>", `kind: municipal`), marked in the
// template as filled in by init. `failing` names the rules that no candidate
// satisfies (a number, say).
std::string BuildTemplate(const Program& program, const TemplateInfo& info,
                          const CheckOptions& options, std::set<std::string>* failing) {
  PreparedProgram prepared = Prepare(program);
  TemplateFills fills;
  auto check = [&](const TemplateFills& f) {
    return CheckTemplate(ApplicationTemplate(program.schema, info, f), prepared, options);
  };
  AppReport report = check(fills);
  // Each round satisfies at least one more rule, so one round per rule is enough.
  for (size_t round = 0; round < program.rules.size() && Failing(report) > 0; ++round) {
    bool progress = false;
    for (const Finding& f : report.findings) {
      if (!f.Fails(Severity::kError)) continue;
      for (const TemplateFills& candidate : FillCandidates(program.schema, f.path, info)) {
        TemplateFills trial = fills;
        for (const auto& [path, value] : candidate) trial[path] = value;
        AppReport tried = check(trial);
        if (StillFails(tried, f.rule_id) || Failing(tried) >= Failing(report)) continue;
        fills = std::move(trial);
        report = std::move(tried);
        progress = true;
        break;
      }
      if (progress) break;  // `report` changed: start again from its findings
    }
    if (!progress) break;
  }
  failing->clear();
  Failing(report, failing);
  return ApplicationTemplate(program.schema, info, fills);
}

// FILE, or `path` when none was named, unless it exists and --force is not given.
bool MayWrite(const std::string& path, bool force, std::ostream& err) {
  std::error_code ec;
  if (force || path.empty() || path == "-" || !std::filesystem::exists(path, ec)) return true;
  err << "grantcheck: error: '" << path << "' exists; give --force to replace it\n";
  return false;
}

int RunInitConfig(const InitCommandOptions& o, const CommandEnv& env) {
  std::string file = o.file.empty() ? std::string(kConfigFileName) : o.file;
  if (!MayWrite(file, o.force, env.err)) return kExitUsage;
  if (!WriteTextTo(file, ConfigTemplate(o.lang), env.out, env.err)) return kExitUsage;
  if (file != "-") env.err << "grantcheck: wrote " << file << "\n";
  return kExitPass;
}

// The JSON Schema the template's first line names, so that an editor finds
// it: written beside the template unless a file of that name is there, or
// another was named with --schema-ref; for a template on standard output, how
// to write it.
bool WriteNamedSchema(const InitCommandOptions& o, const Program& program,
                      const TemplateInfo& info, const CommandEnv& env) {
  // A program id is the rule file author's text: never a path out of the directory.
  const bool plain_name = info.schema_ref.find('/') == std::string::npos &&
                          info.schema_ref.find('\\') == std::string::npos &&
                          !info.schema_ref.starts_with('.');
  if (o.schema_ref || !plain_name) return true;
  if (o.file.empty() || o.file == "-") {
    env.err << "grantcheck: the template's first line names " << info.schema_ref
            << "; write it with: grantcheck schema --program " << program.id << " -o "
            << info.schema_ref << "\n";
    return true;
  }
  const std::filesystem::path path =
      std::filesystem::path(o.file).parent_path() / info.schema_ref;
  std::error_code ec;
  if (std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found) {
    return true;  // the editor's schema is already there, or something we do not replace
  }
  const std::string schema = ApplicationJsonSchema(
      program.schema, JsonSchemaInfo{.program_id = program.id,
                                     .program_name = program.name,
                                     .language = info.language});
  if (!WriteTextTo(path.string(), schema, env.out, env.err)) return false;
  env.err << "grantcheck: wrote " << StripControl(path.string())
          << ", the JSON Schema the template's first line names, for editors\n";
  return true;
}

int RunInit(const InitCommandOptions& o, const CommandEnv& env) {
  if (o.config) return RunInitConfig(o, env);
  if (o.program.empty()) {
    env.err << "grantcheck: error: --program is required (or --config for a settings file)\n";
    return kExitUsage;
  }
  CheckOptions check{.lang = o.lang, .draft = true};
  if (!ResolveToday(o.today, &check.today, env.err)) return kExitUsage;
  RuleSet rules = LoadRuleSet(RuleSearchPath(o.rules, std::getenv("GRANTCHECK_RULES_PATH"),
                                             env.executable));
  if (!ReportRuleDiagnostics(rules, env.err)) return kExitUsage;
  const Program* program = FindProgramOrExplain(rules, o.program, env.err);
  if (program == nullptr) return kExitUsage;
  bool to_file = !o.file.empty() && o.file != "-";
  if (!MayWrite(o.file, o.force, env.err)) return kExitUsage;
  TemplateInfo info{.program_id = program->id,
                    .program_name = program->name,
                    .language = o.lang.empty() ? program->language : o.lang,
                    .currency = program->currency,
                    .schema_ref = o.schema_ref.value_or(program->id + ".schema.json"),
                    .today = FormatDate(*check.today)};
  std::set<std::string> failing;
  std::string text = BuildTemplate(*program, info, check, &failing);
  for (const std::string& id : failing) {
    env.err << "grantcheck: warning: the template does not pass rule " << id
            << " with --draft; fill in its field first\n";
  }
  if (!WriteTextTo(o.file, text, env.out, env.err)) return kExitUsage;
  if (to_file) {
    env.err << "grantcheck: wrote " << StripControl(o.file)
            << "; check it with: grantcheck check --draft " << StripControl(o.file) << "\n";
  }
  return WriteNamedSchema(o, *program, info, env) ? kExitPass : kExitUsage;
}

}  // namespace

Registered AddInitCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand(
      "init", "Write a commented application template for a program");
  auto o = std::make_shared<InitCommandOptions>();
  CLI::Option* program =
      cmd->add_option("--program", o->program,
                      "The program id, such as familjen-helsingborg (required without --config)");
  cmd->add_flag("--config", o->config,
                "Write a commented settings file, .grantcheck.toml, instead of a template")
      ->excludes(program);
  cmd->add_option("file", o->file,
                  "Where to write the template (default: standard output) or the settings "
                  "(default: .grantcheck.toml)");
  cmd->add_option("--rules", o->rules, "A rule file or a directory of them (default: "
                                       "GRANTCHECK_RULES_PATH, then the installed rules)");
  AddLanguageOption(*cmd, o->lang);
  cmd->add_option("--schema-ref", o->schema_ref,
                  "The JSON Schema named on the template's first line, for editors (default: "
                  "ID.schema.json, as written by 'grantcheck schema --program ID'; \"\" for none)");
  AddTodayOption(*cmd, o->today);
  cmd->add_flag("--force", o->force, "Replace FILE if it exists");
  return {cmd, [o](const CommandEnv& env) {
            return RunWithSafeLines(env, [&o](const CommandEnv& safe) { return RunInit(*o, safe); });
          }};
}

}  // namespace grantcheck
