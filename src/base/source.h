// Positions in user files: 1-based line and column, and byte spans inside a text.
// Turning a span into line:col and a caret snippet lives here; what the text means does not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace grantcheck {

// A place in a file. Lines and columns are 1-based; columns count Unicode code
// points, as editors and CI annotations do. 0 means "unknown".
struct Pos {
  int line = 0;
  int col = 0;

  bool known() const { return line > 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
};

// A half-open byte range [begin, end) inside one text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  friend bool operator==(const Span&, const Span&) = default;
};

// A text embedded in a file (an expression inside a TOML string, say), with the
// position of its first byte in that file, so that a span inside it can be
// reported at the right file:line:col.
struct SourceText {
  std::string file;         // shown in messages: "rules/x.toml", or "expr"
  std::string_view text;    // not owned: must outlive the SourceText's use
  Pos origin{1, 1};         // where text[0] sits in the file

  // The file position of byte `offset` of `text` (clamped to its end).
  Pos PosOf(uint32_t offset) const;
  // The line of `text` that holds `offset`, without its line break.
  std::string_view LineAt(uint32_t offset) const;
};

// Number of code points in a UTF-8 string (invalid bytes count one each).
int CodePointCount(std::string_view s);

}  // namespace grantcheck
