#include "base/decimal.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace grantcheck {
namespace {

// Marks an expected nullopt in the tables below.
constexpr const char* kNone = "nullopt";

// 2^127 - 1, the largest coefficient.
constexpr const char* kMaxText = "170141183460469231731687303715884105727";

Decimal D(std::string_view text) {
  std::optional<Decimal> d = Decimal::Parse(text);
  REQUIRE_MESSAGE(d.has_value(), "cannot parse ", std::string(text));
  return *d;
}

std::string Show(const std::optional<Decimal>& d) { return d ? d->ToString() : kNone; }

// Values wider than Parse accepts have to be built by arithmetic.
Decimal Max() {
  return *Decimal::Add(*Decimal::Mul(D("170141183460469231731687"), D("1000000000000000")),
                       D("303715884105727"));
}

// 10^23 * 10^15.
Decimal TenPow38() { return *Decimal::Mul(D("100000000000000000000000"), D("1000000000000000")); }

struct BinaryCase {
  const char* a;
  const char* b;
  const char* want;
};

using BinaryOp = std::optional<Decimal> (*)(const Decimal&, const Decimal&);

void CheckTable(BinaryOp op, std::initializer_list<BinaryCase> cases) {
  for (const BinaryCase& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(Show(op(D(c.a), D(c.b))) == c.want);
  }
}

TEST_CASE("decimal: parse accepts plain decimal forms and normalises them") {
  struct Case {
    const char* text;
    const char* want;
    int scale;
  };
  for (const Case& c : {
           Case{"0", "0", 0},
           Case{"-0", "0", 0},
           Case{"+0", "0", 0},
           Case{"-0.000", "0", 0},
           Case{"12", "12", 0},
           Case{"+12", "12", 0},
           Case{"-12", "-12", 0},
           Case{".5", "0.5", 1},
           Case{"-.5", "-0.5", 1},
           Case{"5.", "5", 0},
           Case{"1.50", "1.5", 1},
           Case{"007.250", "7.25", 2},
           Case{"100", "100", 0},
           Case{"1.000", "1", 0},
           Case{"600000.25", "600000.25", 2},
           Case{"1.5000000000000000000000", "1.5", 1},
           Case{"0000000000000000000000000000001", "1", 0},
           Case{"0.000000000000000001", "0.000000000000000001", 18},
           Case{"0.0000000000000000010", "0.000000000000000001", 18},
           Case{"999999999999999999999999", "999999999999999999999999", 0},
           Case{"-123456789012345678901234.12345678901234",
                "-123456789012345678901234.12345678901234", 14},
           Case{"99999999999999999999.999999999999999999",
                "99999999999999999999.999999999999999999", 18},
       }) {
    CAPTURE(c.text);
    std::optional<Decimal> d = Decimal::Parse(c.text);
    REQUIRE(d.has_value());
    CHECK(d->ToString() == c.want);
    CHECK(d->scale() == c.scale);
  }
}

TEST_CASE("decimal: parse rejects everything else") {
  for (std::string_view text : {
           std::string_view(""),
           std::string_view("+"),
           std::string_view("-"),
           std::string_view("."),
           std::string_view("+."),
           std::string_view("-."),
           std::string_view("1e3"),
           std::string_view("1E3"),
           std::string_view(" 1"),
           std::string_view("1 "),
           std::string_view("1,5"),
           std::string_view("1 000"),
           std::string_view("1_000"),
           std::string_view("0x10"),
           std::string_view("nan"),
           std::string_view("inf"),
           std::string_view("-inf"),
           std::string_view("1.2.3"),
           std::string_view("1..2"),
           std::string_view("--1"),
           std::string_view("+-1"),
           std::string_view("1-"),
           std::string_view("1\0", 2),
           // 25 significant integer digits.
           std::string_view("1000000000000000000000000"),
           // 19 significant fractional digits.
           std::string_view("0.0000000000000000001"),
           std::string_view("1.1234567890123456789"),
           // Within both digit limits, but 42 digits overflow the coefficient.
           std::string_view("999999999999999999999999.999999999999999999"),
           // 39 digits: one more than kMaxDigits, though this one would fit
           // (1e38 + 1 < 1.7e38); the limit is the documented one, not luck.
           std::string_view("100000000000000000000000.000000000000001"),
           std::string_view("10000000000000000000.0000000000000000001"),
       }) {
    CAPTURE(std::string(text));
    CHECK_FALSE(Decimal::Parse(text).has_value());
  }
}

// 24 digits before the point and 18 after cannot both be had: the 128-bit
// coefficient holds 38 digits (kMaxDigits), which is the documented limit.
TEST_CASE("decimal: 38 digits in all are accepted, however they are split") {
  for (std::string_view text : {
           std::string_view("999999999999999999999999.99999999999999"),   // 24 + 14
           std::string_view("-99999999999999999999.999999999999999999"),  // 20 + 18
       }) {
    CAPTURE(std::string(text));
    std::optional<Decimal> d = Decimal::Parse(text);
    REQUIRE(d.has_value());
    CHECK(d->ToString() == text);
  }
  CHECK(Decimal::kMaxDigits == 38);
  CHECK(Decimal::kMaxIntegerDigits + Decimal::kMaxScale > Decimal::kMaxDigits);
}

TEST_CASE("decimal: ToString round trips through Parse") {
  for (const char* text :
       {"0", "12", "-12", "-0.5", "0.3", "600000.25", "0.000000000000000001",
        "-99999999999999999999.999999999999999999", "123456789012345678901234"}) {
    CAPTURE(text);
    Decimal d = D(text);
    CHECK(d.ToString() == text);
    CHECK(D(d.ToString()) == d);
  }
  CHECK(Max().ToString() == kMaxText);
  CHECK(Max().Negate().ToString() == std::string("-") + kMaxText);
  CHECK(Decimal().ToString() == "0");
  CHECK(Decimal::FromInt(std::numeric_limits<int64_t>::min()).ToString() == "-9223372036854775808");
}

TEST_CASE("decimal: equal numbers have equal representations") {
  CHECK(D("1.50") == D("1.5"));
  CHECK(D("1.50").scale() == D("1.5").scale());
  CHECK(D("1.50").ToString() == "1.5");
  CHECK(D("-0.0") == Decimal());
  CHECK(D("2.000") == Decimal::FromInt(2));
  // Results are normalised too.
  CHECK(Decimal::Add(D("1.25"), D("1.75"))->scale() == 0);
  CHECK(Decimal::Mul(D("0.5"), D("0.2"))->scale() == 1);
  CHECK(Decimal::Sub(D("0.5"), D("0.5"))->scale() == 0);
}

TEST_CASE("decimal: 0.10 + 0.20 == 0.30") {
  std::optional<Decimal> sum = Decimal::Add(D("0.10"), D("0.20"));
  REQUIRE(sum.has_value());
  CHECK(*sum == D("0.30"));
  CHECK(sum->ToString() == "0.3");
}

TEST_CASE("decimal: add is exact") {
  CheckTable(Decimal::Add, {
                               {"0.1", "0.2", "0.3"},
                               {"1.25", "1.75", "3"},
                               {"-1", "0.5", "-0.5"},
                               {"0.5", "-1", "-0.5"},
                               {"-0.5", "0.5", "0"},
                               {"-2.5", "-2.5", "-5"},
                               {"1", "0.000000000000000001", "1.000000000000000001"},
                               {"600000", "0.25", "600000.25"},
                               {"999999999999999999999999", "1", "1000000000000000000000000"},
                           });
}

TEST_CASE("decimal: sub is exact") {
  CheckTable(Decimal::Sub, {
                               {"0.3", "0.1", "0.2"},
                               {"1", "1.000000000000000001", "-0.000000000000000001"},
                               {"-1", "1", "-2"},
                               {"5", "-5", "10"},
                               {"0", "0.5", "-0.5"},
                               {"2.5", "2.5", "0"},
                           });
}

TEST_CASE("decimal: mul is exact up to kMaxScale, then rounds half to even") {
  CheckTable(Decimal::Mul, {
                               {"2", "3", "6"},
                               {"1.5", "2", "3"},
                               {"-1.5", "2", "-3"},
                               {"1.5", "-2", "-3"},
                               {"-1.5", "-2", "3"},
                               {"0.1", "0.1", "0.01"},
                               {"0", "-5", "0"},
                               {"600000.25", "0.5", "300000.125"},
                               {"0.123456789", "0.000000001", "0.000000000123456789"},
                               {"0.123456789", "0.0000000001", "0.000000000012345679"},
                               // Exact product ends in 5 one digit past kMaxScale.
                               {"0.000000000000000001", "0.5", "0"},
                               {"0.000000000000000003", "0.5", "0.000000000000000002"},
                               {"0.000000000000000005", "0.5", "0.000000000000000002"},
                               {"0.000000000000000007", "0.5", "0.000000000000000004"},
                               {"-0.000000000000000003", "0.5", "-0.000000000000000002"},
                               {"-0.000000000000000001", "0.5", "0"},
                               {"0.000000000000000001", "0.6", "0.000000000000000001"},
                               {"0.000000000000000001", "0.4", "0"},
                               {"123456789.123456789", "987654321.987654321",
                                "121932631356500531.347203169112635269"},
                               // The unrounded product needs more than 128 bits.
                               {"1000000.123456789012345678", "1000000.123456789012345678",
                                "1000000246913.593266270109238837"},
                               {"999999999999999999999999", "999999999999999999999999", kNone},
                           });
}

TEST_CASE("decimal: div rounds half to even at kMaxScale") {
  CheckTable(Decimal::Div, {
                               {"1", "3", "0.333333333333333333"},
                               {"2", "3", "0.666666666666666667"},
                               {"-1", "3", "-0.333333333333333333"},
                               {"1", "-3", "-0.333333333333333333"},
                               {"-2", "-3", "0.666666666666666667"},
                               {"-2", "3", "-0.666666666666666667"},
                               {"1", "7", "0.142857142857142857"},
                               {"10", "4", "2.5"},
                               {"600000", "12", "50000"},
                               {"600000.25", "0.07", "8571432.142857142857142857"},
                               {"7.5", "2.5", "3"},
                               {"0.5", "0.25", "2"},
                               {"0", "5", "0"},
                               {"1", "0.000000000000000001", "1000000000000000000"},
                               {"0.000000000000000001", "1000", "0"},
                               // Exact quotient ends in 5 one digit past kMaxScale.
                               {"0.000000000000000001", "2", "0"},
                               {"0.000000000000000003", "2", "0.000000000000000002"},
                               {"0.000000000000000005", "2", "0.000000000000000002"},
                               {"-0.000000000000000003", "2", "-0.000000000000000002"},
                               {"-0.000000000000000001", "2", "0"},
                               // Large exact quotients fit once trailing zeros are dropped.
                               {"123456789012345678901234", "1", "123456789012345678901234"},
                               {"10000000000000000000000", "4", "2500000000000000000000"},
                               // Needs 22 integer plus 18 fractional digits: too wide.
                               {"1000000000000000000000", "3", kNone},
                           });
}

TEST_CASE("decimal: division and remainder by zero") {
  for (const char* zero : {"0", "-0", "0.000"}) {
    CAPTURE(zero);
    CHECK_FALSE(Decimal::Div(D("1"), D(zero)).has_value());
    CHECK_FALSE(Decimal::Div(D("0"), D(zero)).has_value());
    CHECK_FALSE(Decimal::Mod(D("1.5"), D(zero)).has_value());
  }
}

TEST_CASE("decimal: mod is exact and takes the dividend's sign") {
  CheckTable(Decimal::Mod,
             {
                 {"5.5", "2", "1.5"},
                 {"-7", "3", "-1"},
                 {"7", "-3", "1"},
                 {"-7", "-3", "-1"},
                 {"7", "3", "1"},
                 {"6", "3", "0"},
                 {"-6", "3", "0"},
                 {"0.3", "0.1", "0"},
                 {"1", "0.3", "0.1"},
                 {"2", "5", "2"},
                 {"-2", "5", "-2"},
                 {"10.25", "0.5", "0.25"},
                 {"0.000000000000000007", "0.000000000000000002", "0.000000000000000001"},
                 {"123456789012345678901234", "0.7", "0.4"},
             });
}

TEST_CASE("decimal: round is half away from zero") {
  struct Case {
    const char* text;
    int digits;
    const char* want;
  };
  for (const Case& c : {
           Case{"2.345", 2, "2.35"},
           Case{"-2.345", 2, "-2.35"},
           Case{"2.344", 2, "2.34"},
           Case{"2.5", 0, "3"},
           Case{"-2.5", 0, "-3"},
           Case{"3.5", 0, "4"},
           Case{"0.5", 0, "1"},
           Case{"2.4999", 0, "2"},
           Case{"-0.4", 0, "0"},
           Case{"9.999", 2, "10"},
           Case{"1.005", 2, "1.01"},
           Case{"12", 2, "12"},
           Case{"1.25", 5, "1.25"},
           Case{"0.000000000000000005", 17, "0.00000000000000001"},
           Case{"0.000000000000000005", 18, "0.000000000000000005"},
           Case{"-99999999999999999999.999999999999999999", 0, "-100000000000000000000"},
       }) {
    CAPTURE(c.text);
    CAPTURE(c.digits);
    CHECK(D(c.text).Round(c.digits).ToString() == c.want);
  }
}

TEST_CASE("decimal: overflow gives nullopt for every operation") {
  const Decimal max = Max();
  const Decimal big = TenPow38();
  REQUIRE(big.ToString() == "1" + std::string(38, '0'));
  CHECK(Show(Decimal::Add(max, D("1"))) == kNone);
  CHECK(Show(Decimal::Add(max, D("0"))) == kMaxText);
  CHECK(Show(Decimal::Add(big, big)) == kNone);
  // Aligning 10^38 to one fractional digit needs 39 digits.
  CHECK(Show(Decimal::Add(big, D("0.1"))) == kNone);
  CHECK(Show(Decimal::Sub(max.Negate(), D("2"))) == kNone);
  // -2^127 fits __int128 but is excluded so that Negate() can never overflow.
  CHECK(Show(Decimal::Sub(max.Negate(), D("1"))) == kNone);
  CHECK(Show(Decimal::Sub(big.Negate(), big)) == kNone);
  CHECK(Show(Decimal::Mul(max, D("10"))) == kNone);
  CHECK(Show(Decimal::Mul(max, D("1.1"))) == kNone);
  CHECK(Show(Decimal::Mul(max, D("-1"))) == std::string("-") + kMaxText);
  CHECK(Show(Decimal::Div(max, D("0.5"))) == kNone);
  CHECK(Show(Decimal::Div(big, D("0.1"))) == kNone);
  CHECK(Show(Decimal::Div(max, D("1"))) == kMaxText);
  CHECK(Show(Decimal::Div(max, D("-1"))) == std::string("-") + kMaxText);
  // Mod cannot overflow: the remainder is smaller than both operands.
  CHECK(Show(Decimal::Mod(max, D("7"))) == "1");
  CHECK(Show(Decimal::Mod(big, D("0.3"))) == "0.1");
  CHECK(Show(Decimal::Mod(D("0.5"), big)) == "0.5");
}

TEST_CASE("decimal: add is exact near the coefficient limit") {
  // 1.6e37 + 0.5 uses a scale-1 coefficient of 1.6e38 + 5; twice that does not
  // fit at scale 1 but the exact sum is an integer.
  const Decimal half =
      *Decimal::Add(*Decimal::Mul(D("160000000000000000000000"), D("100000000000000")), D("0.5"));
  CHECK(half.ToString() == "16000000000000000000000000000000000000.5");
  CHECK(Show(Decimal::Add(half, half)) == "32000000000000000000000000000000000001");
}

TEST_CASE("decimal: compare across scales and with huge values") {
  struct Case {
    const char* a;
    const char* b;
    int want;
  };
  for (const Case& c : {
           Case{"1.5", "1.50", 0},
           Case{"1.5", "1.49", 1},
           Case{"-1.5", "-1.49", -1},
           Case{"0", "-0", 0},
           Case{"0.1", "0.09", 1},
           Case{"-0.1", "0", -1},
           Case{"0", "0.000000000000000001", -1},
           Case{"-1", "0.5", -1},
           Case{"100", "99.999999999999999999", 1},
           Case{"99999999999999999999.999999999999999999", "100000000000000000000", -1},
           Case{"-99999999999999999999.999999999999999999", "-100000000000000000000", 1},
           Case{"999999999999999999999999", "99999999999999999999.999999999999999999", 1},
       }) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(Decimal::Compare(D(c.a), D(c.b)) == c.want);
    CHECK(Decimal::Compare(D(c.b), D(c.a)) == -c.want);
  }
  // Aligning these to scale 18 would overflow a 128-bit coefficient.
  const Decimal max = Max();
  const Decimal tiny = D("0.000000000000000001");
  CHECK(Decimal::Compare(max, tiny) > 0);
  CHECK(Decimal::Compare(tiny, max) < 0);
  CHECK(Decimal::Compare(max.Negate(), tiny.Negate()) < 0);
  CHECK(Decimal::Compare(TenPow38(), D("99999999999999999999.999999999999999999")) > 0);
  CHECK(Decimal::Compare(max, max) == 0);
  CHECK(Decimal::Compare(TenPow38(), max) < 0);
}

TEST_CASE("decimal: comparison operators") {
  CHECK(D("0.1") < D("0.2"));
  CHECK_FALSE(D("0.2") < D("0.2"));
  CHECK(D("0.2") <= D("0.20"));
  CHECK(D("-1") > D("-1.5"));
  CHECK(D("3") >= D("3.0"));
  CHECK_FALSE(D("3") >= D("3.000000000000000001"));
  CHECK(D("3") != D("3.000000000000000001"));
}

TEST_CASE("decimal: ToInt64 only for integers in range") {
  struct Case {
    const char* text;
    std::optional<int64_t> want;
  };
  for (const Case& c : {
           Case{"12", 12},
           Case{"-12", -12},
           Case{"0", 0},
           Case{"1.0", 1},
           Case{"1.5", std::nullopt},
           Case{"-0.000000000000000001", std::nullopt},
           Case{"9223372036854775807", std::numeric_limits<int64_t>::max()},
           Case{"9223372036854775808", std::nullopt},
           Case{"-9223372036854775808", std::numeric_limits<int64_t>::min()},
           Case{"-9223372036854775809", std::nullopt},
           Case{"999999999999999999999999", std::nullopt},
       }) {
    CAPTURE(c.text);
    CHECK(D(c.text).ToInt64() == c.want);
  }
}

TEST_CASE("decimal: IsInteger, IsZero, IsNegative, Negate, Abs") {
  CHECK(D("1.0").IsInteger());
  CHECK(D("-3").IsInteger());
  CHECK(D("0").IsInteger());
  CHECK_FALSE(D("1.5").IsInteger());
  CHECK_FALSE(D("0.000000000000000001").IsInteger());
  CHECK(D("-0.00").IsZero());
  CHECK_FALSE(D("0.000000000000000001").IsZero());
  CHECK(D("-0.1").IsNegative());
  CHECK_FALSE(D("-0").IsNegative());
  CHECK(D("1.5").Negate().ToString() == "-1.5");
  CHECK(D("-1.5").Negate().ToString() == "1.5");
  CHECK(D("0").Negate().ToString() == "0");
  CHECK(D("-2.25").Abs().ToString() == "2.25");
  CHECK(D("2.25").Abs().ToString() == "2.25");
  CHECK(Max().Negate().Abs() == Max());
  CHECK(Decimal::FromInt(-42) == D("-42"));
}

}  // namespace
}  // namespace grantcheck
