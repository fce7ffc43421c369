#include "base/source.h"

#include <algorithm>

namespace grantcheck {

int CodePointCount(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;  // count every byte that is not a continuation
  }
  return n;
}

Pos SourceText::PosOf(uint32_t offset) const {
  size_t end = std::min<size_t>(offset, text.size());
  Pos pos = origin;
  size_t line_start = 0;
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
      pos.col = 1;
    }
  }
  int cols = CodePointCount(text.substr(line_start, end - line_start));
  pos.col = (line_start == 0 ? origin.col : 1) + cols;
  return pos;
}

std::string_view SourceText::LineAt(uint32_t offset) const {
  size_t at = std::min<size_t>(offset, text.size());
  size_t begin = text.rfind('\n', at == 0 ? 0 : at - 1);
  begin = (begin == std::string_view::npos || at == 0) ? 0 : begin + 1;
  if (at > 0 && text[at - 1] == '\n') begin = at;
  size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace grantcheck
