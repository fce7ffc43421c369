#include "cli/color_option.h"

#include <CLI/CLI.hpp>

namespace grantcheck {

void AddColorOptions(CLI::App& cmd, ColorChoice& choice) {
  CLI::Option* color =
      cmd.add_option("--color", choice.color,
                     "Colour the text report: auto (on a terminal, unless NO_COLOR is set), "
                     "always (also in CI logs, whatever NO_COLOR says) or never")
          ->check(CLI::IsMember({"auto", "always", "never"}))
          ->capture_default_str();
  cmd.add_flag("--no-color", choice.no_color, "The same as --color never")->excludes(color);
}

bool WantColor(const ColorChoice& choice, const char* no_color_env, bool terminal) {
  if (choice.no_color || choice.color == "never") return false;
  if (choice.color == "always") return true;
  bool env_says_no = no_color_env != nullptr && *no_color_env != '\0';
  return !env_says_no && terminal;
}

}  // namespace grantcheck
