#include "model/local_number.h"

#include <array>

#include "base/text.h"
#include "base/visible_text.h"

namespace grantcheck {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `t` without a trailing currency word, and its spaces.
std::string_view WithoutCurrency(std::string_view t) {
  static constexpr std::array<std::string_view, 8> kCurrencies = {
      "kr", "kr.", "sek", "dkk", "nok", "kroner", "kronor", ":-"};
  const size_t space = t.find_last_of(' ');
  if (space == std::string_view::npos) return t;
  const std::string word = Lowercase(t.substr(space + 1));
  for (std::string_view c : kCurrencies) {
    if (word == c) return Trim(t.substr(0, space));
  }
  return t;
}

}  // namespace

std::optional<std::string> LocalNumber(std::string_view text) {
  const std::string spaced = WithPlainSpaces(text);
  std::string_view t = WithoutCurrency(Trim(spaced));
  std::string out;
  if (!t.empty() && t[0] == '-') {
    out += '-';
    t.remove_prefix(1);
  }
  // Integer part: 1 to 3 digits, then groups of " ddd"; a single group alone
  // is a plain number, which Decimal::Parse already reads.
  size_t i = 0;
  while (i < t.size() && IsDigit(t[i])) ++i;
  if (i == 0) return std::nullopt;
  out += t.substr(0, i);
  bool grouped = false;
  while (i + 4 <= t.size() && t[i] == ' ' && IsDigit(t[i + 1]) && IsDigit(t[i + 2]) &&
         IsDigit(t[i + 3]) && (i + 4 == t.size() || !IsDigit(t[i + 4]))) {
    if (out.size() - (out[0] == '-') > 3 && !grouped) return std::nullopt;  // "1234 567"
    out += t.substr(i + 1, 3);
    i += 4;
    grouped = true;
  }
  if (i < t.size() && (t[i] == ',' || t[i] == '.')) {
    const size_t decimals_at = i + 1;
    size_t j = decimals_at;
    while (j < t.size() && IsDigit(t[j])) ++j;
    const size_t decimals = j - decimals_at;
    // "1,150" without spaced groups could be an English thousands separator.
    if (decimals == 0 || j != t.size() || (t[i] == ',' && !grouped && decimals == 3)) {
      return std::nullopt;
    }
    out += '.';
    out += t.substr(decimals_at, decimals);
    i = j;
  }
  if (i != t.size()) return std::nullopt;
  if (!grouped && out.find('.') == std::string::npos && t.size() == spaced.size()) {
    return std::nullopt;  // nothing local about it: not for us to accept
  }
  return out;
}

std::string LocalNumberHint(std::string_view text) {
  const std::string_view t = Trim(text);
  if (!t.empty() && t.back() == '%') return "hint percent";
  if (t.find(',') != std::string_view::npos) return "hint comma";
  return "";
}

}  // namespace grantcheck
