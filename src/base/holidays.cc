#include "base/holidays.h"

#include <algorithm>
#include <climits>

namespace grantcheck {
namespace {

// How a holiday's date follows from the year; `a` and `b` are the row's arguments.
using DateRule = std::optional<Date> (*)(int year, int a, int b);

// A fixed day of the year: month `a`, day `b`.
std::optional<Date> Fixed(int year, int a, int b) { return MakeDate(year, a, b); }

// `a` days from Easter Sunday (negative: before it).
std::optional<Date> FromEaster(int year, int a, int /*unused*/) {
  return AddDays(EasterSunday(year), a);
}

// The first Saturday on or after month `a`, day `b` (Swedish midsommardagen
// is the Saturday of 20-26 June, alla helgons dag that of 31 Oct-6 Nov).
std::optional<Date> SaturdayFrom(int year, int a, int b) {
  std::optional<Date> first = MakeDate(year, a, b);
  if (!first) return std::nullopt;
  constexpr int kSaturday = 5;  // ISO weekday, Monday = 0
  return AddDays(*first, (kSaturday - Weekday(*first) + 7) % 7);
}

constexpr int kAlways = 0;
constexpr int kStill = INT_MAX;

struct HolidayRule {
  Country country;
  DateRule rule;
  int a;
  int b;
  int first_year;  // the first and last years the law made it a holiday
  int last_year;
  std::string_view local_name;
  std::string_view english_name;
};

// One row per holiday. Sweden: lag (1989:253) om allmänna helgdagar; Denmark:
// the helligdage, with store bededag abolished from 2024 by an act of 2023;
// Norway: helligdagsloven and the act on 1 and 17 May as høytidsdager.
constexpr HolidayRule kRules[] = {
    {Country::kSweden, Fixed, 1, 1, kAlways, kStill, "Nyårsdagen", "New Year's Day"},
    {Country::kSweden, Fixed, 1, 6, kAlways, kStill, "Trettondedag jul", "Epiphany"},
    {Country::kSweden, FromEaster, -2, 0, kAlways, kStill, "Långfredagen", "Good Friday"},
    {Country::kSweden, FromEaster, 0, 0, kAlways, kStill, "Påskdagen", "Easter Sunday"},
    {Country::kSweden, FromEaster, 1, 0, kAlways, kStill, "Annandag påsk", "Easter Monday"},
    {Country::kSweden, Fixed, 5, 1, kAlways, kStill, "Första maj", "May Day"},
    {Country::kSweden, FromEaster, 39, 0, kAlways, kStill, "Kristi himmelsfärdsdag",
     "Ascension Day"},
    {Country::kSweden, FromEaster, 49, 0, kAlways, kStill, "Pingstdagen", "Whit Sunday"},
    {Country::kSweden, FromEaster, 50, 0, kAlways, 2004, "Annandag pingst", "Whit Monday"},
    {Country::kSweden, Fixed, 6, 6, 2005, kStill, "Sveriges nationaldag", "National Day of Sweden"},
    {Country::kSweden, SaturdayFrom, 6, 20, kAlways, kStill, "Midsommardagen", "Midsummer Day"},
    {Country::kSweden, SaturdayFrom, 10, 31, kAlways, kStill, "Alla helgons dag",
     "All Saints' Day"},
    {Country::kSweden, Fixed, 12, 25, kAlways, kStill, "Juldagen", "Christmas Day"},
    {Country::kSweden, Fixed, 12, 26, kAlways, kStill, "Annandag jul", "Boxing Day"},

    {Country::kDenmark, Fixed, 1, 1, kAlways, kStill, "Nytårsdag", "New Year's Day"},
    {Country::kDenmark, FromEaster, -3, 0, kAlways, kStill, "Skærtorsdag", "Maundy Thursday"},
    {Country::kDenmark, FromEaster, -2, 0, kAlways, kStill, "Langfredag", "Good Friday"},
    {Country::kDenmark, FromEaster, 0, 0, kAlways, kStill, "Påskedag", "Easter Sunday"},
    {Country::kDenmark, FromEaster, 1, 0, kAlways, kStill, "2. påskedag", "Easter Monday"},
    {Country::kDenmark, FromEaster, 26, 0, kAlways, 2023, "Store bededag", "General Prayer Day"},
    {Country::kDenmark, FromEaster, 39, 0, kAlways, kStill, "Kristi himmelfartsdag",
     "Ascension Day"},
    {Country::kDenmark, FromEaster, 49, 0, kAlways, kStill, "Pinsedag", "Whit Sunday"},
    {Country::kDenmark, FromEaster, 50, 0, kAlways, kStill, "2. pinsedag", "Whit Monday"},
    {Country::kDenmark, Fixed, 12, 25, kAlways, kStill, "Juledag", "Christmas Day"},
    {Country::kDenmark, Fixed, 12, 26, kAlways, kStill, "2. juledag", "Boxing Day"},

    {Country::kNorway, Fixed, 1, 1, kAlways, kStill, "1. nyttårsdag", "New Year's Day"},
    {Country::kNorway, FromEaster, -3, 0, kAlways, kStill, "Skjærtorsdag", "Maundy Thursday"},
    {Country::kNorway, FromEaster, -2, 0, kAlways, kStill, "Langfredag", "Good Friday"},
    {Country::kNorway, FromEaster, 0, 0, kAlways, kStill, "1. påskedag", "Easter Sunday"},
    {Country::kNorway, FromEaster, 1, 0, kAlways, kStill, "2. påskedag", "Easter Monday"},
    {Country::kNorway, Fixed, 5, 1, kAlways, kStill, "Offentlig høytidsdag (1. mai)", "Labour Day"},
    {Country::kNorway, Fixed, 5, 17, kAlways, kStill, "Grunnlovsdag (17. mai)", "Constitution Day"},
    {Country::kNorway, FromEaster, 39, 0, kAlways, kStill, "Kristi himmelfartsdag",
     "Ascension Day"},
    {Country::kNorway, FromEaster, 49, 0, kAlways, kStill, "1. pinsedag", "Whit Sunday"},
    {Country::kNorway, FromEaster, 50, 0, kAlways, kStill, "2. pinsedag", "Whit Monday"},
    {Country::kNorway, Fixed, 12, 25, kAlways, kStill, "1. juledag", "Christmas Day"},
    {Country::kNorway, Fixed, 12, 26, kAlways, kStill, "2. juledag", "Boxing Day"},
};

struct CountryKey {
  Country country;
  std::string_view language;
  std::string_view currency;
};

constexpr CountryKey kCountries[] = {
    {Country::kSweden, "sv", "SEK"},
    {Country::kDenmark, "da", "DKK"},
    {Country::kNorway, "nb", "NOK"},
};

}  // namespace

std::optional<Country> CountryOf(std::string_view language, std::string_view currency) {
  for (const CountryKey& k : kCountries) {
    if (k.language == language) return k.country;
  }
  for (const CountryKey& k : kCountries) {
    if (k.currency == currency) return k.country;
  }
  return std::nullopt;
}

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date EasterSunday(int year) {
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return MakeDate(year, month, day).value_or(Date{});
}

std::vector<Holiday> PublicHolidays(Country country, int year) {
  std::vector<Holiday> out;
  for (const HolidayRule& r : kRules) {
    if (r.country != country || year < r.first_year || year > r.last_year) continue;
    std::optional<Date> day = r.rule(year, r.a, r.b);
    if (day) out.push_back(Holiday{*day, r.local_name, r.english_name});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
  return out;
}

std::optional<Holiday> HolidayOn(Country country, Date day) {
  for (const Holiday& h : PublicHolidays(country, Split(day).year)) {
    if (h.date == day) return h;
  }
  return std::nullopt;
}

}  // namespace grantcheck
