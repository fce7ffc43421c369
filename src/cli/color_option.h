// --color auto|always|never and its alias --no-color, for the commands that
// colour their text: whether colour is on is decided here, the codes in report/.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace grantcheck {

struct ColorChoice {
  std::string color = "auto";  // auto, always or never
  bool no_color = false;       // --no-color, the same as --color never
};

// Adds --color and --no-color to `cmd`; giving both is a usage error.
void AddColorOptions(CLI::App& cmd, ColorChoice& choice);

// Whether text for a terminal (`terminal`: the output is one) gets colour.
// As the NO_COLOR convention (no-color.org) asks, an option given on the
// command line wins over the environment: `always` colours even with NO_COLOR
// set, `never` and --no-color never do. With `auto`, a non-empty NO_COLOR
// (`no_color_env`, null when unset) turns colour off, else a terminal turns it on.
bool WantColor(const ColorChoice& choice, const char* no_color_env, bool terminal);

}  // namespace grantcheck
