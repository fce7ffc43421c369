#include "cli/run_cli.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace grantcheck::testing {
namespace {

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string SourcePath(const std::string& relative) {
  return std::string(GRANTCHECK_SOURCE_DIR) + "/" + relative;
}

CliResult RunCli(const std::string& args, const std::string& input, const std::string& env) {
  return RunCliIn(GRANTCHECK_SOURCE_DIR, args, input, env);
}

CliResult RunCliIn(const std::string& cwd, const std::string& args, const std::string& input,
                   const std::string& env) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() /
                 ("grantcheck-cli-" + std::to_string(::getpid()) + "-" +
                  std::to_string(std::rand()));
  fs::create_directories(dir);
  std::ofstream(dir / "in") << input;
  std::string cmd = "cd '" + cwd + "' && env -u GITHUB_STEP_SUMMARY NO_COLOR=1 " + env +
                    " '" + GRANTCHECK_BINARY + "' " + args + " <'" + (dir / "in").string() +
                    "' >'" + (dir / "out").string() + "' 2>'" + (dir / "err").string() + "'";
  int raw = std::system(cmd.c_str());
  CliResult r{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, Slurp(dir / "out"), Slurp(dir / "err")};
  fs::remove_all(dir);
  return r;
}

}  // namespace grantcheck::testing
