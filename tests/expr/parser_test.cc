// The parser: precedence and associativity shown as one-line Dumps, and the
// limits on length and nesting, each crossed.
#include "expr/parser.h"

#include <doctest/doctest.h>

#include <string>

#include "expr/lexer.h"

namespace grantcheck {
namespace {

std::string DumpOf(std::string_view text) {
  ParseResult r = Parse(text);
  return r.error ? "error " + r.error->id + ": " + r.error->message : r.ast.Dump();
}

TEST_CASE("parser: precedence from lowest (?:) to highest (postfix)") {
  struct {
    const char* text;
    const char* dump;
  } cases[] = {
      {"1 + 2 * 3", "(+ 1 (* 2 3))"},
      {"1 * 2 + 3", "(+ (* 1 2) 3)"},
      {"10 - 4 - 3", "(- (- 10 4) 3)"},
      {"a || b && c", "(|| a (&& b c))"},
      {"a && b || c", "(|| (&& a b) c)"},
      {"a or b and not c", "(|| a (&& b (! c)))"},
      {"!a == b", "(== (! a) b)"},
      {"-x.y", "(- x.y)"},
      {"a + b < c * d", "(< (+ a b) (* c d))"},
      {"x in [1, 2] && y", "(&& (in x [1 2]) y)"},
      {"a ? b : c ? d : e", "(?: a b (?: c d e))"},
      {"a || b ? 1 : 2", "(?: (|| a b) 1 2)"},
      {"period.start", "period.start"},
      {"budget.lines[0].amount", "budget.lines[0].amount"},
      {"months(period.start, period.end) <= params.max_months",
       "(<= (months period.start period.end) params.max_months)"},
      {"xs.all(x, x > 0)", "(all xs x (> x 0))"},
      {"xs.filter(x, x).map(y, y * 2)", "(map (filter xs x x) y (* y 2))"},
      {"[]", "[]"},
      {"\"a\\\"b\"", "\"a\\\"b\""},
      {"1.50", "1.5"},
      {"today()", "(today)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(DumpOf(c.text) == c.dump);
  }
}

TEST_CASE("parser: every node's span covers its text") {
  ParseResult r = Parse("months(period.start, period.end) <= 12");
  REQUIRE_FALSE(r.error);
  const Node& root = r.ast.at(r.ast.root);
  CHECK(root.span == Span{0, 38});
  CHECK(root.name_span == Span{33, 35});
  const Node& call = r.ast.at(root.args[0]);
  CHECK(call.span == Span{0, 32});
  CHECK(r.ast.at(call.args[1]).span == Span{21, 31});
}

TEST_CASE("parser: expression length limit") {
  std::string at_limit(kMaxExpressionLength, ' ');
  at_limit[0] = '1';
  CHECK(DumpOf(at_limit) == "1");
  std::string over = at_limit + " ";
  CHECK(DumpOf(over) == "error expr-too-long: expression is 8193 bytes long; the limit is 8192");
}

TEST_CASE("parser: nesting depth limit") {
  auto nested = [](int depth) {
    return std::string(static_cast<size_t>(depth), '(') + "1" +
           std::string(static_cast<size_t>(depth), ')');
  };
  CHECK(DumpOf(nested(kMaxNestingDepth - 1)) == "1");
  CHECK(DumpOf(nested(kMaxNestingDepth)) ==
        "error expr-too-deep: expression nested deeper than 64 levels");
  CHECK(DumpOf(std::string(5000, '!') + "x") ==
        "error expr-too-deep: expression nested deeper than 64 levels");
  CHECK(DumpOf(std::string(5000, '[')) ==
        "error expr-too-deep: expression nested deeper than 64 levels");
}

TEST_CASE("lexer: tokens and their spans") {
  std::vector<Token> t = Lex("a.b >= 12.5 && 'x'");
  REQUIRE(t.size() == 8);
  CHECK(t[7].kind == TokenKind::kEnd);
  CHECK(t[0].kind == TokenKind::kIdent);
  CHECK(t[1].kind == TokenKind::kDot);
  CHECK(t[3].kind == TokenKind::kGe);
  CHECK(t[3].span == Span{4, 6});
  CHECK(t[4].text == "12.5");
  CHECK(t[5].kind == TokenKind::kAnd);
  CHECK(t[6].kind == TokenKind::kString);
  CHECK(t[6].text == "x");
  CHECK(Lex("").back().kind == TokenKind::kEnd);
  CHECK(Lex("1 # 2").back().kind == TokenKind::kInvalid);
}

}  // namespace
}  // namespace grantcheck
