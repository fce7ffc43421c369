#include "expr/builtins.h"

#include <fmt/format.h>

#include <array>
#include <functional>
#include <unordered_set>

#include "base/text.h"

namespace grantcheck {
namespace {

using Args = std::span<const Value>;

Value TypeError(const CallEnv& env, std::string_view fn, size_t i, std::string_view expected,
                const Value& got) {
  return Value::Error(env.span, fmt::format("{}() expects {} as argument {}, got {}", fn, expected,
                                            i + 1, KindName(got.kind())));
}

// The first error among `items`, else the first missing one, else nullptr: an
// error is a fault to report, a missing value only a gap to fill.
const Value* FirstSpecial(const std::vector<Value>& items) {
  const Value* missing = nullptr;
  for (const Value& v : items) {
    if (v.is_error()) return &v;
    if (v.is_missing() && missing == nullptr) missing = &v;
  }
  return missing;
}

// Runs `fn` on the list at args[i] once it is known to be a list of ordinary values.
template <typename Fn>
Value WithList(Args args, size_t i, std::string_view name, const CallEnv& env, Fn fn) {
  if (args[i].kind() != ValueKind::kList) return TypeError(env, name, i, "a list", args[i]);
  const auto& items = args[i].as_list().items;
  if (const Value* special = FirstSpecial(items)) return *special;
  return fn(items);
}

bool IsBlank(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull: return true;
    case ValueKind::kString: return Trim(v.as_string()).empty();
    case ValueKind::kList: return v.as_list().items.empty();
    case ValueKind::kMap: return v.as_map().entries.empty();
    default: return false;
  }
}

Value Has(Args a, const CallEnv&) {
  if (a[0].is_error()) return a[0];
  return Value::Bool(!a[0].is_missing() && !IsBlank(a[0]));
}

// given(x, fallback): what a message shows for a value that may be absent,
// without a conditional around the text.
Value Given(Args a, const CallEnv&) {
  if (a[0].is_error()) return a[0];
  return a[0].is_missing() || IsBlank(a[0]) ? a[1] : a[0];
}

Value Len(Args a, const CallEnv& env) {
  switch (a[0].kind()) {
    case ValueKind::kString: return Value::Int(CodePointCount(a[0].as_string()));
    case ValueKind::kList: return Value::Int(static_cast<int64_t>(a[0].as_list().items.size()));
    case ValueKind::kMap: return Value::Int(static_cast<int64_t>(a[0].as_map().entries.size()));
    default: return TypeError(env, "len", 0, "a string, list or map", a[0]);
  }
}

Value Sum(Args a, const CallEnv& env) {
  return WithList(a, 0, "sum", env, [&](const std::vector<Value>& items) {
    Decimal total;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].kind() != ValueKind::kNumber) {
        return Value::Error(env.span, fmt::format("sum() expects numbers, element {} is a {}",
                                                  i + 1, KindName(items[i].kind())));
      }
      std::optional<Decimal> next = Decimal::Add(total, items[i].as_number());
      if (!next) return Value::Error(env.span, "sum() overflows");
      total = *next;
    }
    return Value::Number(total);
  });
}

// <0, 0, >0, or nullopt when the two cannot be ordered (different kinds, say).
std::optional<int> Order(const Value& x, const Value& y) {
  if (x.kind() != y.kind()) return std::nullopt;
  switch (x.kind()) {
    case ValueKind::kNumber: return Decimal::Compare(x.as_number(), y.as_number());
    case ValueKind::kDate: return x.as_date() < y.as_date() ? -1 : x.as_date() > y.as_date();
    case ValueKind::kString: return x.as_string().compare(y.as_string());
    default: return std::nullopt;
  }
}

// min and max: over their arguments, or over one list argument.
Value Extreme(Args a, const CallEnv& env, std::string_view name, int sign) {
  std::vector<Value> spread(a.begin(), a.end());
  const std::vector<Value>& items =
      a.size() == 1 && a[0].kind() == ValueKind::kList ? a[0].as_list().items : spread;
  if (const Value* special = FirstSpecial(items)) return *special;
  if (items.empty()) return Value::Error(env.span, fmt::format("{}() of an empty list", name));
  const Value* best = &items[0];
  for (const Value& v : items) {
    std::optional<int> o = Order(v, *best);
    if (!o) {
      return Value::Error(env.span, fmt::format("{}() cannot compare a {} with a {}", name,
                                                KindName(v.kind()), KindName(best->kind())));
    }
    if (*o * sign > 0) best = &v;
  }
  return *best;
}

Value Min(Args a, const CallEnv& env) { return Extreme(a, env, "min", -1); }
Value Max(Args a, const CallEnv& env) { return Extreme(a, env, "max", 1); }

Value Count(Args a, const CallEnv& env) {
  return WithList(a, 0, "count", env, [&](const std::vector<Value>& items) {
    int64_t n = 0;
    for (const Value& v : items) {
      if (a.size() == 2) {
        n += ValuesEqual(v, a[1]);
      } else if (v.kind() == ValueKind::kBool) {
        n += v.as_bool();
      } else {
        return Value::Error(env.span, "count(list) counts true values; the list holds a " +
                                          std::string(KindName(v.kind())) +
                                          " (give a value to count: count(list, value))");
      }
    }
    return Value::Int(n);
  });
}

Value Distinct(Args a, const CallEnv& env) {
  return WithList(a, 0, "distinct", env, [&](const std::vector<Value>& items) {
    std::vector<Value> out;
    // Each comparison is a step, charged to the evaluation: the values'
    // equality (maps in any key order) has no cheap hash, and an
    // application's list may be long.
    uint64_t steps = 0;
    for (const Value& v : items) {
      bool seen = false;
      for (const Value& w : out) {
        if (++steps > env.steps_left) {
          if (env.steps != nullptr) *env.steps += steps;
          return Value::Error(env.span, fmt::format("distinct() of {} values took more than the "
                                                    "{} steps left",
                                                    items.size(), env.steps_left));
        }
        seen = seen || ValuesEqual(v, w);
      }
      if (!seen) out.push_back(v);
    }
    if (env.steps != nullptr) *env.steps += steps;
    return Value::List(std::move(out));
  });
}

Value Lower(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kString) return TypeError(env, "lower", 0, "a string", a[0]);
  return Value::String(Lowercase(a[0].as_string()));
}

// The key names are compared by, so that a rule can count "bibliotek" and
// " Bibliotek" (or a no-break space inside a name) as one.
Value NameKeyFn(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kString) return TypeError(env, "name_key", 0, "a string", a[0]);
  return Value::String(NameKey(a[0].as_string()));
}

// Splits a list of names into members (canonical, once each) and non-members
// (as written, once each), the two halves of the municipality matching of
// docs/applications.md.
Value Members(Args a, const CallEnv& env, bool want_members, std::string_view name) {
  if (!env.ctx.canonical_member) {
    return Value::Error(env.span, fmt::format("{}() needs the program's member municipalities",
                                              name));
  }
  return WithList(a, 0, name, env, [&](const std::vector<Value>& items) {
    std::vector<Value> out;
    // Hashed: a list of many names must not cost its length squared.
    std::unordered_set<std::string> keys;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].is_null()) continue;
      if (items[i].kind() != ValueKind::kString) {
        return Value::Error(env.span, fmt::format("{}() expects names, element {} is a {}", name,
                                                  i + 1, KindName(items[i].kind())));
      }
      std::optional<std::string> canonical = env.ctx.canonical_member(items[i].as_string());
      if (canonical.has_value() != want_members) continue;
      std::string shown = canonical ? *canonical : std::string(Trim(items[i].as_string()));
      if (!keys.insert(NameKey(shown)).second) continue;
      out.push_back(Value::String(std::move(shown)));
    }
    return Value::List(std::move(out));
  });
}

Value MembersFn(Args a, const CallEnv& env) { return Members(a, env, true, "members"); }
Value NonMembersFn(Args a, const CallEnv& env) { return Members(a, env, false, "non_members"); }

Value Contains(Args a, const CallEnv& env) {
  if (a[0].kind() == ValueKind::kString) {
    if (a[1].kind() != ValueKind::kString) return TypeError(env, "contains", 1, "a string", a[1]);
    return Value::Bool(a[0].as_string().find(a[1].as_string()) != std::string::npos);
  }
  return WithList(a, 0, "contains", env, [&](const std::vector<Value>& items) {
    for (const Value& v : items) {
      if (ValuesEqual(v, a[1])) return Value::Bool(true);
    }
    return Value::Bool(false);
  });
}

Value Join(Args a, const CallEnv& env) {
  if (a.size() == 2 && a[1].kind() != ValueKind::kString) {
    return TypeError(env, "join", 1, "a string", a[1]);
  }
  std::string sep = a.size() == 2 ? a[1].as_string() : ", ";
  return WithList(a, 0, "join", env, [&](const std::vector<Value>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i].Display();
    return Value::String(std::move(out));
  });
}

Value StringFn(Args a, const CallEnv&) { return Value::String(a[0].Display()); }

Value Round(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kNumber) return TypeError(env, "round", 0, "a number", a[0]);
  int64_t digits = 0;
  if (a.size() == 2) {
    std::optional<int64_t> d =
        a[1].kind() == ValueKind::kNumber ? a[1].as_number().ToInt64() : std::nullopt;
    if (!d || *d < 0 || *d > Decimal::kMaxScale) {
      return Value::Error(env.span, fmt::format("round() expects 0 to {} digits", Decimal::kMaxScale));
    }
    digits = *d;
  }
  return Value::Number(a[0].as_number().Round(static_cast<int>(digits)));
}

Value Abs(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kNumber) return TypeError(env, "abs", 0, "a number", a[0]);
  return Value::Number(a[0].as_number().Abs());
}

}  // namespace

// Defined in builtins_date.cc: the date functions of the table below.
Value DateFn(Args a, const CallEnv& env);
// Defined in builtins_format.cc: the helpers that write values for messages.
Value PluralFn(Args a, const CallEnv& env);
Value AmountFn(Args a, const CallEnv& env);
Value AndListFn(Args a, const CallEnv& env);
Value OrListFn(Args a, const CallEnv& env);
Value DateTextFn(Args a, const CallEnv& env);
Value PeriodTextFn(Args a, const CallEnv& env);
Value NumberFn(Args a, const CallEnv& env);
Value TodayFn(Args a, const CallEnv& env);
Value DaysFn(Args a, const CallEnv& env);
Value MonthsFn(Args a, const CallEnv& env);
Value AddDaysFn(Args a, const CallEnv& env);
Value AddMonthsFn(Args a, const CallEnv& env);
Value MidpointFn(Args a, const CallEnv& env);
Value YearFn(Args a, const CallEnv& env);
Value MonthFn(Args a, const CallEnv& env);

namespace {

// Examples run against the example application of docs/rule-language.md.
constexpr std::array kBuiltins = {
    Builtin{"has", 1, 1, Has, true, "has(field) -> bool",
            "true when the field is present and not blank (null, \"\", [] or {} are blank)",
            "has(period.start) && !has(period.extension_reason) && !has(period.nothing)"},
    Builtin{"given", 2, 2, Given, true, "given(value, fallback) -> value",
            "the value when it is present and not blank (as has() tells), else the fallback",
            "given(period.nothing, \"ej angiven\") == \"ej angiven\" && given(2, 3) == 2"},
    Builtin{"len", 1, 1, Len, false, "len(string|list|map) -> number",
            "characters of a string, elements of a list, keys of a map",
            "len(\"Höganäs\") == 7 && len([1, 2]) == 2"},
    Builtin{"sum", 1, 1, Sum, false, "sum(list of number) -> number",
            "the exact sum; 0 for an empty list",
            "sum(budget.lines.map(l, l.amount)) == budget.requested"},
    Builtin{"min", 1, kVariadic, Min, false, "min(a, b, ...) or min(list) -> value",
            "the smallest of numbers, dates or strings",
            "min(3, 1, 2) == 1 && min([date(\"2025-01-02\"), date(\"2025-01-01\")]) == "
            "date(\"2025-01-01\")"},
    Builtin{"max", 1, kVariadic, Max, false, "max(a, b, ...) or max(list) -> value",
            "the largest of numbers, dates or strings", "max([1, 5, 3]) == 5"},
    Builtin{"count", 1, 2, Count, false, "count(list of bool) or count(list, value) -> number",
            "how many elements are true, or equal to value",
            "count([true, false, true]) == 2 && count([1, 2, 1], 1) == 2"},
    Builtin{"distinct", 1, 1, Distinct, false, "distinct(list) -> list",
            "the list without repeats, first occurrences kept", "distinct([1, 2, 1]) == [1, 2]"},
    Builtin{"lower", 1, 1, Lower, false, "lower(string) -> string", "Unicode lower case",
            "lower(\"HÖGANÄS\") == \"höganäs\""},
    Builtin{"name_key", 1, 1, NameKeyFn, false, "name_key(string) -> string",
            "the name as names are compared: case-folded, every run of spaces one space, "
            "ends trimmed",
            "name_key(\" Park  og\u00a0Vej \") == \"park og vej\""},
    Builtin{"members", 1, 1, MembersFn, false, "members(list of string) -> list of string",
            "the canonical names of the member municipalities named, each once",
            "members(municipalities) == [\"Helsingborg\", \"Höganäs\"]"},
    Builtin{"non_members", 1, 1, NonMembersFn, false,
            "non_members(list of string) -> list of string",
            "the names that are not member municipalities, as written, each once",
            "non_members(municipalities) == [\"Malmö\"]"},
    Builtin{"contains", 2, 2, Contains, false, "contains(string, string) or contains(list, value)",
            "substring (case-sensitive) or list membership",
            "contains(\"Socialförvaltningen\", \"förvaltning\") && contains([1, 2], 2)"},
    Builtin{"join", 1, 2, Join, false, "join(list[, separator]) -> string",
            "the elements as text, separated by \", \" or the separator",
            "join([\"a\", \"b\"]) == \"a, b\" && join([1, 2], \"/\") == \"1/2\""},
    Builtin{"string", 1, 1, StringFn, false, "string(value) -> string", "the value as text",
            "string(12.50) == \"12.5\" && string(date(\"2025-06-01\")) == \"2025-06-01\""},
    Builtin{"round", 1, 2, Round, false, "round(number[, digits]) -> number",
            "rounded half away from zero to digits decimals (default 0)",
            "round(2.345, 2) == 2.35 && round(2.5) == 3"},
    Builtin{"abs", 1, 1, Abs, false, "abs(number) -> number", "the absolute value",
            "abs(-3) == 3"},
    Builtin{"date", 1, 1, DateFn, false, "date(string) -> date", "a YYYY-MM-DD date",
            "date(\"2025-06-01\") < date(\"2025-06-02\")"},
    Builtin{"today", 0, 0, TodayFn, false, "today() -> date",
            "the run's date: --today, else the system clock", "today() == date(\"2025-09-01\")"},
    Builtin{"days", 2, 2, DaysFn, false, "days(from: date, to: date) -> number",
            "days from the first date to the second (to - from)",
            "days(date(\"2025-06-01\"), date(\"2025-06-30\")) == 29"},
    Builtin{"months", 2, 2, MonthsFn, false, "months(start: date, end: date) -> number",
            "length of the inclusive period [start, end] in months, with the fraction of a "
            "started month",
            "months(period.start, period.end) == 12"},
    Builtin{"add_days", 2, 2, AddDaysFn, false, "add_days(date, number) -> date",
            "the date n days later (n may be negative)",
            "add_days(date(\"2025-12-31\"), 1) == date(\"2026-01-01\")"},
    Builtin{"add_months", 2, 2, AddMonthsFn, false, "add_months(date, number) -> date",
            "the date n calendar months later, clamped to the month's last day",
            "add_months(date(\"2025-01-31\"), 1) == date(\"2025-02-28\")"},
    Builtin{"midpoint", 2, 2, MidpointFn, false, "midpoint(start: date, end: date) -> date",
            "the middle day of the inclusive period: start + floor(days(start, end) / 2)",
            "midpoint(date(\"2025-06-01\"), date(\"2026-05-31\")) == date(\"2025-11-30\")"},
    Builtin{"year", 1, 1, YearFn, false, "year(date) -> number", "the year of a date",
            "year(date(\"2025-06-01\")) == 2025"},
    Builtin{"month", 1, 1, MonthFn, false, "month(date) -> number", "the month of a date, 1-12",
            "month(date(\"2025-06-01\")) == 6"},
    // The formatting helpers write in the message's language; these examples
    // show English, what they write outside a message.
    Builtin{"plural", 3, 3, PluralFn, false, "plural(n: number, one: string, other: string) -> string",
            "`one` when n is 1 (or -1), else `other`: the same rule in sv, da, nb and en",
            "plural(1, \"månad\", \"månader\") == \"månad\" && plural(2, \"månad\", \"månader\") == \"månader\""},
    Builtin{"amount", 1, 2, AmountFn, false, "amount(x: number[, unit: string]) -> string",
            "an amount grouped from four digits with the language's separator, öre only when "
            "there are any, then the unit",
            "amount(800000, \"SEK\") == \"800,000 SEK\" && amount(1234.5) == \"1,234.50\""},
    Builtin{"and_list", 1, 1, AndListFn, false, "and_list(list) -> string",
            "the items joined by commas and the language's \"and\" (och, og)",
            "and_list([\"Bjuv\", \"Båstad\", \"Höganäs\"]) == \"Bjuv, Båstad and Höganäs\""},
    Builtin{"or_list", 1, 1, OrListFn, false, "or_list(list) -> string",
            "the items joined by commas and the language's \"or\" (eller)",
            "or_list([1, 2]) == \"1 or 2\""},
    Builtin{"date_text", 1, 1, DateTextFn, false, "date_text(date) -> string",
            "the date as the language writes it: 1 juni 2025, 1. juni 2025, 1 June 2025",
            "date_text(date(\"2025-06-01\")) == \"1 June 2025\""},
    Builtin{"period_text", 2, 2, PeriodTextFn, false, "period_text(start: date, end: date) -> string",
            "both dates as date_text writes them, joined by a spaced en dash",
            "period_text(period.start, period.end) == \"1 June 2025 \u2013 31 May 2026\""},
    Builtin{"number", 1, 2, NumberFn, false, "number(x: number[, limit: number]) -> string",
            "x to two decimals in the language's way, with more where fewer would show it equal "
            "to the limit or on the limit's other side",
            "number(12.004) == \"12\" && number(50.00006, 50) == \"50.0001\""},
};

constexpr std::array kMacros = {
    Macro{"all", "list.all(x, condition) -> bool", "true when the condition holds for every element",
          "[1, 2].all(x, x > 0)"},
    Macro{"exists", "list.exists(x, condition) -> bool",
          "true when the condition holds for at least one element",
          "budget.lines.exists(l, l.amount > 500000)"},
    Macro{"filter", "list.filter(x, condition) -> list", "the elements for which the condition holds",
          "[1, 5, 10].filter(x, x > 2) == [5, 10]"},
    Macro{"map", "list.map(x, expression) -> list", "the expression's value for each element",
          "[1, 2].map(x, x * 2) == [2, 4]"},
};

}  // namespace

std::span<const Builtin> Builtins() { return kBuiltins; }

const Builtin* FindBuiltin(std::string_view name) {
  for (const Builtin& b : kBuiltins) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::span<const Macro> Macros() { return kMacros; }

const Macro* FindMacro(std::string_view name) {
  for (const Macro& m : kMacros) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

}  // namespace grantcheck
