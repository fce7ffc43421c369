#include "cli/check_command.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/file_io.h"
#include "cli/app.h"
#include "cli/color_option.h"
#include "cli/common_options.h"
#include "cli/config_option.h"
#include "cli/progress.h"
#include "cli/report_outputs.h"
#include "cli/step_summary.h"
#include "engine/batch.h"
#include "engine/parallel.h"
#include "report/run_info.h"
#include "report/writer.h"
#include "cli/rule_lookup.h"
#include "rules/rule_set.h"
#include "schedule/schedule.h"

namespace grantcheck {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::vector<std::string> formats;  // NAME or NAME=FILE; empty = text
  std::vector<std::string> outputs;
  std::string lang;
  bool draft = false;
  std::string fail_on = "error";
  std::optional<std::string> today;
  int jobs = DefaultJobs();
  bool quiet = false;
  ColorChoice color;
  std::optional<std::string> stdin_name;
  ConfigChoice config;
};

std::string FormatHelp() {
  std::string help = "Output format, NAME or NAME=FILE; repeat for several outputs (default: text):";
  for (const Format& f : CheckFormats()) help += "\n  " + std::string(f.name) + ": " + std::string(f.description);
  return help;
}

void AddOutputOptions(CLI::App* cmd, CheckCommandOptions& o) {
  // allow_extra_args(false): each --format takes one value, so the paths after
  // `--format json` stay paths; repeating the option adds outputs.
  cmd->add_option("--format", o.formats, FormatHelp())->allow_extra_args(false);
  cmd->add_option("--output,-o", o.outputs,
                  "Write the report to FILE (atomically) instead of standard output; one per "
                  "--format without =FILE, in the same order")
      ->allow_extra_args(false);
}

// CLI::PositiveNumber would say "Value 0 not in range 0 to 1.79769e+308".
CLI::Validator AtLeastOne() {
  return CLI::Validator(
      [](const std::string& text) {
        int n = 0;
        return CLI::detail::lexical_cast(text, n) && n >= 1 ? std::string()
                                                             : std::string("must be at least 1");
      },
      "INT>=1");
}

void AddOptions(CLI::App* cmd, CheckCommandOptions& o) {
  cmd->add_option("paths", o.paths, "Application files, directories (searched for *.yaml, *.yml), "
                                    "or - for standard input")
      ->required();
  cmd->add_option("--rules", o.rules, "A rule file or a directory of them (default: "
                                      "GRANTCHECK_RULES_PATH, then the installed rules)");
  AddOutputOptions(cmd, o);
  AddLanguageOption(*cmd, o.lang);
  cmd->add_flag("--draft", o.draft, "Missing fields are to-dos, not failures");
  cmd->add_option("--fail-on", o.fail_on, "Lowest severity that fails an application")
      ->check(CLI::IsMember({"error", "warning"}))
      ->capture_default_str();
  AddTodayOption(*cmd, o.today);
  cmd->add_option("--jobs,-j", o.jobs, "Applications checked in parallel (default: the number "
                                       "of cores); output keeps the input order")
      ->check(AtLeastOne());
  cmd->add_flag("--quiet,-q", o.quiet, "Show only failing findings and the summary");
  AddColorOptions(*cmd, o.color);
  AddStdinNameOption(*cmd, o.stdin_name);
  AddConfigOptions(*cmd, o.config);
}

// `o` with the settings file's keys for what the command line left out. The
// outputs come as a whole: any --format or --output replaces all of them.
CheckCommandOptions WithSettings(CheckCommandOptions o, const ConfigFile& config,
                                 const CLI::App& cmd) {
  TakeSharedSettings(config, cmd, {&o.rules, &o.lang, &o.today});
  if (config.fail_on && !Given(cmd, "--fail-on")) o.fail_on = *config.fail_on;
  if (config.draft && !Given(cmd, "--draft")) o.draft = *config.draft;
  if (!Given(cmd, "--format") && !Given(cmd, "--output")) {
    o.formats = config.format.value_or(o.formats);
    o.outputs = config.output.value_or(o.outputs);
  }
  return o;
}

// Every path expanded to files; a path that names nothing becomes its own report.
std::vector<std::string> ExpandAll(const std::vector<std::string>& paths, const ConfigFile& config,
                                   std::string_view lang, std::vector<AppReport>* bad) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    Expanded e = ExpandInput(p);
    DropExcluded(config, p, &e);
    for (const InputProblem& q : e.problems) {
      bad->push_back(UnreadableInput(q, lang));
    }
    files.insert(files.end(), e.files.begin(), e.files.end());
  }
  return files;
}

int Fail(std::ostream& err, const std::string& message) {
  err << "grantcheck: error: " << StripControl(message) << "\n";  // it may name a file
  return kExitUsage;
}

// Every output opened before any application is read; empty after a message on
// `err` when one cannot be.
std::vector<std::unique_ptr<ReportSink>> OpenSinks(const std::vector<OutputSpec>& specs,
                                                   std::ostream& out, std::ostream& err) {
  std::vector<std::unique_ptr<ReportSink>> sinks;
  for (const OutputSpec& spec : specs) {
    std::string error;
    sinks.push_back(ReportSink::Open(spec, out, &error));
    if (sinks.back() == nullptr) {
      Fail(err, error);
      return {};
    }
  }
  return sinks;
}

// A run in progress: every report goes to each output as it arrives, in input order.
class Run {
 public:
  Run(std::vector<std::unique_ptr<ReportSink>> sinks, WriteOptions options, ColorChoice color)
      : sinks_(std::move(sinks)), options_(std::move(options)), color_(std::move(color)) {
    for (const auto& sink : sinks_) keep_reports_ |= sink->spec().format->write_one == nullptr;
  }

  void Add(AppReport&& report) {
    for (auto& sink : sinks_) sink->Add(report, OptionsFor(*sink));
    status_ = std::max(status_, ExitStatus(std::span(&report, 1), options_.fail_on));
    // Only a format that waits for the whole run needs every report; with
    // streamed ones alone (jsonl), memory stays flat however large the batch.
    if (keep_reports_) reports_.push_back(std::move(report));
  }

  // With `--format github`, the Markdown report also goes to GitHub's job summary.
  void SetStepSummary(std::unique_ptr<StepSummary> summary) { step_summary_ = std::move(summary); }

  // Writes the formats that wait for the whole run and commits the files.
  int Finish(std::ostream& err) {
    int status = status_;
    for (auto& sink : sinks_) {
      std::string error;
      if (!sink->Finish(reports_, OptionsFor(*sink), &error)) status = Fail(err, error);
    }
    if (step_summary_ != nullptr) {
      std::ostringstream markdown;
      FindCheckFormat("markdown")->write(reports_, options_, markdown);
      std::string error;
      if (!step_summary_->Append(markdown.str(), &error)) status = Fail(err, error);
    }
    return status;
  }

 private:
  // Colour only in text on standard output (a report file never has any),
  // and there as --color and NO_COLOR say.
  WriteOptions OptionsFor(const ReportSink& sink) const {
    WriteOptions o = options_;
    o.color = sink.spec().format->name == "text" && sink.to_stdout() &&
              WantColor(color_, std::getenv("NO_COLOR"), isatty(STDOUT_FILENO) != 0);
    return o;
  }

  std::vector<std::unique_ptr<ReportSink>> sinks_;
  WriteOptions options_;
  ColorChoice color_;
  bool keep_reports_ = false;
  std::unique_ptr<StepSummary> step_summary_;
  int status_ = kExitPass;
  std::vector<AppReport> reports_;
};

// GitHub's job summary file when a github report is asked for and
// GITHUB_STEP_SUMMARY names one; false after a message when it cannot be used.
bool OpenStepSummary(const std::vector<OutputSpec>& specs, std::unique_ptr<StepSummary>* summary,
                     std::ostream& err) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  bool github = std::any_of(specs.begin(), specs.end(),
                            [](const OutputSpec& s) { return s.format->name == "github"; });
  if (!github || path == nullptr || *path == '\0') return true;
  std::string error;
  *summary = StepSummary::Open(path, &error);
  if (*summary == nullptr) Fail(err, error);
  return *summary != nullptr;
}

// The deadlines an html report draws, scheduled as `schedule` does; none
// without an html report. Standard input was read once already and is left out.
std::vector<ScheduleReport> HtmlSchedules(const std::vector<OutputSpec>& specs,
                                          std::vector<std::string> files, const RuleSet& rules,
                                          const CheckOptions& check) {
  if (std::none_of(specs.begin(), specs.end(),
                   [](const OutputSpec& s) { return s.format->name == "html"; })) {
    return {};
  }
  std::erase(files, "-");
  return ScheduleFiles(files, rules, ScheduleOptions{.lang = check.lang, .today = check.today});
}

int RunCheck(const CheckCommandOptions& given, const CLI::App& cmd, const std::string& executable,
             std::ostream& out, std::ostream& err) {
  std::optional<ConfigFile> config = LoadConfig(given.config, err);
  if (!config) return kExitUsage;
  const CheckCommandOptions o = WithSettings(given, *config, cmd);
  std::string error;
  std::optional<std::vector<OutputSpec>> specs = ParseOutputs(o.formats, o.outputs, &error);
  if (!specs) return Fail(err, error);
  CheckOptions check{.lang = o.lang, .draft = o.draft};
  if (!ResolveToday(o.today, &check.today, err)) return kExitUsage;
  std::optional<std::string> stdin_name = ResolveStdinName(o.stdin_name, o.paths, err);
  if (!stdin_name) return kExitUsage;
  check.stdin_name = *stdin_name;
  // Listing the applications reads none of them; the rules are loaded, and a
  // broken one stops the run, before any is checked.
  std::vector<AppReport> bad;
  std::vector<std::string> files = ExpandAll(o.paths, *config, o.lang, &bad);
  RuleSet rules = LoadRulesForApplications(o.rules, executable, files);
  if (!ReportRuleDiagnostics(rules, err)) return kExitUsage;
  std::vector<std::unique_ptr<ReportSink>> sinks = OpenSinks(*specs, out, err);
  if (sinks.empty()) return kExitUsage;
  std::unique_ptr<StepSummary> step_summary;
  if (!OpenStepSummary(*specs, &step_summary, err)) return kExitUsage;
  // A streamed format on the terminal would interleave with the bar.
  bool streams_to_terminal = false;
  for (const auto& sink : sinks) {
    streams_to_terminal |= sink->to_stdout() && sink->spec().format->write_one != nullptr &&
                           isatty(STDOUT_FILENO);
  }
  RunInfo info = MakeRunInfo(rules);
  std::vector<ScheduleReport> schedules = HtmlSchedules(*specs, files, rules, check);
  Run run(std::move(sinks),
          WriteOptions{.lang = o.lang,
                       .fail_on = o.fail_on == "warning" ? Severity::kWarning : Severity::kError,
                       .draft = o.draft,
                       .quiet = o.quiet,
                       .batch_summary = bad.size() + files.size() > 1,
                       .run = &info,
                       .schedules = &schedules},
          o.color);
  run.SetStepSummary(std::move(step_summary));
  for (AppReport& r : bad) run.Add(std::move(r));
  ProgressBar bar(err, files.size(), WantProgress(files.size(), o.quiet) && !streams_to_terminal);
  CheckFilesOrdered(files, rules, check, o.jobs, [&](AppReport&& report) {
    run.Add(std::move(report));
    bar.Advance();
  });
  bar.Finish();
  return run.Finish(err);
}

}  // namespace

Registered AddCheckCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("check", "Check applications against their program's rules");
  auto options = std::make_shared<CheckCommandOptions>();
  AddOptions(cmd, *options);
  return {cmd, [options, cmd](const CommandEnv& env) {
            return RunCheck(*options, *cmd, env.executable, env.out, env.err);
          }};
}

}  // namespace grantcheck
