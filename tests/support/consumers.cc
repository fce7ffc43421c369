#include "support/consumers.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace grantcheck::testing {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

ToolResult RunTool(const std::string& command) {
  std::string full = "cd " + Quote(GRANTCHECK_SOURCE_DIR) + " && (" + command + ") 2>&1";
  FILE* pipe = ::popen(full.c_str(), "r");
  if (pipe == nullptr) return {};
  std::string output;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) output.append(buf, n);
  int raw = ::pclose(pipe);
  return ToolResult{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, output};
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "grantcheck-test-XXXXXX").string();
  char* made = ::mkdtemp(pattern.data());
  path_ = made != nullptr ? made : "";
}

TempDir::~TempDir() {
  std::error_code ec;
  if (!path_.empty()) std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& content) const {
  std::string p = File(name);
  std::filesystem::create_directories(std::filesystem::path(p).parent_path());
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

ToolResult ValidateJson(const std::string& schema, const std::vector<std::string>& documents) {
  std::string command = std::string(GRANTCHECK_PYTHON) + " tests/tools/validate_json.py " + Quote(schema);
  for (const std::string& d : documents) command += " " + Quote(d);
  return RunTool(command);
}

ToolResult XmlLint(const std::string& file, const std::string& xsd) {
  return RunTool("xmllint --noout " + (xsd.empty() ? "" : "--schema " + Quote(xsd) + " ") +
                 Quote(file));
}

}  // namespace grantcheck::testing
