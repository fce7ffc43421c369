#include "cli/schedule_command.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "base/escape.h"
#include "base/file_io.h"
#include "cli/app.h"
#include "cli/common_options.h"
#include "cli/config_option.h"
#include "cli/rule_lookup.h"
#include "engine/batch.h"
#include "report/schedule_writer.h"
#include "rules/rule_set.h"
#include "schedule/schedule.h"

namespace grantcheck {
namespace {

struct ScheduleCommandOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::string format = "text";
  std::string lang;
  std::optional<std::string> today;
  std::optional<std::string> from;
  std::optional<std::string> until;
  std::optional<std::string> stdin_name;
  bool granted_only = false;
  bool agenda = false;
  std::optional<int> remind;
  ConfigChoice config;
};

void AddOptions(CLI::App* cmd, ScheduleCommandOptions& o) {
  cmd->add_option("paths", o.paths,
                  "Application files, directories (searched for *.yaml, *.yml), "
                  "or - for standard input")
      ->required();
  cmd->add_option("--rules", o.rules,
                  "A rule file or a directory of them (default: "
                  "GRANTCHECK_RULES_PATH, then the installed rules)");
  std::vector<std::string> formats;
  for (const ScheduleFormat& f : ScheduleFormats()) formats.emplace_back(f.name);
  cmd->add_option("--format", o.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  AddLanguageOption(*cmd, o.lang);
  AddTodayOption(*cmd, o.today);
  cmd->add_option("--from", o.from, "Leave out dated deadlines before this day (YYYY-MM-DD)");
  cmd->add_option("--until", o.until, "Leave out dated deadlines after this day (YYYY-MM-DD)");
  cmd->add_flag("--granted-only", o.granted_only,
                "Only applications whose decision is granted (decision: granted)");
  cmd->add_flag("--agenda", o.agenda,
                "text: one merged list of every application's deadlines in date order");
  cmd->add_option("--remind", o.remind, "ics: a reminder (VALARM) this many days before each deadline")
      ->check(CLI::Range(0, kMaxRemindDays));
  AddStdinNameOption(*cmd, o.stdin_name);
  AddConfigOptions(*cmd, o.config);
}

// `option` parsed into *day; false (after a message) when it is not a real day.
bool ResolveDay(std::string_view name, const std::optional<std::string>& option,
                std::optional<Date>* day, std::ostream& err) {
  if (!option) return true;
  *day = ParseDate(*option);
  if (!*day)
    err << "grantcheck: error: " << name << " '" << *option
        << "' is not a real day as YYYY-MM-DD\n";
  return day->has_value();
}

// RFC 5545 DTSTAMP: --today at midnight UTC when given, so that output is
// reproducible; else the clock's UTC time.
std::string DtStamp(const std::optional<std::string>& today_option, Date today) {
  std::string day = FormatDate(today);
  std::string compact = day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2);
  if (today_option) return compact + "T000000Z";
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  auto midnight = std::chrono::floor<std::chrono::days>(now);
  std::chrono::hh_mm_ss time(now - midnight);
  Date utc_day{static_cast<int32_t>(midnight.time_since_epoch().count())};
  std::string d = FormatDate(utc_day);
  return fmt::format("{}{}{}T{:02}{:02}{:02}Z", d.substr(0, 4), d.substr(5, 2), d.substr(8, 2),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

// Each PATH with the files it names, expanded once: the rules are chosen by
// these files, and then their schedules are made.
using Inputs = std::vector<std::pair<std::string, Expanded>>;

// The schedules of every PATH in order; a PATH that names nothing becomes its own report.
std::vector<ScheduleReport> ScheduleAll(const Inputs& inputs, const RuleSet& rules,
                                        const ScheduleOptions& options) {
  std::vector<ScheduleReport> reports;
  for (const auto& input : inputs) {
    const Expanded& e = input.second;
    for (const InputProblem& q : e.problems)
      reports.push_back(ScheduleInputError(UnreadableInput(q, options.lang)));
    for (ScheduleReport& r : ScheduleFiles(e.files, rules, options))
      reports.push_back(std::move(r));
  }
  return reports;
}

// What the chosen format cannot show goes to standard error, so nothing is
// dropped silently: unreadable files, and (for ics) deadlines without a date.
void ReportOnStderr(std::span<const ScheduleReport> reports, const ScheduleFormat& format,
                    std::ostream& err) {
  for (const ScheduleReport& r : reports) {
    for (const Finding& f : r.problems) {
      if (format.shows_input_errors) break;
      err << StripControl(r.file);
      if (f.pos.known()) err << ":" << f.pos.line << ":" << f.pos.col;
      err << ": error " << StripControl(f.rule_id) << ": " << StripControl(f.message) << "\n";
    }
    if (format.shows_undated) continue;
    for (const ScheduleEntry& e : r.entries) {
      if (e.status == EntryStatus::kDated) continue;
      err << "grantcheck: note: " << StripControl(r.file) << ": deadline '"
          << StripControl(e.deadline_id)
          << "' is not in the output: " << StripControl(NotDatedText(e, "en")) << "\n";
    }
  }
}

int RunSchedule(const ScheduleCommandOptions& given, const CLI::App& cmd,
                const std::string& executable, std::ostream& out, std::ostream& err) {
  // The settings file's rules, lang, today and exclude; its outputs are check's.
  std::optional<ConfigFile> config = LoadConfig(given.config, err);
  if (!config) return kExitUsage;
  ScheduleCommandOptions o = given;
  TakeSharedSettings(*config, cmd, {&o.rules, &o.lang, &o.today});
  ScheduleOptions options{.lang = o.lang, .granted_only = o.granted_only};
  if (!ResolveToday(o.today, &options.today, err) ||
      !ResolveDay("--from", o.from, &options.from, err) ||
      !ResolveDay("--until", o.until, &options.until, err)) {
    return kExitUsage;
  }
  std::optional<std::string> stdin_name = ResolveStdinName(o.stdin_name, o.paths, err);
  if (!stdin_name) return kExitUsage;
  options.stdin_name = *stdin_name;
  if (options.from && options.until && *options.from > *options.until) {
    err << "grantcheck: error: --from " << *o.from << " is after --until " << *o.until << "\n";
    return kExitUsage;
  }
  // As `check`: only the rule files the applications name, when that can be told.
  Inputs inputs;
  std::vector<std::string> files;
  for (const std::string& path : o.paths) {
    inputs.emplace_back(path, ExpandInput(path));
    DropExcluded(*config, path, &inputs.back().second);
    files.insert(files.end(), inputs.back().second.files.begin(), inputs.back().second.files.end());
  }
  RuleSet rules = LoadRulesForApplications(o.rules, executable, files);
  if (!ReportRuleDiagnostics(rules, err)) return kExitUsage;
  std::vector<ScheduleReport> reports = ScheduleAll(inputs, rules, options);
  const ScheduleFormat& format = *FindScheduleFormat(o.format);
  format.write(reports,
               {.today = options.today,
                .dtstamp = DtStamp(o.today, *options.today),
                .remind_days = o.remind,
                .agenda = o.agenda},
               out);
  ReportOnStderr(reports, format, err);
  for (const ScheduleReport& r : reports) {
    if (r.input_error) return kExitUsage;
  }
  return kExitPass;  // an overdue deadline is information, not a failure
}

}  // namespace

Registered AddScheduleCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("schedule", "List the deadlines of each application");
  auto options = std::make_shared<ScheduleCommandOptions>();
  AddOptions(cmd, *options);
  return {cmd, [options, cmd](const CommandEnv& env) {
            return RunSchedule(*options, *cmd, env.executable, env.out, env.err);
          }};
}

}  // namespace grantcheck
