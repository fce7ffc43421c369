#include "base/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "base/visible_text.h"

namespace grantcheck {
namespace {

// Runs utf8proc_map with `options`; nullopt when the input is not UTF-8.
std::optional<std::string> Map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                   static_cast<utf8proc_ssize_t>(s.size()), &out,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::nullopt;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

// NFC and case folding of text made of ASCII and precomposed Latin-1 letters
// (U+00C0 to U+00FF: å, Ä, ö, what Scandinavian names are written with), which
// both leave as they are but for lower case; utf8proc costs far more. nullopt
// for anything else, utf8proc's to handle: ß (which folds to "ss"), combining
// marks, other scripts.
std::optional<std::string> FoldLatin1(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + ('a' - 'A'));
      continue;
    }
    if (c != 0xC3 || i + 1 == out.size()) return std::nullopt;
    const auto d = static_cast<unsigned char>(out[++i]);
    if (d < 0x80 || d > 0xBF || d == 0x9F) return std::nullopt;
    if (d <= 0x9E && d != 0x97) out[i] = static_cast<char>(d + 0x20);  // À..Þ but × to à..þ
  }
  return out;
}


}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

std::string Lowercase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return std::string(s);
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
    p += n;
    left -= n;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

// Any Unicode space counts as a space: a no-break space typed inside
// "Höganäs kommun" must not make a different name.
std::string NameKey(std::string_view s) {
  std::string spaced = WithPlainSpaces(s);
  s = spaced;
  std::optional<std::string> latin1 = FoldLatin1(s);
  std::string folded =
      latin1 ? std::move(*latin1)
             : Map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD).value_or(std::string(s));
  std::string out;
  bool space = false;
  for (char c : Trim(folded)) {
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (is_space) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// "ø" and "æ" have no mark to drop, but are typed "o" and "ae" without them.
std::string FoldDiacritics(std::string_view key) {
  // For the second byte 0xA0..0xBF of "\xC3?" (à..ÿ); "" keeps the letter.
  static constexpr std::string_view kPlain[32] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "y"};
  std::string out;
  out.reserve(key.size());
  for (size_t i = 0; i < key.size(); ++i) {
    const auto next = i + 1 < key.size() ? static_cast<unsigned char>(key[i + 1]) : 0;
    if (static_cast<unsigned char>(key[i]) == 0xC3 && next >= 0xA0 && next <= 0xBF &&
        !kPlain[next - 0xA0].empty()) {
      out += kPlain[next - 0xA0];
      ++i;
    } else {
      out += key[i];
    }
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> DidYouMean(std::string_view word,
                                      const std::vector<std::string_view>& candidates) {
  size_t limit = std::max<size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (std::string_view c : candidates) {
    size_t d = EditDistance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(c);
    }
  }
  return best;
}

}  // namespace grantcheck
