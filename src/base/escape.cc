#include "base/escape.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

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

namespace {

// The length of the prefix of `s` whose bytes are all printable ASCII and,
// with kJson, neither '"' nor '\\'. Eight bytes at a time: a lane is flagged
// when its byte is below 0x20 (the subtraction borrows into its high bit), 0x7f
// and above (adding one sets or keeps its high bit), or, with kJson, equal to
// '"' or '\\' (zero after the XOR). A borrow or carry can only flag a lane
// after a flagged one, so whether a word has one is exact, and the loop at the
// end finds it byte by byte.
template <bool kJson>
size_t PlainPrefix(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  auto plain = [](char c) { return c >= 0x20 && c < 0x7f && (!kJson || (c != '"' && c != '\\')); };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t flagged = ((w - kOnes * 0x20) & ~w) | ((w + kOnes) | w);
    if constexpr (kJson) {
      const uint64_t quote = w ^ (kOnes * '"');
      const uint64_t backslash = w ^ (kOnes * '\\');
      flagged |= ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    }
    if ((flagged & kHighs) != 0) break;
  }
  while (i < s.size() && plain(s[i])) ++i;
  return i;
}

}  // namespace

size_t PrintableAsciiPrefix(std::string_view s) { return PlainPrefix<false>(s); }

size_t KeptLettersPrefix(std::string_view s) {
  // Two-byte UTF-8 is U+0080..U+07FF; kRanges replaces only its C1 controls
  // (U+0080..U+009F, lead byte 0xC2 and second byte below 0xA0).
  size_t i = 0;
  while (i + 1 < s.size()) {
    const auto a = static_cast<unsigned char>(s[i]);
    const auto b = static_cast<unsigned char>(s[i + 1]);
    if (a < 0xC2 || a > 0xDF || (b & 0xC0) != 0x80 || (a == 0xC2 && b < 0xA0)) break;
    i += 2;
  }
  return i;
}

size_t JsonPlainPrefix(std::string_view s) { return PlainPrefix<true>(s); }

std::string StripControl(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendStripped(out, s);
  return out;
}

void AppendStripped(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    // Printable ASCII, nearly all of any report, and the letters of Nordic
    // text are kept as they are, a run at a time.
    size_t run = i + PrintableAsciiPrefix(s.substr(i));
    if (run == i) run = i + KeptLettersPrefix(s.substr(i));
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
}

}  // namespace grantcheck
