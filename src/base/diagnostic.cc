#include "base/diagnostic.h"

#include <algorithm>

namespace grantcheck {

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kNote: return "note";
  }
  return "error";
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.known()) {
    out += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col);
  }
  out += ": ";
  out += LevelName(d.level);
  out += ": ";
  out += d.message;
  if (!d.id.empty()) out += " [" + d.id + "]";
  return out;
}

std::string FormatDiagnosticWithSnippet(const Diagnostic& d) {
  std::string out = FormatDiagnostic(d);
  // A snippet too long to read (an 8 KB expression) is not worth printing.
  constexpr size_t kMaxSnippetBytes = 300;
  if (d.snippet.empty() || d.caret_col <= 0 || d.snippet.size() > kMaxSnippetBytes) return out;
  out += "\n    " + d.snippet + "\n    ";
  // Tabs stay tabs so the caret lines up under them in a terminal.
  int col = 1;
  for (size_t i = 0; i < d.snippet.size() && col < d.caret_col; ++i) {
    unsigned char c = d.snippet[i];
    if ((c & 0xC0) == 0x80) continue;
    out += (c == '\t') ? '\t' : ' ';
    ++col;
  }
  out += '^';
  return out;
}

bool HasErrors(const std::vector<Diagnostic>& ds) {
  return std::any_of(ds.begin(), ds.end(),
                     [](const Diagnostic& d) { return d.level == Level::kError; });
}

}  // namespace grantcheck
