// The real consumers of grantcheck's output formats, run from tests: python3-
// jsonschema for SARIF and JSON Schema, xmllint for JUnit, and temporary files to feed them.
#pragma once

#include <string>
#include <vector>

namespace grantcheck::testing {

struct ToolResult {
  int status = -1;
  std::string output;  // standard output and standard error together
};

// Runs `command` with sh in the source tree's root.
ToolResult RunTool(const std::string& command);

// A fresh directory under the system's temporary directory, removed with
// everything in it when the object goes away.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to `name` in the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path);

// python3-jsonschema (the Debian package's interpreter): checks `schema`
// against its meta-schema, then validates each document (JSON, or YAML read
// as YAML 1.2 reads dates). Status 0 when everything is valid.
ToolResult ValidateJson(const std::string& schema, const std::vector<std::string>& documents);

// xmllint: well-formedness, and validity against `xsd` unless it is "".
ToolResult XmlLint(const std::string& file, const std::string& xsd = "");

}  // namespace grantcheck::testing
