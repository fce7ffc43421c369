// The text of a YAML file as the YAML adapter sees it: checks on the raw bytes,
// lines and positions, and the look-arounds a parser's marks need. No parser here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace grantcheck::yaml_text {

constexpr size_t kNpos = std::string_view::npos;

// What one pass over a file's bytes finds: the first byte that does not begin
// well-formed UTF-8 (shortest form, no surrogates, at most U+10FFFF), and the
// text with every character YAML forbids (C0 and C1 controls but tab, CR, LF
// and NEL; DEL; U+FFFE, U+FFFF) replaced by U+FFFD, one for each, so that
// columns still count as written.
struct ScannedText {
  std::optional<size_t> invalid_utf8;   // when set, the scan stopped there
  std::optional<std::string> replaced;  // nullopt: nothing to replace (the usual case)
};
ScannedText ScanText(std::string_view text);

// The first offset at which unquoted '[' and '{' nest deeper than `max_depth`.
// Counted on the text, before any parser sees it; brackets in plain or block
// text count too, which errs on the side of refusing.
std::optional<size_t> FindTooDeepFlow(std::string_view text, size_t max_depth);

// Offset of the quote closing the one at `open`, or kNpos.
size_t QuoteEnd(std::string_view text, size_t open);

// Where an absent value (`key:` and nothing) belongs when a parser places it at
// the next token, `at`: walking back over blanks and comments to just after the
// indicator that introduced it.
size_t EmptyValueOffset(std::string_view text, size_t at);

// True when a document really starts at `offset`: at "---" or a directive, or
// after a "..." that ended the previous one.
bool OpensDocument(std::string_view text, size_t offset);

// True when `line` is indented with a tab.
bool IndentHasTab(std::string_view line);

// The offset in `line` of the first ':' that ends a key (followed by a blank or
// the end of the line), after the indentation; kNpos when there is none.
size_t KeyColonIn(std::string_view line);

// The character at `offset` in quotes, for messages ("','"), or "end of file".
std::string Quoted(std::string_view text, size_t offset);

// A text with its line table: byte offsets to 1-based line and code-point
// column, and lines back for snippets. Lines end at '\n', "\r\n" or a lone
// '\r' (old Mac files), as in YAML and in editors; not at U+0085, U+2028 or
// U+2029, which YAML 1.1 parsers also break at but editors do not.
class Lines {
 public:
  explicit Lines(std::string_view text);

  std::string_view text() const { return text_; }
  Pos PosAt(size_t offset) const;
  // The byte offset of `pos` (clamped to its line and to the text).
  size_t OffsetOf(Pos pos) const;
  // Line `line` (1-based) without its line break; "" when there is no such line.
  std::string_view Line(int line) const;

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

// True when every line break in `text` is \n or \r\n. A YAML parser also breaks
// lines at a lone \r and at U+0085, U+2028 and U+2029, which editors do not.
bool OnlyNewlineBreaks(std::string_view text);

// Turns a parser's character index (code points from the start, as libyaml
// counts) into a byte offset and a position. Marks mostly increase, so it walks
// on from the previous answer; a mark behind it starts over from the top.
class CharCursor {
 public:
  explicit CharCursor(std::string_view text) : text_(text) {}

  // Moves to character `index` (clamped to the end of the text).
  void MoveTo(size_t index);
  size_t offset() const { return offset_; }
  Pos pos() const { return Pos{line_, col_}; }

 private:
  std::string_view text_;
  size_t index_ = 0;
  size_t offset_ = 0;
  int line_ = 1;
  int col_ = 1;
};

// Where a parser's mark is, as a position and a byte offset. When lines break
// only at \n, the parser's own line and column (0-based, code points) are ours;
// otherwise they are counted again from its character index.
class MarkPlacer {
 public:
  MarkPlacer(std::string_view text, const Lines* lines)
      : lines_(lines), cursor_(text), direct_(OnlyNewlineBreaks(text)) {}

  Pos PosOf(size_t index, size_t line, size_t column);
  size_t OffsetOf(size_t index, size_t line, size_t column);

 private:
  const Lines* lines_;
  CharCursor cursor_;
  bool direct_;
};

}  // namespace grantcheck::yaml_text
