// Private to lint*.cc: the program's expressions with where each belongs, and
// the static type inference the field and type checks share.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "expr/expression.h"
#include "model/schema.h"
#include "rules/lint.h"
#include "rules/program.h"

namespace grantcheck::lint {

// The types a builtin's documented signature gives ("months(start: date, end:
// date) -> number"), so that a new builtin row is typed with no second table.
// A word that names no type ("value", "a", "field") means any.
struct Signature {
  std::vector<std::vector<FieldKind>> args;  // per position, the kinds any overload accepts
  FieldKind result = FieldKind::kAny;
  FieldKind result_element = FieldKind::kAny;  // "-> list of string"
  bool result_like_arguments = false;           // "-> value": min(), max()

  // The kinds accepted at position `i`; empty means any.
  std::vector<FieldKind> Allowed(size_t i) const;
};

Signature ParseSignature(std::string_view signature);

// What an expression must give where it stands.
enum class Expect { kAnything, kBool, kDate };

// One expression of a program: a rule's when/check, a message placeholder,
// a deadline's date/when.
struct ExprRef {
  const Expression* expr = nullptr;
  std::string owner;  // "rule 'FH-DURATION'"
  std::string role;   // "check", "when", "message", "date"
  Expect expect = Expect::kAnything;
  bool batch = false;  // a [[batch_rules]] expression: `batch` and `group` are bound
  // The named values ([let], the rule's `let`, in a message its sentences)
  // the expression may read by name.
  std::vector<std::string> names;
};

std::vector<ExprRef> ProgramExpressions(const Program& program);

// The file a rule or deadline was written in: an extending rule file inherits
// rules written in its base file.
std::string FileOf(const Program& program, const Rule& rule);
std::string FileOf(const Program& program, const Deadline& deadline);

// A warning at `span` of `expr`, placed in its rule file.
Diagnostic At(const Expression& expr, Span span, std::string id, std::string message);
// A warning at `pos` of `file`.
Diagnostic At(const std::string& file, Pos pos, std::string id, std::string message);

// What the type inference finds; each check keeps the ids it reports.
// lint-undeclared-field, lint-type-mismatch, lint-unknown-value.
std::vector<Diagnostic> InferTypes(const Program& program);

// The traceability checks (lint_trace.cc): lint-requirement-word, an `error`
// rule whose source has no requirement word (an error, not a warning); and
// lint-untraced-sentence, with --text, a requirement sentence of the text no
// rule quotes and [[not_checked]] does not explain, or an entry that explains none.
void RequirementWordCheck(const LintInput& in, std::vector<Diagnostic>& out);
void UntracedSentence(const LintInput& in, std::vector<Diagnostic>& out);

// lint_constant.cc: lint-constant-check, a check or when that is the same for
// every application (it reads no field, or a part decides it whatever the
// fields say); lint-literal-limit, a number or date written in a check.
void ConstantCheck(const LintInput& in, std::vector<Diagnostic>& out);
void LiteralLimitCheck(const LintInput& in, std::vector<Diagnostic>& out);

// lint_readability.cc: lint-repeated-expression, a sub-expression of at least
// kMinRepeatParts parts (a field path, literal, operator or call counts one)
// written twice in one rule; lint-long-message, a message longer than
// kMaxMessageSource characters of source; lint-message-ternary, a message
// that picks its wording with a ternary.
inline constexpr int kMinRepeatParts = 3;
inline constexpr int kMaxMessageSource = 600;
void RepeatedExpression(const LintInput& in, std::vector<Diagnostic>& out);
void LongMessage(const LintInput& in, std::vector<Diagnostic>& out);
void MessageTernary(const LintInput& in, std::vector<Diagnostic>& out);

}  // namespace grantcheck::lint
