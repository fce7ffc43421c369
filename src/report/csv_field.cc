#include "report/csv_field.h"

#include "base/escape.h"

namespace grantcheck {
namespace {

constexpr std::string_view kFormulaStarts = "=+-@\t\r";

}  // namespace

std::string CsvField(std::string_view raw, char delimiter) {
  std::string s = StripControl(raw);
  if (!s.empty() && kFormulaStarts.find(s.front()) != std::string_view::npos) s = "'" + s;
  if (s.find_first_of("\"\r\n") == std::string::npos && s.find(delimiter) == std::string::npos) {
    return s;
  }
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace grantcheck
