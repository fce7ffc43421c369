#include "base/diagnostic.h"

#include <algorithm>

#include "base/escape.h"

namespace grantcheck {

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kNote: return "note";
  }
  return "error";
}

// Every part may come from a user's file (its name, a quoted value, a line of
// it), so each goes through StripControl: a diagnostic is one line on a
// terminal, whatever the file held.
std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = StripControl(d.file);
  if (d.pos.known()) {
    out += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col);
  }
  out += ": ";
  out += LevelName(d.level);
  out += ": ";
  AppendStripped(out, d.message);
  if (!d.id.empty()) out += " [" + StripControl(d.id) + "]";
  return out;
}

std::string FormatDiagnosticWithSnippet(const Diagnostic& d) {
  std::string out = FormatDiagnostic(d);
  // A snippet too long to read (an 8 KB expression) is not worth printing.
  constexpr size_t kMaxSnippetBytes = 300;
  if (d.snippet.empty() || d.caret_col <= 0 || d.snippet.size() > kMaxSnippetBytes) return out;
  // A control character or a stray byte shows as one U+FFFD, so the caret's
  // column, counted in characters, still points where it did.
  const std::string snippet = StripControl(d.snippet);
  out += "\n    " + snippet + "\n    ";
  // Tabs stay tabs so the caret lines up under them in a terminal.
  int col = 1;
  for (size_t i = 0; i < snippet.size() && col < d.caret_col; ++i) {
    unsigned char c = snippet[i];
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
