#include "cli/config_template.h"

namespace grantcheck {
namespace {

// One line per key, as ReadConfigFile reads it; the comments are the manual.
constexpr const char* kTemplate =
    R"(# grantcheck's settings for this repository (docs/ci.md). grantcheck check
# and schedule read the first .grantcheck.toml in the working directory or
# above it, up to the repository's root. Options on the command line win;
# --config FILE reads another file, --no-config none. Paths are relative to
# this file's directory. Remove the "# " before a key to use it.

# A rule file or a directory of rule files (default: GRANTCHECK_RULES_PATH,
# then the installed rules).
# rules = "rules"

# The language of messages: sv, da, nb or en (default: each program's own).
# lang = "sv"

# The lowest severity that fails an application: "error" or "warning".
# fail_on = "warning"

# check's reports, as --format NAME or NAME=FILE, and --output FILE.
# format = ["text", "sarif=grantcheck.sarif", "junit=grantcheck-junit.xml"]
# output = []

# Files and directories left out when a directory is checked; a glob without
# "/" matches any name in the path, one with "/" the path from here.
# exclude = ["utkast", "arkiv/2024/**"]

# The date taken as today, so that CI gives the same result every day.
# today = 2026-01-15

# Missing fields are to-dos, not failures (while applications are written).
# draft = true
)";

}  // namespace

std::string ConfigTemplate(const std::string& lang) {
  std::string text = kTemplate;
  if (lang.empty()) return text;
  const std::string commented = "# lang = \"sv\"\n";
  text.replace(text.find(commented), commented.size(), "lang = \"" + lang + "\"\n");
  return text;
}

}  // namespace grantcheck
