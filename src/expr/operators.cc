#include "expr/operators.h"

#include <fmt/format.h>

namespace grantcheck {
namespace {

Value Clash(Op op, const Value& a, const Value& b, Span span) {
  std::string hint;
  if (a.kind() == ValueKind::kDate && b.kind() == ValueKind::kNumber) {
    hint = op == Op::kAdd || op == Op::kSub ? "; use add_days() or add_months()" : "";
  }
  if (a.kind() == ValueKind::kDate && b.kind() == ValueKind::kDate && op == Op::kSub) {
    hint = "; use days(a, b) or months(a, b)";
  }
  return Value::Error(span, fmt::format("'{}' cannot combine a {} with a {}{}", OpText(op),
                                        KindName(a.kind()), KindName(b.kind()), hint));
}

Value Arithmetic(Op op, const Decimal& x, const Decimal& y, Span span) {
  std::optional<Decimal> r;
  switch (op) {
    case Op::kAdd: r = Decimal::Add(x, y); break;
    case Op::kSub: r = Decimal::Sub(x, y); break;
    case Op::kMul: r = Decimal::Mul(x, y); break;
    case Op::kDiv:
    case Op::kMod:
      if (y.IsZero()) return Value::Error(span, "division by zero");
      r = op == Op::kDiv ? Decimal::Div(x, y) : Decimal::Mod(x, y);
      break;
    default: break;
  }
  if (!r) return Value::Error(span, fmt::format("'{}' overflows", OpText(op)));
  return Value::Number(*r);
}

// Ordering of numbers, dates and strings; nullopt for other pairs.
std::optional<int> Compare(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case ValueKind::kNumber: return Decimal::Compare(a.as_number(), b.as_number());
    case ValueKind::kDate: return a.as_date() < b.as_date() ? -1 : (a.as_date() > b.as_date());
    case ValueKind::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : (c > 0);
    }
    default: return std::nullopt;
  }
}

Value Ordering(Op op, const Value& a, const Value& b, Span span) {
  std::optional<int> c = Compare(a, b);
  if (!c) {
    return Value::Error(span, fmt::format("cannot compare a {} with a {}", KindName(a.kind()),
                                          KindName(b.kind())));
  }
  switch (op) {
    case Op::kLt: return Value::Bool(*c < 0);
    case Op::kLe: return Value::Bool(*c <= 0);
    case Op::kGt: return Value::Bool(*c > 0);
    default: return Value::Bool(*c >= 0);
  }
}

Value Membership(const Value& a, const Value& b, Span span) {
  if (b.kind() == ValueKind::kList) {
    // Not found among the known elements is only "false" when none is missing
    // or faulty; otherwise the answer is not known.
    const Value* special = nullptr;
    for (const Value& item : b.as_list().items) {
      if (!item.is_special() && ValuesEqual(a, item)) return Value::Bool(true);
      if (item.is_special() && (special == nullptr || item.is_error())) special = &item;
    }
    return special != nullptr ? *special : Value::Bool(false);
  }
  if (b.kind() == ValueKind::kMap && a.kind() == ValueKind::kString) {
    return Value::Bool(b.Find(a.as_string()) != nullptr);
  }
  return Value::Error(span, fmt::format("'in' needs a list or a map on its right, got a {}",
                                        KindName(b.kind())));
}

Value Plus(const Value& a, const Value& b, Span span) {
  if (a.kind() == ValueKind::kString && b.kind() == ValueKind::kString) {
    return Value::String(a.as_string() + b.as_string());
  }
  if (a.kind() == ValueKind::kList && b.kind() == ValueKind::kList) {
    std::vector<Value> items = a.as_list().items;
    items.insert(items.end(), b.as_list().items.begin(), b.as_list().items.end());
    return Value::List(std::move(items));
  }
  return Clash(Op::kAdd, a, b, span);
}

}  // namespace

Value ApplyBinary(Op op, const Value& a, const Value& b, Span span) {
  switch (op) {
    case Op::kEq: return Value::Bool(ValuesEqual(a, b));
    case Op::kNe: return Value::Bool(!ValuesEqual(a, b));
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: return Ordering(op, a, b, span);
    case Op::kIn: return Membership(a, b, span);
    default: break;
  }
  if (a.kind() == ValueKind::kNumber && b.kind() == ValueKind::kNumber) {
    return Arithmetic(op, a.as_number(), b.as_number(), span);
  }
  if (op == Op::kAdd) return Plus(a, b, span);
  return Clash(op, a, b, span);
}

}  // namespace grantcheck
