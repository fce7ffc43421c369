#include "report/markdown_text.h"

#include <cctype>

#include "base/escape.h"

namespace grantcheck {
namespace {

constexpr std::string_view kBackslashed = "\\|`*_[]~!#";

// True when the three characters before `i` in `s` are "www", in any case:
// cmark-gfm links "www." only in lower case, other renderers in any.
bool AfterWww(std::string_view s, size_t i) {
  if (i < 3) return false;
  for (size_t k = i - 3; k < i; ++k) {
    if (std::tolower(static_cast<unsigned char>(s[k])) != 'w') return false;
  }
  return true;
}

}  // namespace

std::string MarkdownInert(std::string_view raw) {
  const std::string s = StripControl(raw);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '@') {
      out += "<!-- -->@";
    } else if (kBackslashed.find(c) != std::string_view::npos ||
               (c == ':' && std::string_view(s).substr(i + 1, 2) == "//") || (c == '.' && AfterWww(s, i))) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace grantcheck
