// `grantcheck rules lint`: the static checks a careful reviewer makes of a rule
// file, one row per check in a table. Loading and compiling it is rule_loader.h's job.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "rules/program.h"

namespace grantcheck {

struct LintOptions {
  // The funder's own text (sources/*.txt). When given, every rule's and
  // deadline's `source` must be found in it word for word, and every
  // requirement sentence in it must be quoted or listed as not checked.
  std::optional<std::string> funder_text;
  std::string funder_text_file;  // its name, for messages
};

// What a check looks at.
struct LintInput {
  const Program& program;
  const LintOptions& options;
  // The rule file's own text, "" when unknown. A file that `extends` another
  // inherits params whose positions are in the other file; this tells them apart.
  std::string_view text;
};

// One check: a row of the table. `run` appends warnings to `out`.
struct LintCheck {
  std::string_view id;       // "lint-unused-param"
  std::string_view summary;  // one line, for docs and --help
  void (*run)(const LintInput& in, std::vector<Diagnostic>& out);
};

std::span<const LintCheck> LintChecks();

// Every check on `program`, the findings sorted by file, line and column:
// warnings, but for lint-requirement-word, an error. A finding inside an
// expression points at its place in the rule file; lint-untraced-sentence
// points at the sentence in the funder's text.
std::vector<Diagnostic> LintProgram(const Program& program, const LintOptions& options = {},
                                    std::string_view text = {});

struct LintResult {
  bool loaded = false;               // false: the loader refused the file (see `load`)
  std::vector<Diagnostic> load;      // the loader's own diagnostics, minus those lint restates
  std::vector<Diagnostic> findings;  // LintProgram()'s
};

// The names of the params `expr` reads (params.NAME or params["NAME"]), in
// the order first read; "*" when it reads the whole params map.
std::vector<std::string> ParamsRead(const Expression& expr);

// The params `rule` reads in its when, check and messages, in the order the
// rule file declares them: what `rules show` and `explain` list.
std::vector<const Param*> ParamsOfRule(const Program& program, const Rule& rule);

// Loads the rule file at `path` and lints it. The loader already refuses what
// stops a run (a duplicate id, a rule with no `source` key); those come back
// in `load` with loaded = false.
LintResult LintFile(const std::string& path, const LintOptions& options = {});

}  // namespace grantcheck
