// The text of one sub-expression as its author wrote it, for messages and for
// `grantcheck explain`; the parser leaves a group's parentheses out of its span.
#pragma once

#include <string>
#include <string_view>

#include "expr/ast.h"

namespace grantcheck {

// The source text of node `id` of `ast`, parsed from `text`, widened to take
// in the parentheses its span leaves out, so "(a || b) && c" never comes out
// as "a || b) && c".
// With `grouped`, parentheses the author put around the node itself are kept
// too, for an operand shown apart from its operator.
std::string NodeText(std::string_view text, const Ast& ast, NodeId id, bool grouped = false);

// Whether node `id` is a name bound by a macro around it (`l` in
// `budget.lines.all(l, l.amount > 0)`) rather than a field of the application.
bool BoundByMacro(const Ast& ast, NodeId id);

// `text` with runs of whitespace (line breaks of a multi-line TOML string)
// made single spaces, outside string literals.
std::string OneLine(std::string_view text);

}  // namespace grantcheck
