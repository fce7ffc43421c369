// A batch: every input file read, parsed, typed and checked against its
// program; one bad file becomes its own report and never stops the others.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "engine/engine.h"
#include "engine/finding.h"
#include "model/application.h"
#include "rules/rule_set.h"

namespace grantcheck {

// One input file read, parsed and typed against its program: `app` and
// `program` are set, or, when that was not possible, `error` says why (an
// unreadable file, bad YAML, an unknown program) and is an input-error report.
struct LoadedFile {
  std::optional<Application> app;
  const PreparedProgram* program = nullptr;  // one of `prepared`, set with `app`
  AppReport error;
  std::string sha256;  // of the bytes read, lower-case hex; "" when unreadable
};

// Loads one file (or "-" for standard input, named `stdin_name` in every
// finding) for `check` and `schedule` alike. `prepared` must hold Prepare()
// of each program of `rules`.
// `lang` is the report's language (--lang); "" for each program's own.
// A command-line PATH that names no file to check, as the report of that path,
// said in `lang` ("" for English).
AppReport UnreadableInput(const InputProblem& problem, std::string_view lang);

LoadedFile LoadFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared,
                    const std::string& stdin_name = kStdinName, const std::string& lang = "");

// A checked file. Its application is kept only when its program has batch
// rules, which need every application of the run; the others are dropped as
// soon as they are checked, so memory stays flat on large batches.
struct CheckedFile {
  AppReport report;
  std::optional<Application> app;            // set for programs with batch rules
  const PreparedProgram* program = nullptr;  // set with `app`
};

CheckedFile CheckFileKeeping(const std::string& path, const RuleSet& rules,
                             const std::vector<PreparedProgram>& prepared,
                             const CheckOptions& options);

// Checks one file (or "-" for standard input) with the programs of `rules`;
// batch rules are not applied (they need the other applications).
AppReport CheckFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared, const CheckOptions& options);

// Checks every file in order, batch rules included (CheckFilesOrdered on one thread).
std::vector<AppReport> CheckFiles(const std::vector<std::string>& files, const RuleSet& rules,
                                  const CheckOptions& options);

// A report for an input that could not be checked at all, with one finding.
AppReport InputError(const std::string& file, Pos pos, std::string id, std::string message);

}  // namespace grantcheck
