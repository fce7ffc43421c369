// The lexer: expression text -> tokens. It never fails outright; a bad
// character or an unterminated string becomes a kInvalid token the parser reports.
#pragma once

#include <string_view>
#include <vector>

#include "expr/token.h"

namespace grantcheck {

// All tokens of `text`, ending with exactly one kEnd (or stopping at the first
// kInvalid, which is then last).
std::vector<Token> Lex(std::string_view text);

}  // namespace grantcheck
