// Tests for StripControl: every character a terminal acts on is made visible,
// invalid UTF-8 becomes U+FFFD, and ordinary text (tab, å ä ö æ ø) is untouched.
#include "base/escape.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace grantcheck {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

std::string R(std::string_view before, std::string_view after) {
  return std::string(before) + std::string(kFffd) + std::string(after);
}

TEST_CASE("escape: StripControl makes control characters visible") {
  struct Case {
    std::string_view name;
    std::string_view in;
    std::string want;
  };
  const Case cases[] = {
      {"ANSI colour sequence", "\x1b[31mröd\x1b[0m", R("", "[31mröd") + R("", "[0m")},
      {"cursor up and erase line", "x\x1b[1A\x1b[2K", R("x", "[1A") + R("", "[2K")},
      {"newline becomes a space", "rad ett\nrad två", "rad ett rad två"},
      {"CR becomes a space", "ok\rFAKE", "ok FAKE"},
      {"CRLF becomes two spaces", "a\r\nb", "a  b"},
      {"NUL", std::string_view("a\0b", 3), R("a", "b")},
      {"BEL and backspace", "a\a\bb", R("a", "") + R("", "b")},
      {"DEL",
       "a\x7f"
       "b",
       R("a", "b")},
      {"C1 CSI (U+009B)",
       "a\xc2\x9b"
       "31m",
       R("a", "31m")},
      {"C1 NEL (U+0085) and U+0080", "\xc2\x85\xc2\x80", R("", "") + std::string(kFffd)},
      {"line separator U+2028",
       "a\xe2\x80\xa8"
       "b",
       "a b"},
      {"bidi override U+202E",
       "a\xe2\x80\xae"
       "b",
       R("a", "b")},
      {"bidi isolate U+2066",
       "a\xe2\x81\xa6"
       "b",
       R("a", "b")},
      {"lone continuation byte",
       "a\x80"
       "b",
       R("a", "b")},
      {"Latin-1 byte", "H\xf6gan\xe4s", R("H", "gan") + R("", "s")},
      {"truncated sequence at the end", "ab\xc3", R("ab", "")},
      {"overlong encoding of '/'", "\xc0\xaf", R("", "") + std::string(kFffd)},
      {"UTF-16 surrogate", "\xed\xa0\x80", R("", "") + R("", "") + std::string(kFffd)},
      {"tab kept", "a\tb", "a\tb"},
      {"Swedish kept", "Höganäs", "Höganäs"},
      {"Danish and Norwegian kept", "Ærø, Østfold, Åbenrå", "Ærø, Østfold, Åbenrå"},
      {"U+00A0 and beyond C1 kept",
       "1\xc2\xa0"
       "000 kr",
       "1\xc2\xa0"
       "000 kr"},
      {"emoji kept", "ok \xf0\x9f\x91\x8d", "ok \xf0\x9f\x91\x8d"},
      {"empty", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(StripControl(c.in) == c.want);
  }
}

TEST_CASE("escape: StripControl output is free of controls and valid UTF-8") {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  std::string out = StripControl(all);
  for (unsigned char ch : out) {
    CHECK((ch >= 0x20 || ch == '\t'));
    CHECK(ch != 0x7f);
  }
  CHECK(StripControl(out) == out);  // stripping twice changes nothing
}

// The word-at-a-time scans against the byte-at-a-time definition: every byte
// value at every position of the first two words and the tail.
TEST_CASE("escape: the plain-prefix scans end at the first byte that is not plain") {
  auto printable = [](char c) { return c >= 0x20 && c < 0x7f; };
  auto json_plain = [&](char c) { return printable(c) && c != '"' && c != '\\'; };
  for (size_t at = 0; at < 19; ++at) {
    for (int b = 0; b < 256; ++b) {
      std::string s(19, 'a');
      s[at] = static_cast<char>(b);
      const char c = static_cast<char>(b);
      CAPTURE(at);
      CAPTURE(b);
      CHECK(PrintableAsciiPrefix(s) == (printable(c) ? s.size() : at));
      CHECK(JsonPlainPrefix(s) == (json_plain(c) ? s.size() : at));
    }
  }
  CHECK(PrintableAsciiPrefix("") == 0);
  CHECK(JsonPlainPrefix("abcdefgh\\x") == 8);
  CHECK(JsonPlainPrefix("abcdefghijk\"x") == 11);
  CHECK(PrintableAsciiPrefix("abcdefghijklmn\xc3\xa4") == 14);
}

// Against StripControl itself: a two-byte sequence is in the kept run exactly
// when stripping leaves it as it is.
TEST_CASE("escape: KeptLettersPrefix covers the two-byte letters StripControl keeps") {
  for (int a = 0x80; a < 0x100; ++a) {
    for (int b = 0; b < 0x100; ++b) {
      const std::string two{static_cast<char>(a), static_cast<char>(b)};
      CAPTURE(a);
      CAPTURE(b);
      const bool whole_letter = (a & 0xE0) == 0xC0 && (b & 0xC0) == 0x80 && a >= 0xC2;
      CHECK((KeptLettersPrefix(two) == 2) == (whole_letter && StripControl(two) == two));
    }
  }
  CHECK(KeptLettersPrefix("\xc3\xa5\xc3\xa4\xc3\xb6x") == 6);
  CHECK(KeptLettersPrefix("\xc3") == 0);
}

}  // namespace
}  // namespace grantcheck
