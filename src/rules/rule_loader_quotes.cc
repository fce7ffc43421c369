// A '"' inside a "…" TOML string (check = "kind == "business"") ends the
// string early, and toml++ then reports a puzzle; this finds the place.
#include <string_view>

#include "base/source.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

// What may follow a string on its line: the end, a comment, the next item of
// an inline table or array, or (for a quoted key) '=' or '.'.
bool EndsValue(std::string_view rest) {
  size_t i = rest.find_first_not_of(" \t\r");
  if (i == std::string_view::npos) return true;
  return std::string_view("#,}]=.").find(rest[i]) != std::string_view::npos;
}

std::string_view LineOf(std::string_view text, int line, size_t& begin) {
  begin = 0;
  for (int l = 1; l < line; ++l) {
    begin = text.find('\n', begin);
    if (begin == std::string_view::npos) return {};
    ++begin;
  }
  size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? end : end - begin);
}

}  // namespace

std::optional<Pos> FindQuoteClash(std::string_view text, int line) {
  size_t begin = 0;
  std::string_view l = LineOf(text, line, begin);
  for (size_t i = 0; i < l.size(); ++i) {
    if (l[i] == '#') return std::nullopt;
    if (l.substr(i, 3) == "\"\"\"" || l.substr(i, 3) == "'''") return std::nullopt;
    if (l[i] != '"' && l[i] != '\'') continue;
    const char quote = l[i];
    size_t j = i + 1;
    while (j < l.size() && l[j] != quote) j += (quote == '"' && l[j] == '\\') ? 2 : 1;
    if (j >= l.size()) return std::nullopt;
    // Text and then another '"' after it: the string was meant to go on.
    std::string_view rest = l.substr(j + 1);
    if (quote == '"' && !EndsValue(rest) && rest.find('"') != std::string_view::npos) {
      std::string_view before = text.substr(begin, j);
      return Pos{line, CodePointCount(before) + 1};
    }
    i = j;
  }
  return std::nullopt;
}

}  // namespace grantcheck::rule_loader
