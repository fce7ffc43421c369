// Exact decimal numbers for money and counts: 0.10 + 0.20 == 0.30, always.
// A 128-bit coefficient and a decimal scale; overflow is reported, never wrapped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace grantcheck {

// GCC's 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

// value = coefficient * 10^-scale, kept normalised (no trailing zero digits in
// the coefficient while scale > 0), so equal numbers have equal representations.
// Why not a library: Debian has no maintained decimal library with a C++ API
// (libmpdec is no longer packaged); see docs/architecture.md.
class Decimal {
 public:
  // Most fractional digits any value keeps. Division and multiplication round
  // (half to even) to this scale; addition and subtraction never round.
  static constexpr int kMaxScale = 18;
  // Largest number of integer digits accepted by Parse (~1e24, far above any budget).
  static constexpr int kMaxIntegerDigits = 24;
  // Most digits in all, before and after the point: what the 128-bit
  // coefficient holds whatever they are (it tops out at 1.7e38), so 24 digits
  // before the point leave 14 after, and 18 after leave 20 before.
  static constexpr int kMaxDigits = 38;

  Decimal() = default;
  static Decimal FromInt(int64_t v);

  // Parses [+-]?digits[.digits] (also ".5" and "5."), nothing else: no
  // exponent, no spaces, no thousands separators. nullopt when malformed or
  // beyond kMaxIntegerDigits / kMaxScale / kMaxDigits digits.
  static std::optional<Decimal> Parse(std::string_view text);

  // Each returns nullopt on overflow; Div also on a zero divisor.
  static std::optional<Decimal> Add(const Decimal& a, const Decimal& b);
  static std::optional<Decimal> Sub(const Decimal& a, const Decimal& b);
  static std::optional<Decimal> Mul(const Decimal& a, const Decimal& b);
  static std::optional<Decimal> Div(const Decimal& a, const Decimal& b);
  // Remainder with the sign of the dividend (like C++ %, and CEL); nullopt on zero.
  static std::optional<Decimal> Mod(const Decimal& a, const Decimal& b);
  // Rounds half away from zero to `digits` fractional digits (0..kMaxScale).
  Decimal Round(int digits) const;
  Decimal Negate() const;
  Decimal Abs() const;

  // <0, 0, >0 like strcmp.
  static int Compare(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return Compare(a, b) == 0; }
  friend bool operator<(const Decimal& a, const Decimal& b) { return Compare(a, b) < 0; }
  friend bool operator<=(const Decimal& a, const Decimal& b) { return Compare(a, b) <= 0; }
  friend bool operator>(const Decimal& a, const Decimal& b) { return Compare(a, b) > 0; }
  friend bool operator>=(const Decimal& a, const Decimal& b) { return Compare(a, b) >= 0; }

  bool IsZero() const { return coefficient_ == 0; }
  bool IsNegative() const { return coefficient_ < 0; }
  bool IsInteger() const { return scale_ == 0; }
  // The value as an integer when it is one and fits; nullopt otherwise.
  std::optional<int64_t> ToInt64() const;
  int scale() const { return scale_; }

  // Shortest exact form: "12", "-0.5", "0.3", "600000.25". Never an exponent.
  std::string ToString() const;

 private:
  Decimal(Int128 coefficient, int scale);
  void Normalise();

  Int128 coefficient_ = 0;
  int scale_ = 0;
};

}  // namespace grantcheck
