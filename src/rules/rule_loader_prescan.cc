// Checks on a rule file's text before toml++ sees it, for inputs toml++ does
// not survive. How deeply it nests: toml++ limits nested arrays and inline
// tables, but not dotted keys, and recurses over the tables they make, so
// "a.a.a…" 100 000 deep overflows the stack. And letters outside ASCII
// outside quotes, where toml++ 3.3 reaches __builtin_unreachable().
#include <algorithm>
#include <vector>

#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The offset just past the string that starts at `i` (one of " ' """ '''),
// or the end of the text when it is never closed (toml++ reports that).
size_t SkipString(std::string_view text, size_t i) {
  const char quote = text[i];
  const bool basic = quote == '"';
  const std::string_view triple = text.substr(i, 3);
  const bool multi = triple.size() == 3 && triple[1] == quote && triple[2] == quote;
  for (size_t j = i + (multi ? 3 : 1); j < text.size(); ++j) {
    if (basic && text[j] == '\\') {
      ++j;
    } else if (!multi && text[j] == '\n') {
      return j;
    } else if (text[j] == quote && (!multi || text.substr(j, 3) == triple)) {
      // A closing """ may be followed by one or two more quotes of the content.
      size_t end = j + (multi ? 3 : 1);
      while (multi && end < text.size() && text[end] == quote && end < j + 5) ++end;
      return end;
    }
  }
  return text.size();
}

Pos PosAtOffset(std::string_view text, size_t offset) {
  const size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const size_t begin = line_start == kNpos || offset == 0 ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + begin, '\n'));
  int col = 1;
  for (size_t i = begin; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return Pos{line, col};
}

// The scan: a stack of open arrays and inline tables, each with the depth of
// what it holds, and whether a key or a value is being read. Dots count only
// in keys and table headers, where they nest; in values they are decimals.
class DepthScan {
 public:
  explicit DepthScan(std::string_view text) : text_(text) {}

  std::optional<size_t> Run() {
    for (size_t i = 0; i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '#') {
        i = std::min(text_.find('\n', i), text_.size()) - 1;
      } else if (c == '"' || c == '\'') {
        key_started_ = true;
        i = SkipString(text_, i) - 1;
      } else if (c == '\n') {
        if (frames_.empty()) StartKey();
      } else if (in_key_) {
        if (!Key(i)) return i;
      } else if (!Value(c)) {
        return i;
      }
    }
    return std::nullopt;
  }

 private:
  struct Frame {
    bool table;  // an inline table (else an array)
    int base;    // depth of the keys or elements it holds
  };

  int Base() const { return frames_.empty() ? header_ : frames_.back().base; }
  void StartKey() {
    in_key_ = true;
    key_started_ = false;
    segments_ = 1;
  }

  // One character of a key; false once the nesting is too deep.
  bool Key(size_t& i) {
    const char c = text_[i];
    if (c == '[' && !key_started_ && frames_.empty()) return Header(i);
    if (c == '.') return Base() + ++segments_ <= kMaxTomlDepth;
    if (c == '=') {
      in_key_ = false;
      value_depth_ = Base() + segments_;
      return value_depth_ <= kMaxTomlDepth;
    }
    if (c == '}' && !frames_.empty() && frames_.back().table) {  // {} or a trailing comma
      frames_.pop_back();
      in_key_ = false;
      return true;
    }
    if (c != ' ' && c != '\t' && c != '\r') key_started_ = true;
    return true;
  }

  // [a.b.c] or [[a.b]]: the keys that follow sit this deep.
  bool Header(size_t& i) {
    int segments = 1;
    size_t j = i + 1;
    for (; j < text_.size() && text_[j] != ']' && text_[j] != '\n'; ++j) {
      if (text_[j] == '"' || text_[j] == '\'') {
        j = SkipString(text_, j) - 1;
      } else if (text_[j] == '.' && ++segments > kMaxTomlDepth) {
        i = j;
        return false;
      }
    }
    header_ = segments;
    key_started_ = true;
    i = j - 1;  // the ']' is read as a key character, which it does not nest
    return true;
  }

  // One character of a value; false once the nesting is too deep.
  bool Value(char c) {
    if (c == '[') {
      frames_.push_back(Frame{false, ++value_depth_});
    } else if (c == '{') {
      frames_.push_back(Frame{true, value_depth_});
      StartKey();
    } else if ((c == ']' || c == '}') && !frames_.empty()) {
      frames_.pop_back();
      value_depth_ = Base();
    } else if (c == ',' && !frames_.empty()) {
      if (frames_.back().table) {
        StartKey();
      } else {
        value_depth_ = frames_.back().base;
      }
    }
    return value_depth_ <= kMaxTomlDepth;
  }

  std::string_view text_;
  std::vector<Frame> frames_;
  int header_ = 0;
  int segments_ = 1;
  int value_depth_ = 0;
  bool in_key_ = true;
  bool key_started_ = false;
};

}  // namespace

std::optional<Pos> FindBareNonAscii(std::string_view text) {
  // toml++ reads a value it cannot tell from its first character (a number,
  // a date, a typo) up to the next blank, ']', '}', ',' or '#', testing each
  // character on the way, quotes included: in `x = -["ö"]` or `x = 0"ö"` the
  // 'ö' is part of that run. So a quote opens a string here only where no such
  // run is going on. In keys and headers '=' and '.' end a bare key.
  std::vector<char> open;  // '[' and '{' of arrays and inline tables
  bool in_key = true;      // a key (or a table header) is being read
  bool bare = false;       // inside an unquoted run of characters
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#') {
      i = std::min(text.find('\n', i), text.size()) - 1;
      bare = false;
    } else if ((c == '"' || c == '\'') && !bare) {
      i = SkipString(text, i) - 1;
    } else if ((static_cast<unsigned char>(c) & 0x80) != 0) {
      return PosAtOffset(text, i);
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' ||
               c == '}') {
      bare = false;
      if ((c == ']' || c == '}') && !open.empty()) open.pop_back();
      if (c == '\n' && open.empty()) in_key = true;
      if (c == ',' && !open.empty() && open.back() == '{') in_key = true;
    } else if (in_key && (c == '=' || c == '.' || (c == '[' && !bare))) {
      bare = false;
      if (c == '=') in_key = false;
    } else if (!in_key && !bare && (c == '[' || c == '{')) {
      open.push_back(c);
      in_key = c == '{';
    } else {
      bare = true;
    }
  }
  return std::nullopt;
}

std::optional<Pos> FindTooDeepToml(std::string_view text) {
  std::optional<size_t> at = DepthScan(text).Run();
  if (!at) return std::nullopt;
  return PosAtOffset(text, *at);
}

}  // namespace grantcheck::rule_loader
