// Tests for the computed public holidays: Easter over the algorithm's edge
// years, and every holiday of a year per country, whole lists pinned.
#include "base/holidays.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace grantcheck {
namespace {

// "2024-03-29 Långfredagen / Good Friday" per holiday, one line each.
std::string Listed(Country country, int year) {
  std::string out;
  for (const Holiday& h : PublicHolidays(country, year)) {
    out += FormatDate(h.date) + " " + std::string(h.local_name) + " / " +
           std::string(h.english_name) + "\n";
  }
  return out;
}

TEST_CASE("holidays: Easter Sunday by the anonymous Gregorian algorithm") {
  // Expected dates from python-dateutil's easter(), an independent implementation.
  const std::pair<int, const char*> cases[] = {
      {1818, "1818-03-22"},  // the earliest possible date
      {1943, "1943-04-25"},  // the latest possible date
      {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
      {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
      {2038, "2038-04-25"}, {2285, "2285-03-22"}, {9999, "9999-03-28"},
  };
  for (const auto& c : cases) {
    // Named, not a structured binding: CAPTURE's lambda cannot capture one in clang 14.
    const int year = c.first;
    const char* want = c.second;
    CAPTURE(year);
    CHECK(FormatDate(EasterSunday(year)) == want);
  }
}

TEST_CASE("holidays: each country's calendar follows its language, else its currency") {
  CHECK(CountryOf("sv", "") == Country::kSweden);
  CHECK(CountryOf("da", "DKK") == Country::kDenmark);
  CHECK(CountryOf("nb", "NOK") == Country::kNorway);
  CHECK(CountryOf("en", "NOK") == Country::kNorway);
  CHECK(CountryOf("en", "EUR") == std::nullopt);
}

TEST_CASE("holidays: whole years, per country") {
  struct Case {
    Country country;
    int year;
    std::string want;
  };
  const Case cases[] = {
      {Country::kSweden, 2024,
       "2024-01-01 Nyårsdagen / New Year's Day\n"
       "2024-01-06 Trettondedag jul / Epiphany\n"
       "2024-03-29 Långfredagen / Good Friday\n"
       "2024-03-31 Påskdagen / Easter Sunday\n"
       "2024-04-01 Annandag påsk / Easter Monday\n"
       "2024-05-01 Första maj / May Day\n"
       "2024-05-09 Kristi himmelsfärdsdag / Ascension Day\n"
       "2024-05-19 Pingstdagen / Whit Sunday\n"
       "2024-06-06 Sveriges nationaldag / National Day of Sweden\n"
       "2024-06-22 Midsommardagen / Midsummer Day\n"
       "2024-11-02 Alla helgons dag / All Saints' Day\n"
       "2024-12-25 Juldagen / Christmas Day\n"
       "2024-12-26 Annandag jul / Boxing Day\n"},
      {Country::kSweden, 2025,
       "2025-01-01 Nyårsdagen / New Year's Day\n"
       "2025-01-06 Trettondedag jul / Epiphany\n"
       "2025-04-18 Långfredagen / Good Friday\n"
       "2025-04-20 Påskdagen / Easter Sunday\n"
       "2025-04-21 Annandag påsk / Easter Monday\n"
       "2025-05-01 Första maj / May Day\n"
       "2025-05-29 Kristi himmelsfärdsdag / Ascension Day\n"
       "2025-06-06 Sveriges nationaldag / National Day of Sweden\n"
       "2025-06-08 Pingstdagen / Whit Sunday\n"
       "2025-06-21 Midsommardagen / Midsummer Day\n"
       "2025-11-01 Alla helgons dag / All Saints' Day\n"
       "2025-12-25 Juldagen / Christmas Day\n"
       "2025-12-26 Annandag jul / Boxing Day\n"},
      // Before 2005: annandag pingst, and no national day.
      {Country::kSweden, 2004,
       "2004-01-01 Nyårsdagen / New Year's Day\n"
       "2004-01-06 Trettondedag jul / Epiphany\n"
       "2004-04-09 Långfredagen / Good Friday\n"
       "2004-04-11 Påskdagen / Easter Sunday\n"
       "2004-04-12 Annandag påsk / Easter Monday\n"
       "2004-05-01 Första maj / May Day\n"
       "2004-05-20 Kristi himmelsfärdsdag / Ascension Day\n"
       "2004-05-30 Pingstdagen / Whit Sunday\n"
       "2004-05-31 Annandag pingst / Whit Monday\n"
       "2004-06-26 Midsommardagen / Midsummer Day\n"
       "2004-11-06 Alla helgons dag / All Saints' Day\n"
       "2004-12-25 Juldagen / Christmas Day\n"
       "2004-12-26 Annandag jul / Boxing Day\n"},
      // 2023: the last store bededag, the fourth Friday after Easter.
      {Country::kDenmark, 2023,
       "2023-01-01 Nytårsdag / New Year's Day\n"
       "2023-04-06 Skærtorsdag / Maundy Thursday\n"
       "2023-04-07 Langfredag / Good Friday\n"
       "2023-04-09 Påskedag / Easter Sunday\n"
       "2023-04-10 2. påskedag / Easter Monday\n"
       "2023-05-05 Store bededag / General Prayer Day\n"
       "2023-05-18 Kristi himmelfartsdag / Ascension Day\n"
       "2023-05-28 Pinsedag / Whit Sunday\n"
       "2023-05-29 2. pinsedag / Whit Monday\n"
       "2023-12-25 Juledag / Christmas Day\n"
       "2023-12-26 2. juledag / Boxing Day\n"},
      // 2024: store bededag (it would have been 2024-04-26) is gone.
      {Country::kDenmark, 2024,
       "2024-01-01 Nytårsdag / New Year's Day\n"
       "2024-03-28 Skærtorsdag / Maundy Thursday\n"
       "2024-03-29 Langfredag / Good Friday\n"
       "2024-03-31 Påskedag / Easter Sunday\n"
       "2024-04-01 2. påskedag / Easter Monday\n"
       "2024-05-09 Kristi himmelfartsdag / Ascension Day\n"
       "2024-05-19 Pinsedag / Whit Sunday\n"
       "2024-05-20 2. pinsedag / Whit Monday\n"
       "2024-12-25 Juledag / Christmas Day\n"
       "2024-12-26 2. juledag / Boxing Day\n"},
      {Country::kNorway, 2024,
       "2024-01-01 1. nyttårsdag / New Year's Day\n"
       "2024-03-28 Skjærtorsdag / Maundy Thursday\n"
       "2024-03-29 Langfredag / Good Friday\n"
       "2024-03-31 1. påskedag / Easter Sunday\n"
       "2024-04-01 2. påskedag / Easter Monday\n"
       "2024-05-01 Offentlig høytidsdag (1. mai) / Labour Day\n"
       "2024-05-09 Kristi himmelfartsdag / Ascension Day\n"
       "2024-05-17 Grunnlovsdag (17. mai) / Constitution Day\n"
       "2024-05-19 1. pinsedag / Whit Sunday\n"
       "2024-05-20 2. pinsedag / Whit Monday\n"
       "2024-12-25 1. juledag / Christmas Day\n"
       "2024-12-26 2. juledag / Boxing Day\n"},
      {Country::kNorway, 2025,
       "2025-01-01 1. nyttårsdag / New Year's Day\n"
       "2025-04-17 Skjærtorsdag / Maundy Thursday\n"
       "2025-04-18 Langfredag / Good Friday\n"
       "2025-04-20 1. påskedag / Easter Sunday\n"
       "2025-04-21 2. påskedag / Easter Monday\n"
       "2025-05-01 Offentlig høytidsdag (1. mai) / Labour Day\n"
       "2025-05-17 Grunnlovsdag (17. mai) / Constitution Day\n"
       "2025-05-29 Kristi himmelfartsdag / Ascension Day\n"
       "2025-06-08 1. pinsedag / Whit Sunday\n"
       "2025-06-09 2. pinsedag / Whit Monday\n"
       "2025-12-25 1. juledag / Christmas Day\n"
       "2025-12-26 2. juledag / Boxing Day\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.year);
    CHECK(Listed(c.country, c.year) == c.want);
  }
}

TEST_CASE("holidays: HolidayOn finds a day's holiday, and only in its own country") {
  CHECK(HolidayOn(Country::kSweden, *ParseDate("2026-05-14"))->local_name ==
        "Kristi himmelsfärdsdag");
  CHECK(HolidayOn(Country::kNorway, *ParseDate("2026-05-17"))->english_name == "Constitution Day");
  CHECK_FALSE(HolidayOn(Country::kSweden, *ParseDate("2026-05-17")));
  CHECK_FALSE(HolidayOn(Country::kDenmark, *ParseDate("2024-04-26")));  // no store bededag
  CHECK(HolidayOn(Country::kDenmark, *ParseDate("2023-05-05"))->local_name == "Store bededag");
  // Midsummer Day is the Saturday of 20-26 June at both ends of the range.
  CHECK(HolidayOn(Country::kSweden, *ParseDate("2026-06-20"))->local_name == "Midsommardagen");
  CHECK(HolidayOn(Country::kSweden, *ParseDate("2027-06-26"))->local_name == "Midsommardagen");
  CHECK(HolidayOn(Country::kSweden, *ParseDate("2026-10-31"))->local_name == "Alla helgons dag");
  CHECK(HolidayOn(Country::kSweden, *ParseDate("2027-11-06"))->local_name == "Alla helgons dag");
}

}  // namespace
}  // namespace grantcheck
