// A loaded Program as bytes and back, for the compiled-rules cache
// (rule_cache.h): plain data in, plain data out, no files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rules/program.h"

namespace grantcheck {

// Every field of `program` but `schema`, which is derived from `fields` and
// made again on decoding.
std::string EncodeProgram(const Program& program);

// The Program EncodeProgram gave, or nullopt for bytes it did not give
// (truncated, from another version of the format, or damaged). Expressions are
// checked to be well formed (every node's operands come before it, builtins
// exist), so that damaged bytes can never make the evaluator read out of bounds.
std::optional<Program> DecodeProgram(std::string_view bytes);

}  // namespace grantcheck
