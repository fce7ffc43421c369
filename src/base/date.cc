#include "base/date.h"

#include <algorithm>
#include <chrono>

namespace grantcheck {
namespace {

namespace chr = std::chrono;

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr int64_t kMinDays = chr::sys_days(chr::year(kMinYear) / 1 / 1).time_since_epoch().count();
constexpr int64_t kMaxDays =
    chr::sys_days(chr::year(kMaxYear) / 12 / 31).time_since_epoch().count();
// More months than separate any two valid dates; bounding n first keeps the
// month arithmetic below far from overflow.
constexpr int64_t kMaxMonthShift = int64_t{12} * (kMaxYear - kMinYear + 1);

chr::sys_days ToSys(Date d) { return chr::sys_days(chr::days(d.days)); }

Date FromSys(chr::sys_days s) { return Date{static_cast<int32_t>(s.time_since_epoch().count())}; }

bool InRange(chr::year y) { return int{y} >= kMinYear && int{y} <= kMaxYear; }

// Not bounded to years 1..9999, so MonthsInclusive may look one month past
// 9999-12-31; callers keep |n| <= kMaxMonthShift.
chr::year_month_day ShiftMonths(chr::year_month_day from, int64_t n) {
  chr::year_month ym = chr::year_month(from.year(), from.month()) + chr::months(n);
  return ym / std::min(from.day(), (ym / chr::last).day());
}

chr::sys_days ShiftMonthsSys(chr::sys_days from, int64_t n) {
  return chr::sys_days(ShiftMonths(chr::year_month_day(from), n));
}

// Hand-rolled because std::from_chars would also accept a leading '-'.
std::optional<int> ParseDigits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

void AppendPadded(std::string& out, int value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
  out += digits;
}

// The months in the half-open [from, to), for from < to.
Decimal MonthsHalfOpen(chr::sys_days from, chr::sys_days to) {
  chr::year_month_day f(from);
  chr::year_month_day t(to);
  // Landing in to's month overshoots when from's day of month is later than
  // to's (after clamping), so then one month fewer is whole.
  int64_t n = (int64_t{int{t.year()}} - int{f.year()}) * 12 +
              (int64_t{unsigned{t.month()}} - unsigned{f.month()});
  if (ShiftMonthsSys(from, n) > to) --n;
  chr::sys_days lo = ShiftMonthsSys(from, n);
  chr::sys_days hi = ShiftMonthsSys(from, n + 1);
  // Neither can fail: the operands are at most a few hundred thousand and the
  // divisor is 28..31.
  Decimal fraction =
      *Decimal::Div(Decimal::FromInt((to - lo).count()), Decimal::FromInt((hi - lo).count()));
  return *Decimal::Add(Decimal::FromInt(n), fraction);
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::optional<int> year = ParseDigits(text.substr(0, 4));
  std::optional<int> month = ParseDigits(text.substr(5, 2));
  std::optional<int> day = ParseDigits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  return MakeDate(*year, *month, *day);
}

std::optional<Date> MakeDate(int year, int month, int day) {
  // chrono keeps month and day in an unsigned char, so out-of-range values
  // must be refused before they wrap into valid ones.
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  chr::year_month_day ymd(chr::year(year), chr::month(static_cast<unsigned>(month)),
                          chr::day(static_cast<unsigned>(day)));
  if (!ymd.ok()) return std::nullopt;
  return FromSys(chr::sys_days(ymd));
}

std::string FormatDate(Date d) {
  YearMonthDay ymd = Split(d);
  std::string out;
  AppendPadded(out, ymd.year, 4);
  out += '-';
  AppendPadded(out, ymd.month, 2);
  out += '-';
  AppendPadded(out, ymd.day, 2);
  return out;
}

YearMonthDay Split(Date d) {
  chr::year_month_day ymd(ToSys(d));
  return YearMonthDay{int{ymd.year()}, static_cast<int>(unsigned{ymd.month()}),
                      static_cast<int>(unsigned{ymd.day()})};
}

int Weekday(Date d) { return static_cast<int>(chr::weekday(ToSys(d)).iso_encoding()) - 1; }

std::optional<Date> AddDays(Date d, int64_t n) {
  // Comparing n against the distance to each bound cannot overflow, unlike d + n.
  if (n < kMinDays - d.days || n > kMaxDays - d.days) return std::nullopt;
  return Date{static_cast<int32_t>(d.days + n)};
}

std::optional<Date> AddMonths(Date d, int64_t n) {
  if (n < -kMaxMonthShift || n > kMaxMonthShift) return std::nullopt;
  chr::year_month_day ymd = ShiftMonths(chr::year_month_day(ToSys(d)), n);
  if (!InRange(ymd.year())) return std::nullopt;
  return FromSys(chr::sys_days(ymd));
}

int64_t DaysBetween(Date a, Date b) { return int64_t{b.days} - a.days; }

Decimal MonthsInclusive(Date start, Date end) {
  chr::sys_days from = ToSys(start);
  chr::sys_days to = ToSys(end) + chr::days(1);
  if (from == to) return Decimal();
  // A reversed period [start, end] covers the same days as [end + 1, start - 1],
  // i.e. the half-open [to, from), counted negatively.
  if (to < from) return MonthsHalfOpen(to, from).Negate();
  return MonthsHalfOpen(from, to);
}

Date Midpoint(Date a, Date b) {
  int64_t diff = DaysBetween(a, b);
  // Division truncates toward zero; the contract floors, so odd negative
  // differences need one more step down.
  int64_t half = diff / 2 - ((diff < 0 && diff % 2 != 0) ? 1 : 0);
  return Date{static_cast<int32_t>(a.days + half)};
}

}  // namespace grantcheck
