#include "base/decimal.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace grantcheck {

namespace {

__extension__ typedef unsigned __int128 Uint128;

// Coefficients stay within +-kMaxCoefficient: excluding the most negative
// Int128 keeps Negate() and Abs() total.
constexpr Uint128 kMaxCoefficient = std::numeric_limits<Int128>::max();

// Intermediate values (aligned operands, full products, scaled dividends) can
// exceed 128 bits even when the final result fits; computing them in 256 bits
// makes every operation return nullopt only when the exact (or correctly
// rounded) result itself is unrepresentable.
struct U256 {
  Uint128 high = 0;
  Uint128 low = 0;
};

// An un-normalised result; Decimal's constructor normalises it.
struct Parts {
  Int128 coefficient;
  int scale;
};

Uint128 Pow10(int n) {
  Uint128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// Well-defined for every Int128: unsigned negation is modular.
Uint128 Magnitude(Int128 v) { return v < 0 ? Uint128{0} - static_cast<Uint128>(v) : v; }

U256 Multiply(Uint128 a, Uint128 b) {
  constexpr Uint128 kLow64 = ~uint64_t{0};
  Uint128 a0 = a & kLow64, a1 = a >> 64, b0 = b & kLow64, b1 = b >> 64;
  Uint128 low_low = a0 * b0;
  Uint128 high_low = a1 * b0;
  // Cannot overflow: at most (2^64-1) + (2^64-1) + (2^64-1)^2 = 2^128-1.
  Uint128 cross = (low_low >> 64) + (high_low & kLow64) + a0 * b1;
  return {(high_low >> 64) + (cross >> 64) + a1 * b1, (cross << 64) | (low_low & kLow64)};
}

U256 Add256(U256 a, U256 b) {
  Uint128 low = a.low + b.low;
  return {a.high + b.high + (low < a.low ? 1 : 0), low};
}

// Requires a >= b.
U256 Subtract256(U256 a, U256 b) {
  return {a.high - b.high - (a.low < b.low ? 1 : 0), a.low - b.low};
}

int Compare256(U256 a, U256 b) {
  if (a.high != b.high) return a.high < b.high ? -1 : 1;
  if (a.low != b.low) return a.low < b.low ? -1 : 1;
  return 0;
}

int Bit(U256 v, int i) {
  return static_cast<int>(i >= 128 ? (v.high >> (i - 128)) & 1 : (v.low >> i) & 1);
}

void SetBit(U256& v, int i) {
  if (i >= 128) {
    v.high |= Uint128{1} << (i - 128);
  } else {
    v.low |= Uint128{1} << i;
  }
}

// Quotient and remainder; the divisor must be non-zero.
std::pair<U256, Uint128> DivMod(U256 n, Uint128 d) {
  if (n.high == 0) return {{0, n.low / d}, n.low % d};
  // Binary long division; the shifted-out top bit means the true remainder is
  // >= 2^128 > d, and the modular subtraction still yields the right value.
  U256 q;
  Uint128 r = 0;
  for (int i = 255; i >= 0; --i) {
    bool carry = (r >> 127) != 0;
    r = (r << 1) | static_cast<Uint128>(Bit(n, i));
    if (carry || r >= d) {
      r -= d;
      SetBit(q, i);
    }
  }
  return {q, r};
}

// n / d rounded half to even.
U256 DivideHalfEven(U256 n, Uint128 d) {
  auto [q, r] = DivMod(n, d);
  // r < d, so comparing r against d - r avoids overflowing 2 * r.
  Uint128 rest = d - r;
  if (r > rest || (r == rest && (q.low & 1) != 0)) q = Add256(q, U256{0, 1});
  return q;
}

// Drops trailing zero digits that a fitting coefficient does not need, then
// checks the range. Zeros that are not trailing mean a real overflow.
std::optional<Parts> Finish(bool negative, U256 magnitude, int scale) {
  while (scale > 0 && (magnitude.high != 0 || magnitude.low > kMaxCoefficient)) {
    auto [q, r] = DivMod(magnitude, 10);
    if (r != 0) return std::nullopt;
    magnitude = q;
    --scale;
  }
  if (magnitude.high != 0 || magnitude.low > kMaxCoefficient) return std::nullopt;
  Int128 coefficient = static_cast<Int128>(magnitude.low);
  return Parts{negative ? -coefficient : coefficient, scale};
}

U256 Align(Parts p, int scale) {
  return Multiply(Magnitude(p.coefficient), Pow10(scale - p.scale));
}

std::optional<Parts> AddParts(Parts a, Parts b) {
  int scale = std::max(a.scale, b.scale);
  U256 x = Align(a, scale), y = Align(b, scale);
  bool x_negative = a.coefficient < 0, y_negative = b.coefficient < 0;
  if (x_negative == y_negative) return Finish(x_negative, Add256(x, y), scale);
  if (Compare256(x, y) >= 0) return Finish(x_negative, Subtract256(x, y), scale);
  return Finish(y_negative, Subtract256(y, x), scale);
}

std::optional<Parts> MulParts(Parts a, Parts b) {
  bool negative = (a.coefficient < 0) != (b.coefficient < 0);
  U256 product = Multiply(Magnitude(a.coefficient), Magnitude(b.coefficient));
  int scale = a.scale + b.scale;
  if (scale > Decimal::kMaxScale) {
    product = DivideHalfEven(product, Pow10(scale - Decimal::kMaxScale));
    scale = Decimal::kMaxScale;
  }
  return Finish(negative, product, scale);
}

// The quotient is computed as an integer at scale kMaxScale: the dividend is
// shifted left by kMaxScale + b.scale - a.scale digits (0..36, fits Uint128).
std::optional<Parts> DivParts(Parts a, Parts b) {
  bool negative = (a.coefficient < 0) != (b.coefficient < 0);
  U256 dividend = Multiply(Magnitude(a.coefficient), Pow10(Decimal::kMaxScale + b.scale - a.scale));
  U256 quotient = DivideHalfEven(dividend, Magnitude(b.coefficient));
  return Finish(negative, quotient, Decimal::kMaxScale);
}

std::optional<Parts> ModParts(Parts a, Parts b) {
  int scale = std::max(a.scale, b.scale);
  U256 x = Align(a, scale), y = Align(b, scale);
  U256 remainder = x;
  // One operand keeps its own scale, so it is below 2^127; if x >= y then y
  // is the smaller one and fits the 128-bit divisor.
  if (Compare256(x, y) >= 0) remainder = U256{0, DivMod(x, y.low).second};
  return Finish(a.coefficient < 0, remainder, scale);
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Appends digits to a non-negative coefficient, failing on overflow.
bool AppendDigits(std::string_view digits, Int128& value) {
  for (char c : digits) {
    if (__builtin_mul_overflow(value, 10, &value) ||
        __builtin_add_overflow(value, c - '0', &value)) {
      return false;
    }
  }
  return true;
}

}  // namespace

Decimal::Decimal(Int128 coefficient, int scale) : coefficient_(coefficient), scale_(scale) {
  Normalise();
}

void Decimal::Normalise() {
  while (scale_ > 0 && coefficient_ % 10 == 0) {
    coefficient_ /= 10;
    --scale_;
  }
  if (coefficient_ == 0) scale_ = 0;
}

Decimal Decimal::FromInt(int64_t v) { return Decimal(v, 0); }

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  size_t dot = text.find('.');
  std::string_view integer = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  // A second '.' lands in `fraction` and fails AllDigits.
  if ((integer.empty() && fraction.empty()) || !AllDigits(integer) || !AllDigits(fraction)) {
    return std::nullopt;
  }
  integer.remove_prefix(std::min(integer.find_first_not_of('0'), integer.size()));
  fraction = fraction.substr(0, fraction.find_last_not_of('0') + 1);  // npos + 1 == 0
  if (integer.size() > static_cast<size_t>(kMaxIntegerDigits) ||
      fraction.size() > static_cast<size_t>(kMaxScale) ||
      integer.size() + fraction.size() > static_cast<size_t>(kMaxDigits)) {
    return std::nullopt;
  }
  Int128 coefficient = 0;
  if (!AppendDigits(integer, coefficient) || !AppendDigits(fraction, coefficient)) {
    return std::nullopt;
  }
  return Decimal(negative ? -coefficient : coefficient, static_cast<int>(fraction.size()));
}

std::optional<Decimal> Decimal::Add(const Decimal& a, const Decimal& b) {
  std::optional<Parts> r = AddParts({a.coefficient_, a.scale_}, {b.coefficient_, b.scale_});
  if (!r) return std::nullopt;
  return Decimal(r->coefficient, r->scale);
}

std::optional<Decimal> Decimal::Sub(const Decimal& a, const Decimal& b) {
  return Add(a, b.Negate());
}

std::optional<Decimal> Decimal::Mul(const Decimal& a, const Decimal& b) {
  std::optional<Parts> r = MulParts({a.coefficient_, a.scale_}, {b.coefficient_, b.scale_});
  if (!r) return std::nullopt;
  return Decimal(r->coefficient, r->scale);
}

std::optional<Decimal> Decimal::Div(const Decimal& a, const Decimal& b) {
  if (b.IsZero()) return std::nullopt;
  std::optional<Parts> r = DivParts({a.coefficient_, a.scale_}, {b.coefficient_, b.scale_});
  if (!r) return std::nullopt;
  return Decimal(r->coefficient, r->scale);
}

std::optional<Decimal> Decimal::Mod(const Decimal& a, const Decimal& b) {
  if (b.IsZero()) return std::nullopt;
  std::optional<Parts> r = ModParts({a.coefficient_, a.scale_}, {b.coefficient_, b.scale_});
  if (!r) return std::nullopt;
  return Decimal(r->coefficient, r->scale);
}

Decimal Decimal::Round(int digits) const {
  digits = std::clamp(digits, 0, kMaxScale);
  if (scale_ <= digits) return *this;
  Int128 unit = static_cast<Int128>(Pow10(scale_ - digits));
  Int128 quotient = coefficient_ / unit;
  Int128 remainder = coefficient_ % unit;  // carries the dividend's sign
  // unit <= 10^18, so doubling the remainder cannot overflow.
  if (2 * (remainder < 0 ? -remainder : remainder) >= unit) quotient += coefficient_ < 0 ? -1 : 1;
  return Decimal(quotient, digits);
}

Decimal Decimal::Negate() const { return Decimal(-coefficient_, scale_); }

Decimal Decimal::Abs() const { return IsNegative() ? Negate() : *this; }

int Decimal::Compare(const Decimal& a, const Decimal& b) {
  int a_sign = (a.coefficient_ > 0) - (a.coefficient_ < 0);
  int b_sign = (b.coefficient_ > 0) - (b.coefficient_ < 0);
  if (a_sign != b_sign) return a_sign < b_sign ? -1 : 1;
  int scale = std::max(a.scale_, b.scale_);
  // Aligned in 256 bits, so huge values with different scales compare exactly.
  int by_magnitude = Compare256(Align({a.coefficient_, a.scale_}, scale),
                                Align({b.coefficient_, b.scale_}, scale));
  return a_sign < 0 ? -by_magnitude : by_magnitude;
}

std::optional<int64_t> Decimal::ToInt64() const {
  if (scale_ != 0 || coefficient_ < std::numeric_limits<int64_t>::min() ||
      coefficient_ > std::numeric_limits<int64_t>::max()) {
    return std::nullopt;
  }
  return static_cast<int64_t>(coefficient_);
}

std::string Decimal::ToString() const {
  // Built least significant digit first, then reversed; `i <= scale_` supplies
  // the leading "0" of values below one.
  std::string out;
  Uint128 magnitude = Magnitude(coefficient_);
  for (int i = 0; magnitude != 0 || i <= scale_; ++i) {
    if (i == scale_ && scale_ > 0) out.push_back('.');
    out.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
    magnitude /= 10;
  }
  if (IsNegative()) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace grantcheck
