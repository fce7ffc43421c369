#include "base/date.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace grantcheck {
namespace {

constexpr int64_t kInt64Max = std::numeric_limits<int64_t>::max();
constexpr int64_t kInt64Min = std::numeric_limits<int64_t>::min();

// Test dates are written as text; a typo in a table must fail loudly.
Date D(const char* text) {
  std::optional<Date> d = ParseDate(text);
  REQUIRE_MESSAGE(d.has_value(), text);
  return *d;
}

Decimal Frac(int64_t num, int64_t den) {
  return *Decimal::Div(Decimal::FromInt(num), Decimal::FromInt(den));
}

Decimal Plus(int64_t whole, const Decimal& fraction) {
  return *Decimal::Add(Decimal::FromInt(whole), fraction);
}

std::string Show(const std::optional<Date>& d) { return d ? FormatDate(*d) : "nullopt"; }

TEST_CASE("date: ParseDate accepts real days") {
  struct Case {
    const char* text;
    int year, month, day;
  };
  const Case cases[] = {
      {"2026-11-23", 2026, 11, 23}, {"2024-02-29", 2024, 2, 29},  {"2000-02-29", 2000, 2, 29},
      {"1900-02-28", 1900, 2, 28},  {"2026-12-31", 2026, 12, 31}, {"2026-04-30", 2026, 4, 30},
      {"0001-01-01", 1, 1, 1},      {"9999-12-31", 9999, 12, 31}, {"0999-07-04", 999, 7, 4},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::optional<Date> d = ParseDate(c.text);
    REQUIRE(d.has_value());
    YearMonthDay ymd = Split(*d);
    CHECK(ymd.year == c.year);
    CHECK(ymd.month == c.month);
    CHECK(ymd.day == c.day);
    CHECK(FormatDate(*d) == c.text);
  }
}

TEST_CASE("date: ParseDate rejects malformed text and unreal days") {
  const char* const cases[] = {
      "2026-02-30",   "2026-13-01",       "2025-02-29",
      "1900-02-29",   "2100-02-29",       "2026-04-31",
      "2026-00-10",   "2026-01-00",       "2026-01-32",
      "0000-01-01",   "0000-12-31",       "2026-1-01",
      "2026-01-1",    "26-01-01",         " 2026-01-01",
      "2026-01-01 ",  "2026-01-01T00:00", "2026/01/01",
      "2026-01/01",   "20260101",         "2026-+1-01",
      "2026-01--1",   "-026-01-01",       "+026-01-01",
      "2026-0a-01",   "abcd-ef-gh",       "",
      "2026-01-01\n", "10000-01-01",      "2026_01_01",
  };
  for (const char* text : cases) {
    CAPTURE(text);
    CHECK_FALSE(ParseDate(text).has_value());
  }
  // An embedded NUL makes the length right but the text wrong.
  CHECK_FALSE(ParseDate(std::string_view("2026-01-0\0", 10)).has_value());
}

TEST_CASE("date: MakeDate validates year, month and day including leap years") {
  struct Case {
    int year, month, day;
    bool ok;
  };
  const Case cases[] = {
      {2024, 2, 29, true},
      {2000, 2, 29, true},
      {1600, 2, 29, true},
      {1900, 2, 29, false},
      {2100, 2, 29, false},
      {2025, 2, 29, false},
      {2025, 2, 28, true},
      {2026, 4, 31, false},
      {2026, 12, 31, true},
      {1, 1, 1, true},
      {9999, 12, 31, true},
      {0, 12, 31, false},
      {10000, 1, 1, false},
      {-1, 1, 1, false},
      {2026, 0, 1, false},
      {2026, 13, 1, false},
      {2026, 1, 0, false},
      {2026, 1, 32, false},
      {2026, -1, 1, false},
      {2026, 1, -1, false},
      // 257 would wrap to 1 in chrono's unsigned char.
      {2026, 257, 1, false},
      {2026, 1, 257, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.year);
    CAPTURE(c.month);
    CAPTURE(c.day);
    std::optional<Date> d = MakeDate(c.year, c.month, c.day);
    CHECK(d.has_value() == c.ok);
    if (d) {
      YearMonthDay ymd = Split(*d);
      CHECK(ymd.year == c.year);
      CHECK(ymd.month == c.month);
      CHECK(ymd.day == c.day);
    }
  }
}

TEST_CASE("date: days count from 1970-01-01") {
  struct Case {
    const char* text;
    int32_t days;
  };
  const Case cases[] = {
      {"1970-01-01", 0},       {"1970-01-02", 1},     {"1969-12-31", -1},
      {"2000-01-01", 10957},   {"2026-11-23", 20780}, {"0001-01-01", -719162},
      {"9999-12-31", 2932896},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(D(c.text).days == c.days);
    CHECK(FormatDate(Date{c.days}) == c.text);
  }
  CHECK(Date{} == D("1970-01-01"));
  CHECK(D("2025-06-01") < D("2025-06-02"));
}

TEST_CASE("date: FormatDate zero-pads and round-trips through ParseDate") {
  CHECK(FormatDate(D("0001-01-01")) == "0001-01-01");
  CHECK(FormatDate(*MakeDate(12, 3, 4)) == "0012-03-04");
  CHECK(FormatDate(*MakeDate(345, 10, 9)) == "0345-10-09");
  CHECK(FormatDate(*MakeDate(2026, 11, 23)) == "2026-11-23");
  // A prime stride visits every month and day-of-month position over the range.
  for (int64_t days = D("0001-01-01").days; days <= D("9999-12-31").days; days += 97) {
    Date d{static_cast<int32_t>(days)};
    std::string text = FormatDate(d);
    CAPTURE(text);
    REQUIRE(text.size() == 10);
    std::optional<Date> back = ParseDate(text);
    REQUIRE(back.has_value());
    CHECK(*back == d);
    YearMonthDay ymd = Split(d);
    CHECK(MakeDate(ymd.year, ymd.month, ymd.day) == d);
  }
}

TEST_CASE("date: Weekday is ISO, Monday 0 to Sunday 6") {
  struct Case {
    const char* text;
    int weekday;
  };
  const Case cases[] = {
      {"1970-01-01", 3}, {"2026-11-23", 0}, {"2026-11-24", 1}, {"2026-11-28", 5}, {"2026-11-29", 6},
      {"2000-01-01", 5}, {"2024-02-29", 3}, {"1969-12-31", 2}, {"0001-01-01", 0}, {"9999-12-31", 4},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Weekday(D(c.text)) == c.weekday);
  }
  // Before the epoch, too, the week must advance one day at a time.
  for (Date d = D("1969-12-01"); d <= D("1970-02-01"); d = *AddDays(d, 1)) {
    CAPTURE(FormatDate(d));
    CHECK(Weekday(*AddDays(d, 1)) == (Weekday(d) + 1) % 7);
  }
}

TEST_CASE("date: AddDays crosses months, leap days and refuses to leave years 1..9999") {
  struct Case {
    const char* start;
    int64_t n;
    const char* want;  // nullptr: nullopt
  };
  const Case cases[] = {
      {"2025-06-01", 0, "2025-06-01"},
      {"2025-06-01", 1, "2025-06-02"},
      {"2025-06-30", 1, "2025-07-01"},
      {"2025-01-01", -1, "2024-12-31"},
      {"2024-02-28", 1, "2024-02-29"},
      {"2025-02-28", 1, "2025-03-01"},
      {"1900-02-28", 1, "1900-03-01"},
      {"2000-02-28", 1, "2000-02-29"},
      {"2024-01-01", 366, "2025-01-01"},
      {"2025-01-01", 365, "2026-01-01"},
      {"2025-01-01", -365, "2024-01-02"},
      {"0001-01-01", 3652058, "9999-12-31"},
      {"9999-12-31", -3652058, "0001-01-01"},
      {"9999-12-31", 1, nullptr},
      {"0001-01-01", -1, nullptr},
      {"0001-01-01", 3652059, nullptr},
      {"2025-06-01", kInt64Max, nullptr},
      {"2025-06-01", kInt64Min, nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start);
    CAPTURE(c.n);
    std::optional<Date> got = AddDays(D(c.start), c.n);
    CHECK(Show(got) == (c.want ? c.want : "nullopt"));
  }
}

TEST_CASE("date: AddMonths clamps to the month's last day") {
  struct Case {
    const char* start;
    int64_t n;
    const char* want;  // nullptr: nullopt
  };
  const Case cases[] = {
      {"2025-06-15", 0, "2025-06-15"},
      {"2025-06-15", 1, "2025-07-15"},
      {"2025-01-31", 1, "2025-02-28"},
      {"2024-01-31", 1, "2024-02-29"},
      {"1900-01-31", 1, "1900-02-28"},
      {"2000-01-31", 1, "2000-02-29"},
      {"2025-03-31", -1, "2025-02-28"},
      {"2025-05-31", 1, "2025-06-30"},
      {"2025-01-31", 13, "2026-02-28"},
      {"2025-01-31", 2, "2025-03-31"},  // not 03-28: computed from the original day
      {"2024-02-29", 12, "2025-02-28"},
      {"2024-02-29", 48, "2028-02-29"},
      {"2024-02-29", -48, "2020-02-29"},
      {"2025-12-15", 1, "2026-01-15"},
      {"2026-01-15", -1, "2025-12-15"},
      {"2025-06-01", -12, "2024-06-01"},
      {"2025-06-01", -18, "2023-12-01"},
      {"2025-06-01", 1200, "2125-06-01"},
      {"2025-06-01", -24288, "0001-06-01"},
      {"0001-01-01", 119987, "9999-12-01"},
      {"9999-12-31", -119987, "0001-01-31"},
      {"9999-01-31", 10, "9999-11-30"},
      {"9999-12-01", 1, nullptr},
      {"0001-01-31", -1, nullptr},
      {"0001-01-01", 119988, nullptr},
      {"2025-06-01", kInt64Max, nullptr},
      {"2025-06-01", kInt64Min, nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start);
    CAPTURE(c.n);
    std::optional<Date> got = AddMonths(D(c.start), c.n);
    CHECK(Show(got) == (c.want ? c.want : "nullopt"));
  }
}

TEST_CASE("date: DaysBetween is b - a") {
  struct Case {
    const char* a;
    const char* b;
    int64_t days;
  };
  const Case cases[] = {
      {"2025-06-01", "2025-06-02", 1},        {"2025-06-02", "2025-06-01", -1},
      {"2025-06-01", "2025-06-01", 0},        {"2024-01-01", "2025-01-01", 366},
      {"2025-01-01", "2026-01-01", 365},      {"1900-01-01", "1901-01-01", 365},
      {"2000-01-01", "2001-01-01", 366},      {"0001-01-01", "9999-12-31", 3652058},
      {"9999-12-31", "0001-01-01", -3652058},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(DaysBetween(D(c.a), D(c.b)) == c.days);
  }
}

TEST_CASE("date: Midpoint floors half the difference") {
  struct Case {
    const char* a;
    const char* b;
    const char* want;
  };
  const Case cases[] = {
      {"2025-06-01", "2025-06-01", "2025-06-01"}, {"2025-06-01", "2025-06-02", "2025-06-01"},
      {"2025-06-01", "2025-06-03", "2025-06-02"}, {"2025-06-01", "2025-06-04", "2025-06-02"},
      {"2025-06-02", "2025-06-01", "2025-06-01"}, {"2025-06-03", "2025-06-01", "2025-06-02"},
      {"2025-06-04", "2025-06-01", "2025-06-02"}, {"2025-06-05", "2025-06-01", "2025-06-03"},
      {"2025-01-01", "2025-12-31", "2025-07-02"}, {"1969-12-31", "1970-01-01", "1969-12-31"},
      {"1970-01-01", "1969-12-31", "1969-12-31"}, {"0001-01-01", "9999-12-31", "5000-07-02"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(FormatDate(Midpoint(D(c.a), D(c.b))) == c.want);
  }
}

TEST_CASE("date: MonthsInclusive counts whole months plus the covered fraction") {
  struct Case {
    const char* start;
    const char* end;
    Decimal want;
  };
  const Case cases[] = {
      {"2025-06-01", "2026-05-31", Decimal::FromInt(12)},
      {"2025-06-15", "2026-06-14", Decimal::FromInt(12)},
      {"2025-06-01", "2026-06-01", Plus(12, Frac(1, 30))},
      {"2025-01-31", "2026-01-30", Decimal::FromInt(12)},
      {"2025-06-01", "2025-06-30", Decimal::FromInt(1)},
      {"2025-06-01", "2025-06-01", Frac(1, 30)},
      {"2025-02-01", "2025-02-14", Frac(14, 28)},
      {"2024-02-01", "2024-02-29", Decimal::FromInt(1)},
      {"2024-02-01", "2024-02-14", Frac(14, 29)},
      {"1900-02-01", "1900-02-28", Decimal::FromInt(1)},
      {"2000-02-01", "2000-02-28", Frac(28, 29)},
      {"2025-06-01", "2025-05-31", Decimal()},
      {"2025-01-31", "2025-02-27", Decimal::FromInt(1)},  // 01-31 + 1 month is 02-28
      {"2025-01-31", "2025-03-30", Decimal::FromInt(2)},
      {"2025-01-31", "2025-02-28", Plus(1, Frac(1, 31))},
      {"2024-02-29", "2025-02-27", Decimal::FromInt(12)},
      {"2024-02-29", "2025-02-28", Plus(12, Frac(1, 29))},
      {"2025-06-15", "2025-07-20", Plus(1, Frac(6, 31))},
      {"9999-12-01", "9999-12-31", Decimal::FromInt(1)},
      {"9999-12-31", "9999-12-31", Frac(1, 31)},
      {"9999-01-01", "9999-12-31", Decimal::FromInt(12)},
      {"0001-01-01", "9999-12-31", Decimal::FromInt(119988)},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start);
    CAPTURE(c.end);
    Decimal got = MonthsInclusive(D(c.start), D(c.end));
    std::string got_text = got.ToString();
    std::string want_text = c.want.ToString();
    CAPTURE(got_text);
    CAPTURE(want_text);
    CHECK(got == c.want);
  }
  // The rounding is Decimal::Div's: 18 fractional digits.
  CHECK(MonthsInclusive(D("2025-06-01"), D("2026-06-01")).ToString() == "12.033333333333333333");
  CHECK(MonthsInclusive(D("2025-02-01"), D("2025-02-14")).ToString() == "0.5");
  CHECK(MonthsInclusive(D("2025-06-01"), D("2026-06-01")) > Decimal::FromInt(12));
  CHECK(MonthsInclusive(D("2025-06-01"), D("2026-05-31")).IsInteger());
}

TEST_CASE("date: MonthsInclusive of a reversed period is negative") {
  // Reversed means end + 1 day < start; it mirrors [end + 1 day, start - 1 day].
  struct Case {
    const char* start;
    const char* end;
    Decimal want;
  };
  const Case cases[] = {
      {"2026-06-01", "2025-05-31", Decimal::FromInt(-12)},
      {"2025-06-02", "2025-05-31", Frac(1, 30).Negate()},
      {"2025-07-01", "2025-05-31", Decimal::FromInt(-1)},
      {"2026-06-02", "2025-05-31", Plus(12, Frac(1, 30)).Negate()},
      {"2025-02-15", "2025-01-31", Frac(14, 28).Negate()},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start);
    CAPTURE(c.end);
    Decimal got = MonthsInclusive(D(c.start), D(c.end));
    std::string got_text = got.ToString();
    CAPTURE(got_text);
    CHECK(got == c.want);
  }
  const char* const pairs[][2] = {
      {"2026-06-01", "2025-06-01"}, {"2025-03-31", "2025-01-15"}, {"2024-03-01", "2024-02-01"},
      {"9999-12-31", "0001-01-01"}, {"2025-06-03", "2025-06-01"},
  };
  for (const auto& p : pairs) {
    Date start = D(p[0]);
    Date end = D(p[1]);
    CAPTURE(p[0]);
    CAPTURE(p[1]);
    Decimal mirrored = MonthsInclusive(*AddDays(end, 1), *AddDays(start, -1));
    CHECK(mirrored > Decimal());
    CHECK(MonthsInclusive(start, end) == mirrored.Negate());
  }
}

TEST_CASE("date: twelve months is exactly 12 and one more day exceeds it, for every start") {
  const Decimal twelve = Decimal::FromInt(12);
  int checked = 0;
  for (Date start = D("2024-01-01"); start <= D("2025-12-31"); start = *AddDays(start, 1)) {
    CAPTURE(FormatDate(start));
    Date anniversary = *AddMonths(start, 12);
    Date last_day = *AddDays(anniversary, -1);
    Decimal exact = MonthsInclusive(start, last_day);
    Decimal over = MonthsInclusive(start, anniversary);
    std::string exact_text = exact.ToString();
    std::string over_text = over.ToString();
    CAPTURE(exact_text);
    CAPTURE(over_text);
    CHECK(exact == twelve);
    CHECK(over > twelve);
    CHECK(over < Decimal::FromInt(13));
    // One day short is under 12, so the limit is a sharp edge on both sides.
    CHECK(MonthsInclusive(start, *AddDays(last_day, -1)) < twelve);
    ++checked;
  }
  CHECK(checked == 366 + 365);
}

}  // namespace
}  // namespace grantcheck
