// `grantcheck check PATH...`: check applications against their programs' rules
// and report findings in the chosen format; the exit status says how it went.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace grantcheck {

struct CheckCommandOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::string format = "text";
  std::string lang;
  bool draft = false;
  std::string fail_on = "error";
  std::optional<std::string> today;
  bool quiet = false;
  bool no_color = false;
};

void AddCheckCommand(CLI::App& app, CheckCommandOptions& options);
int RunCheck(const CheckCommandOptions& options, const std::string& executable, std::ostream& out,
             std::ostream& err);

}  // namespace grantcheck
