#include "model/program_line.h"

#include <filesystem>
#include <fstream>

#include "base/text.h"

namespace grantcheck {
namespace {

constexpr std::string_view kKey = "program:";
constexpr size_t kPrefixBytes = 4096;

bool IsIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

std::optional<std::string> IdOf(std::string_view value) {
  value = Trim(value);
  if (const size_t hash = value.find(" #"); hash != std::string_view::npos) {
    value = Trim(value.substr(0, hash));
  }
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  if (value.empty()) return std::nullopt;
  for (char c : value) {
    if (!IsIdChar(c)) return std::nullopt;
  }
  return std::string(value);
}

}  // namespace

std::optional<std::string> LeadingProgramId(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  while (!text.empty()) {
    const size_t end = text.find('\n');
    // A line cut off by the end of the prefix read may be incomplete.
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#' || trimmed == "---") continue;
    if (!line.starts_with(kKey)) return std::nullopt;
    return IdOf(line.substr(kKey.size()));
  }
  return std::nullopt;
}

std::optional<std::string> LeadingProgramIdOfFile(const std::string& path) {
  // Only regular files: reading a FIFO or a device here would take what the
  // check itself must read, or never end.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string prefix(kPrefixBytes, '\0');
  in.read(prefix.data(), static_cast<std::streamsize>(prefix.size()));
  prefix.resize(static_cast<size_t>(in.gcount()));
  if (prefix.size() < kPrefixBytes) prefix += '\n';  // the whole file: its last line is complete
  return LeadingProgramId(prefix);
}

}  // namespace grantcheck
