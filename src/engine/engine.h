// The engine: one application against one program, every rule evaluated to a
// finding. Pure and thread-safe: the program and the application are read-only.
#pragma once

#include <optional>
#include <string>

#include "base/date.h"
#include "engine/finding.h"
#include "model/application.h"
#include "model/municipality.h"
#include "rules/program.h"

namespace grantcheck {

// What reports call standard input ("-") unless --stdin-filename names it.
inline constexpr char kStdinName[] = "<stdin>";

struct CheckOptions {
  std::string lang;             // "" = the program's language
  bool draft = false;           // unknown becomes a to-do that does not fail
  std::optional<Date> today;    // what today() returns
  std::string stdin_name = kStdinName;  // the file name of "-" in findings and reports
};

// A program with what evaluation needs beside it, built once per run.
struct PreparedProgram {
  const Program* program = nullptr;
  MemberIndex members;
};

PreparedProgram Prepare(const Program& program);

// The application's findings: its input diagnostics first (as findings with
// from_input set), then one finding per rule in rule-file order, then what its
// `acknowledged:` list gives. For a program with batch rules, the
// acknowledgements stay pending until ApplyBatchRules (or CheckFile) settles them.
AppReport CheckApplication(const Application& app, const PreparedProgram& program,
                           const CheckOptions& options);

// The language messages are rendered in: options.lang if given, else the program's.
std::string MessageLanguage(const CheckOptions& options, const Program& program);

}  // namespace grantcheck
