#include "base/escape.h"

#include <utf8proc.h>

namespace grantcheck {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kSpace = " ";

struct CodeRange {
  char32_t first;
  char32_t last;
  std::string_view shown_as;
};

// The code points that are not shown as themselves; all others are kept.
constexpr CodeRange kRanges[] = {
    {0x00, 0x08, kReplacement},  // tab (0x09) is harmless and kept
    {0x0a, 0x0a, kSpace},        // newline: a message stays on its own line
    {0x0b, 0x0c, kReplacement},
    {0x0d, 0x0d, kSpace},            // CR would let the rest overwrite the line
    {0x0e, 0x1f, kReplacement},      // ESC (0x1b) starts colour and cursor codes
    {0x7f, 0x9f, kReplacement},      // DEL and the C1 controls (CSI is U+009B)
    {0x2028, 0x2029, kSpace},        // Unicode line and paragraph separators
    {0x202a, 0x202e, kReplacement},  // bidi embeddings and overrides
    {0x2066, 0x2069, kReplacement},  // bidi isolates
};

// How the code point `cp`, encoded as `bytes`, is shown.
std::string_view ShownAs(char32_t cp, std::string_view bytes) {
  for (const CodeRange& r : kRanges) {
    if (cp >= r.first && cp <= r.last) return r.shown_as;
  }
  return bytes;
}

}  // namespace

std::string StripControl(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    // Printable ASCII, nearly all of any report, is kept as it is, a run at a time.
    size_t run = i;
    while (run < s.size() && s[run] >= 0x20 && s[run] < 0x7f) ++run;
    if (run > i) {
      out.append(s, i, run - i);
      i = run;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // resynchronise on the next byte, as decoders do
      out += kReplacement;
      ++i;
      continue;
    }
    out += ShownAs(static_cast<char32_t>(cp), s.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
  return out;
}

}  // namespace grantcheck
