// The formatting helpers of the builtin table (builtins.cc): plural, amount,
// and_list, or_list, date_text, period_text and number write a value as the
// message's language does (EvalContext::lang; English outside messages).
#include <fmt/format.h>

#include "expr/builtins.h"
#include "expr/local_format.h"

namespace grantcheck {

using Args = std::span<const Value>;

namespace {

// Digits a number shows by default: enough for money and months.
constexpr int kShownDecimals = 2;

Value Expected(const CallEnv& env, std::string_view fn, size_t i, std::string_view what,
               const Value& got) {
  return Value::Error(env.span, fmt::format("{}() expects {} as argument {}, got {}", fn, what,
                                            i + 1, KindName(got.kind())));
}

// A value as a list item of a message: numbers and dates the language's way.
std::string ItemText(const Value& v, std::string_view lang) {
  if (v.kind() == ValueKind::kNumber) return LocalNumberText(v.as_number(), lang);
  if (v.kind() == ValueKind::kDate) return LocalDateText(v.as_date(), lang);
  return v.Display();
}

Value ListText(Args a, const CallEnv& env, std::string_view fn, bool or_word) {
  if (a[0].kind() != ValueKind::kList) return Expected(env, fn, 0, "a list", a[0]);
  const std::vector<Value>& items = a[0].as_list().items;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += i + 1 < items.size() ? ", " : fmt::format(" {} ", ListWord(env.ctx.lang, or_word));
    }
    out += ItemText(items[i], env.ctx.lang);
  }
  return Value::String(std::move(out));
}

}  // namespace

Value PluralFn(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kNumber) return Expected(env, "plural", 0, "a number", a[0]);
  for (size_t i = 1; i < 3; ++i) {
    if (a[i].kind() != ValueKind::kString) return Expected(env, "plural", i, "a string", a[i]);
  }
  // sv, da, nb and en all say the singular for exactly one and the plural otherwise.
  bool one = a[0].as_number() == Decimal::FromInt(1) || a[0].as_number() == Decimal::FromInt(-1);
  return one ? a[1] : a[2];
}

Value AmountFn(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kNumber) return Expected(env, "amount", 0, "a number", a[0]);
  if (a.size() == 2 && a[1].kind() != ValueKind::kString) {
    return Expected(env, "amount", 1, "a string", a[1]);
  }
  const Decimal& x = a[0].as_number();
  // Öre and øre are shown only when there are any, and then both digits.
  Decimal shown = x.IsInteger() ? x : x.Round(2);
  std::string text = LocalNumberText(shown, env.ctx.lang, 4);
  if (!x.IsInteger() && shown.scale() == 0) text += std::string(DecimalMark(env.ctx.lang)) + "00";
  if (!x.IsInteger() && shown.scale() == 1) text += "0";
  if (a.size() == 2 && !a[1].as_string().empty()) text += " " + a[1].as_string();
  return Value::String(std::move(text));
}

Value AndListFn(Args a, const CallEnv& env) { return ListText(a, env, "and_list", false); }
Value OrListFn(Args a, const CallEnv& env) { return ListText(a, env, "or_list", true); }

Value DateTextFn(Args a, const CallEnv& env) {
  if (a[0].kind() != ValueKind::kDate) return Expected(env, "date_text", 0, "a date", a[0]);
  return Value::String(LocalDateText(a[0].as_date(), env.ctx.lang));
}

Value PeriodTextFn(Args a, const CallEnv& env) {
  for (size_t i = 0; i < 2; ++i) {
    if (a[i].kind() != ValueKind::kDate) return Expected(env, "period_text", i, "a date", a[i]);
  }
  return Value::String(LocalDateText(a[0].as_date(), env.ctx.lang) + " \u2013 " +
                       LocalDateText(a[1].as_date(), env.ctx.lang));
}

// number(x, limit): x to two decimals, or to as many more as it takes for x
// to stand on the same side of the limit as it really does, so a failing
// 50.00006 is never shown as the limit 50 itself.
Value NumberFn(Args a, const CallEnv& env) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind() != ValueKind::kNumber) return Expected(env, "number", i, "a number", a[i]);
  }
  const Decimal& x = a[0].as_number();
  int digits = kShownDecimals;
  if (a.size() == 2) {
    const Decimal& limit = a[1].as_number();
    int side = Decimal::Compare(x, limit);
    while (digits < Decimal::kMaxScale && Decimal::Compare(x.Round(digits), limit) != side) {
      ++digits;
    }
  }
  return Value::String(LocalNumberText(x.Round(digits), env.ctx.lang));
}

}  // namespace grantcheck
