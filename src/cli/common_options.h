// Options and outcomes shared by the subcommands: --lang, --today, the rule
// files' diagnostics on stderr, and the exit status of a set of reports.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "engine/finding.h"
#include "rules/rule_set.h"

namespace CLI {
class App;
}

namespace grantcheck {

void AddLanguageOption(CLI::App& cmd, std::string& lang);
void AddTodayOption(CLI::App& cmd, std::optional<std::string>& today);
void AddStdinNameOption(CLI::App& cmd, std::optional<std::string>& name);

// The name that findings and reports give standard input: --stdin-filename
// when given, else "<stdin>". Nullopt (after a message on `err`) when the
// option is empty or no path is "-": a name for nothing is a mistake in the
// command line, not something to ignore.
std::optional<std::string> ResolveStdinName(const std::optional<std::string>& option,
                                            const std::vector<std::string>& paths,
                                            std::ostream& err);

// `option` parsed into *today, or when absent the clock's date in the local
// time zone (TZ; UTC when none is set, as in most CI runners). False
// (after a message on `err`) when the option is not a real day.
bool ResolveToday(const std::optional<std::string>& option, std::optional<Date>* today,
                  std::ostream& err);

// Prints every rule-file diagnostic with its snippet; false when one is an
// error (a broken rule file stops the run before any application is read).
bool ReportRuleDiagnostics(const RuleSet& rules, std::ostream& err);

// 2 when an input could not be read or parsed, else 1 when an application
// fails, else 0 (the EXIT STATUS of man/grantcheck.1).
int ExitStatus(std::span<const AppReport> reports, Severity fail_on);

}  // namespace grantcheck
