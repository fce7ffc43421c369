// The parser: tokens -> Ast, by precedence climbing over one table (Lua's way).
// It stops at the first syntax error; names and arities are the checker's job.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "expr/ast.h"

namespace grantcheck {

// Longest expression accepted, in bytes; the longest shipped rule is far shorter.
inline constexpr size_t kMaxExpressionLength = 8192;
// Deepest nesting of parentheses, operators and calls; keeps the parser's and
// the evaluator's recursion far from the stack's end.
inline constexpr int kMaxNestingDepth = 64;

struct SyntaxError {
  Span span;
  std::string id;       // expr-syntax, expr-too-long, expr-too-deep, expr-bad-number
  std::string message;
};

struct ParseResult {
  Ast ast;                           // meaningful only without error
  std::optional<SyntaxError> error;
};

// Grammar (docs/rule-language.md has it in full):
//   expr    := binary [ '?' expr ':' expr ]
//   binary  := unary { binop unary }          precedence from kBinaryOps
//   unary   := ( '!' | 'not' | '-' ) unary | postfix
//   postfix := primary { '.' name [ '(' args ')' ] | '[' expr ']' }
//   primary := number | string | true | false | null | name [ '(' args ')' ]
//            | '(' expr ')' | '[' [ args ] ']'
ParseResult Parse(std::string_view text);

}  // namespace grantcheck
