// Calendar dates (proleptic Gregorian, no time of day, no time zone) and the
// date arithmetic of the rule language, built on std::chrono's calendar types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/decimal.h"

namespace grantcheck {

// A day, as a count of days since 1970-01-01. Only years 1..9999 are made.
struct Date {
  int32_t days = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
};

struct YearMonthDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Strict "YYYY-MM-DD" with a real day (2026-02-30 and 2026-13-01 are nullopt).
std::optional<Date> ParseDate(std::string_view text);
std::optional<Date> MakeDate(int year, int month, int day);
std::string FormatDate(Date d);  // "YYYY-MM-DD"
YearMonthDay Split(Date d);
// 0 = Monday .. 6 = Sunday (ISO 8601).
int Weekday(Date d);

// Each returns nullopt when the result would leave years 1..9999.
std::optional<Date> AddDays(Date d, int64_t n);
// Adds calendar months, clamping to the month's last day:
// 2025-01-31 + 1 = 2025-02-28, 2024-01-31 + 1 = 2024-02-29. n may be negative.
std::optional<Date> AddMonths(Date d, int64_t n);

// b - a in days: DaysBetween(2025-06-01, 2025-06-02) == 1.
int64_t DaysBetween(Date a, Date b);

// The length in months of the inclusive period [start, end]: the number n of
// whole months m with AddMonths(start, m) <= end + 1 day, plus the fraction of
// month n+1 that is covered, (end + 1 - AddMonths(start, n)) / (days in that
// month step). So [2025-06-01, 2026-05-31] is exactly 12, [2025-06-15,
// 2026-06-14] is 12, [2025-06-01, 2026-06-01] is 12 + 1/30. The empty period
// (end + 1 day == start) is 0; a reversed one (end + 1 day < start) is the
// negative of MonthsInclusive(end + 1 day, start - 1 day).
Decimal MonthsInclusive(Date start, Date end);

// The middle day of the inclusive period [a, b]: a + floor((b - a) / 2).
Date Midpoint(Date a, Date b);

}  // namespace grantcheck
