// Tokens of the rule language, each with the byte span it was read from.
// The lexer makes them; the parser consumes them.
#pragma once

#include <string>
#include <string_view>

#include "base/source.h"

namespace grantcheck {

enum class TokenKind {
  kEnd,
  kNumber,    // 12, 0.25
  kString,    // "text" or 'text'; `text` holds the unescaped contents
  kIdent,     // period, has, x
  kTrue, kFalse, kNull,
  kLParen, kRParen, kLBracket, kRBracket, kComma, kDot, kQuestion, kColon,
  kOr, kAnd, kNot,     // || && !   and the words or, and, not
  kEq, kNe, kLt, kLe, kGt, kGe, kIn,
  kPlus, kMinus, kStar, kSlash, kPercent,
  kInvalid,   // a lexical error; `text` holds the message
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  Span span;
  std::string text;  // identifier, number literal, unescaped string, or error message
};

// How a token is shown in "expected X, got Y" messages.
std::string_view TokenKindName(TokenKind kind);

}  // namespace grantcheck
