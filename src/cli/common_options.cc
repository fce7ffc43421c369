#include "cli/common_options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <ostream>

#include "cli/app.h"
#include "engine/engine.h"

namespace grantcheck {

void AddLanguageOption(CLI::App& cmd, std::string& lang) {
  cmd.add_option("--lang", lang, "Language of messages (default: the program's)")
      ->check(CLI::IsMember({"en", "sv", "da", "nb"}));
}

void AddTodayOption(CLI::App& cmd, std::optional<std::string>& today) {
  cmd.add_option("--today", today, "The date to take as today (YYYY-MM-DD; default: the clock)");
}

void AddStdinNameOption(CLI::App& cmd, std::optional<std::string>& name) {
  cmd.add_option("--stdin-filename", name,
                 "The file name to report standard input (-) under (default: <stdin>); only "
                 "shown, never read");
}

std::optional<std::string> ResolveStdinName(const std::optional<std::string>& option,
                                            const std::vector<std::string>& paths,
                                            std::ostream& err) {
  if (!option) return std::string(kStdinName);
  if (option->empty()) {
    err << "grantcheck: error: --stdin-filename is empty; give the name to show for '-'\n";
    return std::nullopt;
  }
  if (std::find(paths.begin(), paths.end(), "-") == paths.end()) {
    err << "grantcheck: error: --stdin-filename names standard input, but no path is '-'\n";
    return std::nullopt;
  }
  return option;
}

bool ResolveToday(const std::optional<std::string>& option, std::optional<Date>* today,
                  std::ostream& err) {
  if (!option) {
    // The local date, as on the applicant's calendar: in Sweden the UTC date is
    // still yesterday for the first hour or two of every day.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local) != nullptr) {
      *today = MakeDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
      if (*today) return true;
    }
    // No time zone could be applied: the UTC date.
    auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    *today = Date{static_cast<int32_t>(days.time_since_epoch().count())};
    return true;
  }
  *today = ParseDate(*option);
  if (!*today) {
    err << "grantcheck: error: --today '" << *option << "' is not a real day as YYYY-MM-DD\n";
    return false;
  }
  return true;
}

bool ReportRuleDiagnostics(const RuleSet& rules, std::ostream& err) {
  for (const Diagnostic& d : rules.diagnostics) err << FormatDiagnosticWithSnippet(d) << "\n";
  return !HasErrors(rules.diagnostics);
}

int ExitStatus(std::span<const AppReport> reports, Severity fail_on) {
  int status = kExitPass;
  for (const AppReport& r : reports) {
    if (r.input_error) return kExitUsage;
    if (r.Failed(fail_on)) status = kExitFail;
  }
  return status;
}

}  // namespace grantcheck
