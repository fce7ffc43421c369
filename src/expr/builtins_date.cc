// The date functions of the builtin table (builtins.cc): parsing, today, and
// the calendar arithmetic of base/date.h, with the rule language's type checks.
#include <fmt/format.h>

#include "expr/builtins.h"

namespace grantcheck {

using Args = std::span<const Value>;

namespace {

bool AllDates(Args a) {
  for (const Value& v : a) {
    if (v.kind() != ValueKind::kDate) return false;
  }
  return true;
}

Value NotDates(Args a, const CallEnv& env, std::string_view name) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind() != ValueKind::kDate) {
      return Value::Error(env.span, fmt::format("{}() expects a date as argument {}, got {}", name,
                                                i + 1, KindName(a[i].kind())));
    }
  }
  return Value::Error(env.span, fmt::format("{}() expects dates", name));
}

// add_days and add_months: a date and a whole number, then `step` on them.
template <typename Step>
Value Shift(Args a, const CallEnv& env, std::string_view name, std::string_view unit, Step step) {
  if (a[0].kind() != ValueKind::kDate) return NotDates(a.first(1), env, name);
  std::optional<int64_t> n =
      a[1].kind() == ValueKind::kNumber ? a[1].as_number().ToInt64() : std::nullopt;
  if (!n) {
    return Value::Error(env.span, fmt::format("{}() expects a whole number of {} as argument 2, "
                                              "got {}",
                                              name, unit, a[1].Dump()));
  }
  std::optional<Date> d = step(a[0].as_date(), *n);
  if (!d) return Value::Error(env.span, fmt::format("{}() leaves the years 1 to 9999", name));
  return Value::FromDate(*d);
}

}  // namespace

Value DateFn(Args a, const CallEnv& env) {
  if (a[0].kind() == ValueKind::kDate) return a[0];
  if (a[0].kind() != ValueKind::kString) {
    return Value::Error(env.span, fmt::format("date() expects a string, got {}",
                                              KindName(a[0].kind())));
  }
  std::optional<Date> d = ParseDate(a[0].as_string());
  if (!d) {
    return Value::Error(env.span, fmt::format("invalid date '{}'; expected a real day as "
                                              "YYYY-MM-DD",
                                              a[0].as_string()));
  }
  return Value::FromDate(*d);
}

Value TodayFn(Args, const CallEnv& env) {
  if (!env.ctx.today) return Value::Error(env.span, "today() has no date in this evaluation");
  return Value::FromDate(*env.ctx.today);
}

Value DaysFn(Args a, const CallEnv& env) {
  if (!AllDates(a)) return NotDates(a, env, "days");
  return Value::Int(DaysBetween(a[0].as_date(), a[1].as_date()));
}

Value MonthsFn(Args a, const CallEnv& env) {
  if (!AllDates(a)) return NotDates(a, env, "months");
  return Value::Number(MonthsInclusive(a[0].as_date(), a[1].as_date()));
}

Value MidpointFn(Args a, const CallEnv& env) {
  if (!AllDates(a)) return NotDates(a, env, "midpoint");
  return Value::FromDate(Midpoint(a[0].as_date(), a[1].as_date()));
}

Value AddDaysFn(Args a, const CallEnv& env) {
  return Shift(a, env, "add_days", "days", [](Date d, int64_t n) { return AddDays(d, n); });
}

Value AddMonthsFn(Args a, const CallEnv& env) {
  return Shift(a, env, "add_months", "months", [](Date d, int64_t n) { return AddMonths(d, n); });
}

Value YearFn(Args a, const CallEnv& env) {
  if (!AllDates(a)) return NotDates(a, env, "year");
  return Value::Int(Split(a[0].as_date()).year);
}

Value MonthFn(Args a, const CallEnv& env) {
  if (!AllDates(a)) return NotDates(a, env, "month");
  return Value::Int(Split(a[0].as_date()).month);
}

}  // namespace grantcheck
