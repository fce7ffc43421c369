// `grantcheck eval EXPR`: evaluate one expression and print its value, for rule
// authors trying out the language. Not part of SPEC §4; documented in docs/rule-language.md.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace grantcheck {

struct EvalOptions {
  std::string expression;
  std::optional<std::string> today;
};

void AddEvalCommand(CLI::App& app, EvalOptions& options);
int RunEval(const EvalOptions& options, std::ostream& out, std::ostream& err);

}  // namespace grantcheck
