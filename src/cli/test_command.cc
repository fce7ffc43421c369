// `grantcheck test [FILES]`: runs rule test files like a test runner: one line
// per case, the rules no case covers, and a final "N passed, N failed" line.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "cli/app.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/rule_lookup.h"
#include "cli/safe_lines.h"
#include "engine/rule_test_runner.h"
#include "engine/rule_tests.h"
#include "rules/rule_loader.h"
#include "rules/rule_set.h"
#include "schedule/schedule.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

struct TestOptions {
  std::vector<std::string> files;
  std::string rules;
  bool require_coverage = false;
  std::optional<std::string> today;
};

// What one test run adds up to, across files.
struct Tally {
  int passed = 0;
  int failed = 0;
  int uncovered = 0;
  bool broken = false;  // a file could not be read, parsed or used: exit 2
};

// The test files to run and the rule files that have none.
struct Plan {
  std::vector<std::string> tests;
  std::vector<std::string> untested;  // rule files without a test file
};

// Without FILES: every *.tests.yaml of the rules search path, and the rule
// files there that have no test file beside them.
Plan Discover(const std::vector<std::string>& search_path) {
  Plan plan;
  for (const std::string& entry : search_path) {
    std::error_code ec;
    std::vector<std::string> rule_files;
    if (fs::is_directory(entry, ec)) {
      for (const auto& e : fs::directory_iterator(entry, ec)) {
        if (e.path().extension() == ".toml") rule_files.push_back(e.path().string());
      }
    } else {
      rule_files.push_back(entry);
    }
    std::sort(rule_files.begin(), rule_files.end());
    for (const std::string& rules : rule_files) {
      std::string tests = TestFileBeside(rules);
      bool exists = !tests.empty() && fs::exists(tests, ec);
      (exists ? plan.tests : plan.untested).push_back(exists ? tests : rules);
    }
  }
  return plan;
}

// The rule file a test file runs against: --rules FILE, or the same name in
// --rules DIR, or what the test file names.
std::string RuleFileFor(const RuleTestFile& tests, const std::string& option) {
  std::error_code ec;
  if (option.empty()) return tests.rules_file;
  if (!fs::is_directory(option, ec)) return option;
  return (fs::path(option) / fs::path(tests.rules_file).filename()).string();
}

void PrintErrors(const std::vector<Diagnostic>& ds, std::ostream& err) {
  for (const Diagnostic& d : ds) err << FormatDiagnosticWithSnippet(d) << "\n";
}

void PrintCase(const CaseResult& c, const std::string& file, std::ostream& out) {
  if (c.passed()) {
    out << "ok   " << StripControl(c.name) << "\n";
    return;
  }
  // The test file's and the application's texts each stay on their line.
  out << "FAIL " << StripControl(c.name) << ": " << StripControl(c.problems.front()) << "\n";
  for (size_t i = 1; i < c.problems.size(); ++i) out << "     " << StripControl(c.problems[i]) << "\n";
  out << "     at " << StripControl(file) << ":" << c.pos.line << ":" << c.pos.col << "\n";
}

void PrintCoverage(const TestFileResult& r, const std::string& rules_file, std::ostream& out) {
  if (r.uncovered.empty()) {
    out << "coverage: all " << r.rules << " rules have a passing and a failing case\n";
    return;
  }
  out << "coverage: " << r.uncovered.size() << " of " << r.rules << " rules not covered\n";
  for (const Uncovered& u : r.uncovered) {
    out << "  " << u.rule << " (" << StripControl(rules_file) << ":" << u.pos.line
        << "): " << StripControl(u.why) << "\n";
  }
}

// Which limit of a check that compares with a parameter no case sits at.
void PrintBoundaries(const TestFileResult& r, const std::string& rules_file, std::ostream& out) {
  if (r.boundaries.empty()) return;
  out << "boundaries: " << r.boundaries.size()
      << (r.boundaries.size() == 1 ? " boundary value" : " boundary values")
      << " of checks against a parameter no case reaches\n";
  for (const Uncovered& u : r.boundaries) {
    out << "  " << u.rule << " (" << StripControl(rules_file) << ":" << u.pos.line
        << "): " << StripControl(u.why) << "\n";
  }
}

// Each deadline of the application as the test file writes it.
std::vector<std::pair<std::string, std::string>> Deadlines(const Application& app,
                                                           const PreparedProgram& program,
                                                           const CheckOptions& options) {
  ScheduleReport report =
      ScheduleApplication(app, program, ScheduleOptions{.lang = options.lang, .today = options.today});
  std::vector<std::pair<std::string, std::string>> out;
  for (const ScheduleEntry& e : report.entries) {
    std::string shown = e.status == EntryStatus::kDated ? FormatDate(*e.date)
                        : e.status == EntryStatus::kUndated ? "undated"
                                                            : "error: " + e.error;
    out.emplace_back(e.deadline_id, shown);
  }
  return out;
}

void RunFile(const std::string& path, const TestOptions& o, std::optional<Date> today,
             std::ostream& out, std::ostream& err, Tally& tally) {
  LoadedRuleTests loaded = LoadRuleTests(path);
  if (!loaded.tests) {
    PrintErrors(loaded.diagnostics, err);
    tally.broken = true;
    return;
  }
  std::string rules_file = RuleFileFor(*loaded.tests, o.rules);
  LoadedProgram program = LoadRuleFile(rules_file);
  if (!program.program) {
    PrintErrors(program.diagnostics, err);
    tally.broken = true;
    return;
  }
  out << "# " << DisplayPath(path) << " against " << DisplayPath(rules_file) << "\n";
  TestFileResult r = RunRuleTests(*loaded.tests, *program.program, today, Deadlines);
  if (!r.errors.empty()) {
    PrintErrors(r.errors, err);
    tally.broken = true;
    return;
  }
  for (const CaseResult& c : r.cases) {
    PrintCase(c, DisplayPath(path), out);
    (c.passed() ? tally.passed : tally.failed) += 1;
  }
  PrintCoverage(r, DisplayPath(rules_file), out);
  PrintBoundaries(r, DisplayPath(rules_file), out);
  tally.uncovered += static_cast<int>(r.uncovered.size() + r.boundaries.size());
}

int RunTests(const TestOptions& o, const std::string& executable, std::ostream& out,
             std::ostream& err) {
  std::optional<Date> today;
  if (!ResolveToday(o.today, &today, err)) return kExitUsage;
  Plan plan{o.files, {}};
  if (o.files.empty()) {
    plan = Discover(RuleSearchPath(o.rules, std::getenv("GRANTCHECK_RULES_PATH"), executable));
  }
  Tally tally;
  for (const std::string& file : plan.tests) {
    RunFile(file, o.files.empty() ? TestOptions{} : o, today, out, err, tally);
  }
  for (const std::string& rules : plan.untested) {
    out << "# " << DisplayPath(rules) << ": no test file (" << DisplayPath(TestFileBeside(rules))
        << "); its rules are not "
        << "covered\n";
    tally.uncovered += 1;
  }
  out << tally.passed << " passed, " << tally.failed << " failed\n";
  if (tally.broken) return kExitUsage;
  if (tally.failed > 0 || (o.require_coverage && tally.uncovered > 0)) return kExitFail;
  return kExitPass;
}

}  // namespace

Registered AddTestCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand(
      "test", "Run rule test files (rules/<program>.tests.yaml) and report their coverage");
  auto o = std::make_shared<TestOptions>();
  cmd->add_option("files", o->files, "Test files (default: every *.tests.yaml on the rules path)");
  cmd->add_option("--rules", o->rules,
                  "A rule file or directory: with FILES, run them against it instead; without, "
                  "where to look for test files");
  cmd->add_flag("--require-coverage", o->require_coverage,
                "Fail when a rule has no passing or no failing case");
  AddTodayOption(*cmd, o->today);
  return {cmd, [o](const CommandEnv& env) {
            return RunWithSafeLines(env, [&o](const CommandEnv& safe) {
              return RunTests(*o, safe.executable, safe.out, safe.err);
            });
          }};
}

}  // namespace grantcheck
