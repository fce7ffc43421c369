#include "cli/completion_scripts.h"

#include <array>

namespace grantcheck {

std::span<const CompletionShell> CompletionShells() {
  static constexpr std::array<CompletionShell, 3> kShells = {{
      {"bash", BashCompletion},
      {"zsh", ZshCompletion},
      {"fish", FishCompletion},
  }};
  return kShells;
}

std::string ShellQuote(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace grantcheck
