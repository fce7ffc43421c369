// Public holidays of Sweden, Denmark and Norway, computed for any year from
// Easter and fixed rules; what a holiday means for a deadline is schedule's job.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace grantcheck {

enum class Country { kSweden, kDenmark, kNorway };

// The country whose calendar a program follows, from its language ("sv",
// "da", "nb") or else its currency ("SEK", "DKK", "NOK"); nullopt for others.
std::optional<Country> CountryOf(std::string_view language, std::string_view currency);

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
// `year` must be in 1..9999.
Date EasterSunday(int year);

struct Holiday {
  Date date;
  std::string_view local_name;    // in the country's language: "Kristi himmelsfärdsdag"
  std::string_view english_name;  // "Ascension Day"
};

// The public holidays (by law: Swedish allmänna helgdagar, Danish
// helligdage, Norwegian helligdager and høytidsdager) of `year`, sorted by
// date. Ordinary Sundays are not listed, nor eves such as julafton that are
// not holidays by law. Changes in law are kept where they fall in modern
// times: Sweden's annandag pingst (to 2004) and national day (from 2005),
// Denmark's store bededag (to 2023). `year` must be in 1..9999.
std::vector<Holiday> PublicHolidays(Country country, int year);

// The public holiday on `day`, or nullopt.
std::optional<Holiday> HolidayOn(Country country, Date day);

}  // namespace grantcheck
