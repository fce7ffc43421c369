#include "base/visible_text.h"

#include <fmt/format.h>
#include <utf8proc.h>

namespace grantcheck {

bool IsSpaceCodePoint(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

std::string WithPlainSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    if (*p < 0x80) {
      out += IsSpaceCodePoint(*p) ? ' ' : static_cast<char>(*p);
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return std::string(s);
    if (IsSpaceCodePoint(cp)) {
      out += ' ';
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    }
    p += n;
    left -= n;
  }
  return out;
}

std::string ShowInvisible(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out += fmt::format("<0x{:02X}>", *p);
      n = 1;
    } else if (cp != ' ' && (IsSpaceCodePoint(cp) || cp < 0x20 || cp == 0x7F ||
                             (cp >= 0x80 && cp < 0xA0) || cp == 0x200B || cp == 0x2060 ||
                             cp == 0xFEFF)) {
      out += fmt::format("<U+{:04X}>", static_cast<uint32_t>(cp));
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    }
    p += n;
    left -= n;
  }
  return out;
}

}  // namespace grantcheck
