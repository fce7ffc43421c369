#include "model/yaml_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace grantcheck::yaml_text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\r' || c == '\n'; }
bool IsOneOf(char c, std::string_view set) { return set.find(c) != kNpos; }

// A quote opens a quoted scalar only where a token may start; elsewhere
// (it's, 5'000) it is part of plain text.
bool AtTokenStart(std::string_view text, size_t i) {
  return i == 0 || IsSpace(text[i - 1]) || IsOneOf(text[i - 1], "[{,");
}

// The length of the well-formed UTF-8 sequence at `i` (shortest form, no
// surrogates, at most U+10FFFF) with its code point in `cp`; 0 when malformed.
size_t DecodeAt(std::string_view text, size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(text[i]);
  size_t n = 0;
  char32_t v = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, v = c & 0x07, min = 0x10000;
  } else {
    return c < 0x80 ? (*cp = c, 1) : 0;
  }
  if (i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(text[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return n;
}

// YAML 1.1's printable characters, which libyaml's reader insists on.
bool Printable(char32_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

// How often `c` occurs in `text`, counting no further than just past `limit`.
size_t CountUpTo(std::string_view text, char c, size_t limit) {
  size_t n = 0;
  const char* end = text.data() + text.size();
  for (const char* p = text.data(); n <= limit; ++p, ++n) {
    p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)));
    if (p == nullptr) break;
  }
  return n;
}

// Where a comment starts in `line` (its length when there is none).
size_t CommentStart(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return i;
    if ((line[i] == '"' || line[i] == '\'') && AtTokenStart(line, i)) {
      i = QuoteEnd(line, i);
      if (i == kNpos) return line.size();
    }
  }
  return line.size();
}

}  // namespace

// True when each of the eight bytes of `w` is printable ASCII or '\n'.
bool AllPrintableAscii(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHigh = 0x8080808080808080;
  constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7f;
  // 0x80 exactly where a byte is '\n'; those become '*' for the tests below.
  const uint64_t x = w ^ ('\n' * kOnes);
  const uint64_t newline = ~(((x & kLow7) + kLow7) | x | kLow7);
  w |= newline >> 2;
  const uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
  const uint64_t del = ((w ^ (0x7f * kOnes)) - kOnes) & ~(w ^ (0x7f * kOnes)) & kHigh;
  return ((w & kHigh) | below_space | del) == 0;
}

ScannedText ScanText(std::string_view text) {
  ScannedText scanned;
  std::string out;
  size_t copied = 0;
  for (size_t i = 0; i < text.size();) {
    uint64_t word = 0;
    if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), AllPrintableAscii(word))) {
      i += 8;  // most of a file goes eight bytes at a time
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x20 && c < 0x7F) || c == '\n') {  // the common case, checked first
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t n = DecodeAt(text, i, &cp);
    if (n == 0) {
      scanned.invalid_utf8 = i;
      return scanned;
    }
    if (Printable(cp)) {
      i += n;
      continue;
    }
    out.append(text.substr(copied, i - copied));
    out.append(kReplacement);
    i += n;
    copied = i;
  }
  if (copied != 0) {
    out.append(text.substr(copied));
    scanned.replaced = std::move(out);
  }
  return scanned;
}

std::optional<size_t> FindTooDeepFlow(std::string_view text, size_t max_depth) {
  // Counting the brackets is much quicker than following them, and nearly
  // every file has too few to nest that deep.
  if (CountUpTo(text, '[', max_depth) + CountUpTo(text, '{', max_depth) <= max_depth) {
    return std::nullopt;
  }
  size_t depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#' && (i == 0 || IsSpace(text[i - 1]))) {
      i = std::min(text.find('\n', i), text.size());
    } else if ((c == '"' || c == '\'') && AtTokenStart(text, i)) {
      i = QuoteEnd(text, i);
      if (i == kNpos) return std::nullopt;  // the parse reports the open quote
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

size_t QuoteEnd(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      const bool doubled = quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'';
      if (!doubled) return i;
      ++i;
    }
  }
  return kNpos;
}

size_t EmptyValueOffset(std::string_view text, size_t at) {
  at = std::min(at, text.size());
  while (at > 0) {
    const char c = text[at - 1];
    if (IsBlank(c) || c == '\r') {
      --at;
      continue;
    }
    if (c != '\n') break;
    const size_t line_end = at - 1;
    const size_t prev = line_end == 0 ? kNpos : text.rfind('\n', line_end - 1);
    const size_t begin = prev == kNpos ? 0 : prev + 1;
    at = begin + CommentStart(text.substr(begin, line_end - begin));
  }
  return at;
}

bool OpensDocument(std::string_view text, size_t offset) {
  if (offset >= text.size()) return false;
  std::string_view rest = text.substr(offset);
  if (rest.starts_with("---") || rest.starts_with("%")) return true;
  const size_t before = EmptyValueOffset(text, offset);  // skips blanks and comments
  return before >= 3 && text.substr(before - 3, 3) == "...";
}

bool IndentHasTab(std::string_view line) {
  for (char c : line) {
    if (c == '\t') return true;
    if (c != ' ') return false;
  }
  return false;
}

size_t KeyColonIn(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && IsBlank(line[i])) ++i;
  for (; i < line.size(); ++i) {
    if (line[i] == ':' && (i + 1 == line.size() || IsSpace(line[i + 1]))) return i;
  }
  return kNpos;
}

std::string Quoted(std::string_view text, size_t offset) {
  if (offset >= text.size()) return "end of file";
  size_t end = offset + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

Lines::Lines(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  // A byte at a time with one comparison for most bytes: find_first_of("\r\n")
  // called memchr on its two-byte set for every byte, and took a twentieth of
  // a batch's instructions, twice a file (docs/performance.md).
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c > '\r' || (c != '\n' && c != '\r')) continue;
    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;  // CRLF is one break
    line_starts_.push_back(i + 1);
  }
}

Pos Lines::PosAt(size_t offset) const {
  offset = std::min(offset, text_.size());
  const size_t line =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin();
  const size_t begin = line_starts_[line - 1];
  return Pos{static_cast<int>(line), 1 + CodePointCount(text_.substr(begin, offset - begin))};
}

std::string_view Lines::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  const size_t begin = line_starts_[line - 1];
  const size_t end =
      static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  std::string_view out = text_.substr(begin, end - begin);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);  // CRLF
  return out;
}

size_t Lines::OffsetOf(Pos pos) const {
  if (pos.line < 1) return 0;
  if (static_cast<size_t>(pos.line) > line_starts_.size()) return text_.size();
  size_t at = line_starts_[pos.line - 1];
  for (int col = 1; col < pos.col && at < text_.size() && text_[at] != '\n' && text_[at] != '\r';
       ++col) {
    ++at;
    while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

bool OnlyNewlineBreaks(std::string_view text) {
  for (size_t cr = text.find('\r'); cr != kNpos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n') return false;
  }
  return text.find("\xC2\x85") == kNpos && text.find("\xE2\x80\xA8") == kNpos &&
         text.find("\xE2\x80\xA9") == kNpos;
}

Pos MarkPlacer::PosOf(size_t index, size_t line, size_t column) {
  if (direct_) return Pos{static_cast<int>(line) + 1, static_cast<int>(column) + 1};
  cursor_.MoveTo(index);
  return cursor_.pos();
}

size_t MarkPlacer::OffsetOf(size_t index, size_t line, size_t column) {
  if (direct_) return lines_->OffsetOf(PosOf(index, line, column));
  cursor_.MoveTo(index);
  return cursor_.offset();
}

void CharCursor::MoveTo(size_t index) {
  if (index < index_) *this = CharCursor(text_);
  while (index_ < index && offset_ < text_.size()) {
    const auto c = static_cast<unsigned char>(text_[offset_]);
    // The text is well-formed UTF-8 (ReplaceForbidden), so a lead byte gives the length.
    const size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // A lone CR breaks a line, as in YAML; in CRLF, the LF does.
    const bool lone_cr = c == '\r' && (offset_ + 1 == text_.size() || text_[offset_ + 1] != '\n');
    if (c == '\n' || lone_cr) {
      ++line_;
      col_ = 1;
    } else {
      ++col_;
    }
    offset_ = std::min(offset_ + n, text_.size());
    ++index_;
  }
}

}  // namespace grantcheck::yaml_text
