// The rule loader: a funder's TOML rule file -> a Program, every expression
// compiled, every problem a positioned diagnostic. Evaluating rules is the engine's job.
#pragma once

// The rule-file format (docs/rule-files.md). Sections, in the order a file declares them:
//
//   [program]                 id, name, currency: strings, required;
//                             language: required, one of sv | da | nb | en
//                             extends: another rule file (relative to this one, inside the
//                               directories rules are loaded from) to start from;
//                             remove_rules, remove_deadlines: ids of its rules/deadlines to drop.
//                             An extending file inherits language, currency, members, params,
//                             fields, rules and deadlines; a param, field, rule or deadline with
//                             the base's name or id replaces it in place, a new one is appended.
//   [program.members]         Canonical = ["Alias", ...]   (kept as given, in file order)
//   [params]                  NAME = value, read in expressions as params.NAME. A value is an
//                             integer, a float (read exactly from its source text, never via
//                             double), a string, a bool, a date or an array of these; or
//                             { value = ..., assumption = true, note = "..." } when the
//                             funder's text does not give the figure (the rule file authors'
//                             assumption; the old key funder_setting loads with a warning).
//   [[fields]]                name, type (see ParseFieldType): required; required: bool;
//                             values: allowed strings (of a string field, or of the elements of
//                             a list<string> field); description: text
//   [[rules]]                 id (unique), severity (error | warning | review), title, source,
//                             message: required; check: required unless severity = review;
//                             at: the field a finding points at; when: expression
//   [[batch_rules]]           as [[rules]], checked across the applications of one run: they
//                             also read `batch` (every application of the program in the run)
//                             and `group` (those whose group_by expression has the same value);
//                             report = "each" (default) or "first" (only the group's first
//                             application gets the finding, for totals)
//   [[deadlines]]             id (unique among deadlines), title, date (expression), source:
//                             required; when: expression; note: text
//   [[not_checked]]           sentence (quoted from the funder's text), reason (text): a
//                             requirement sentence no rule checks on purpose (traceability.h)
//
// A "text" (title, note, description) is { sv = "...", en = "..." } or a plain string, which is
// stored under the program's language; a message is the same with {expression} placeholders.
// Rule and deadline titles, messages and notes should exist in the program's language and in
// English (a warning otherwise). Unknown keys are warnings, with a "did you mean".
//
// Diagnostic ids: rules-read, rules-syntax, rules-missing-key, rules-unknown-key (warning),
// rules-type, rules-severity, rules-language, rules-duplicate-id, rules-field-type,
// rules-missing-language (warning), rules-renamed-key (warning), rules-extends,
// rules-internal, and expr-* / template-* from the expressions, positioned in the rule file.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "rules/program.h"

namespace grantcheck {

// Largest rule file read; the shipped ones are under 64 KiB.
inline constexpr size_t kMaxRuleFileBytes = 1 << 20;

// A rule file a program was made from, and the SHA-256 of the bytes read.
struct RuleSource {
  std::string path;
  std::string sha256;
};

struct LoadedProgram {
  std::optional<Program> program;       // set when no diagnostic is an error
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
  // Every rule file read: the file, then the one it extends, and so on. Empty
  // for ParseRuleFile's own text, which was not read from a file.
  std::vector<RuleSource> sources;
};

struct RuleCache;

// Parses a rule file's text; `file` names it in diagnostics and in Program::file.
// Never throws: every problem, a TOML syntax error included, is a diagnostic.
LoadedProgram ParseRuleFile(std::string_view text, const std::string& file);

// Reads and parses the file at `path`; an unreadable file, one that is not a
// regular file, and one whose name does not end in .toml is one "rules-read"
// diagnostic. Never throws. `extends` may name a file only in `path`'s own
// directory, in one of `roots` (the directories rules are loaded from), or
// below them, links resolved (docs/hardening.md). With a `cache`
// (rule_cache.h), a program compiled by an earlier run from the same bytes is
// taken from it, and one compiled now without any diagnostic is kept there.
LoadedProgram LoadRuleFile(const std::string& path, const RuleCache* cache = nullptr,
                           const std::vector<std::string>& roots = {});

}  // namespace grantcheck
