#include "expr/local_format.h"

#include <array>

namespace grantcheck {
namespace {

constexpr std::array<std::string_view, 12> kMonthsSv = {
    "januari", "februari", "mars",      "april",   "maj",      "juni",
    "juli",    "augusti",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthsDa = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthsNb = {
    "januar", "februar", "mars",      "april",   "mai",      "juni",
    "juli",   "august",  "september", "oktober", "november", "desember"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

const std::array<std::string_view, 12>& MonthNames(std::string_view lang) {
  if (lang == "sv") return kMonthsSv;
  if (lang == "da") return kMonthsDa;
  if (lang == "nb") return kMonthsNb;
  return kMonthsEn;
}

bool DecimalComma(std::string_view lang) { return lang == "sv" || lang == "da" || lang == "nb"; }

}  // namespace

std::string LocalNumberText(const Decimal& d, std::string_view lang, size_t group_from) {
  std::string text = d.ToString();
  std::string_view group = lang == "da" ? "." : DecimalComma(lang) ? "\u00a0" : ",";
  size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  size_t sign = whole.starts_with('-') ? 1 : 0;
  std::string grouped;
  size_t digits = whole.size() - sign;
  for (size_t i = 0; i < digits; ++i) {
    if (digits >= group_from && i > 0 && (digits - i) % 3 == 0) grouped += group;
    grouped += whole[sign + i];
  }
  // Appended piece by piece: GCC 12's -Wrestrict misfires on the + chain.
  std::string out(sign == 1 ? "-" : "");
  out.append(grouped);
  if (!fraction.empty()) {
    out.append(DecimalMark(lang));
    out.append(fraction);
  }
  return out;
}

std::string_view DecimalMark(std::string_view lang) { return DecimalComma(lang) ? "," : "."; }

std::string LocalDateText(Date d, std::string_view lang) {
  YearMonthDay ymd = Split(d);
  std::string day = std::to_string(ymd.day) + (lang == "da" || lang == "nb" ? "." : "");
  return day + " " + std::string(MonthNames(lang)[static_cast<size_t>(ymd.month - 1)]) + " " +
         std::to_string(ymd.year);
}

std::string_view ListWord(std::string_view lang, bool or_word) {
  bool nordic = DecimalComma(lang);
  if (or_word) return nordic ? "eller" : "or";
  if (lang == "sv") return "och";
  return nordic ? "og" : "and";
}

}  // namespace grantcheck
