#include "expr/parser.h"

#include <array>
#include <utility>

#include "expr/lexer.h"

namespace grantcheck {
namespace {

// Binary operators by precedence; a higher number binds tighter.
struct BinaryOp {
  TokenKind token;
  Op op;
  int precedence;
};

constexpr int kComparison = 3;
constexpr std::array kBinaryOps = {
    BinaryOp{TokenKind::kOr, Op::kOr, 1},          BinaryOp{TokenKind::kAnd, Op::kAnd, 2},
    BinaryOp{TokenKind::kEq, Op::kEq, kComparison}, BinaryOp{TokenKind::kNe, Op::kNe, kComparison},
    BinaryOp{TokenKind::kLt, Op::kLt, kComparison}, BinaryOp{TokenKind::kLe, Op::kLe, kComparison},
    BinaryOp{TokenKind::kGt, Op::kGt, kComparison}, BinaryOp{TokenKind::kGe, Op::kGe, kComparison},
    BinaryOp{TokenKind::kIn, Op::kIn, kComparison}, BinaryOp{TokenKind::kPlus, Op::kAdd, 4},
    BinaryOp{TokenKind::kMinus, Op::kSub, 4},      BinaryOp{TokenKind::kStar, Op::kMul, 5},
    BinaryOp{TokenKind::kSlash, Op::kDiv, 5},      BinaryOp{TokenKind::kPercent, Op::kMod, 5},
};

const BinaryOp* FindBinary(TokenKind kind) {
  for (const BinaryOp& b : kBinaryOps) {
    if (b.token == kind) return &b;
  }
  return nullptr;
}

// Thrown inside the parser only, to unwind to Parse(); never escapes it.
struct Abort {
  SyntaxError error;
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {
    // Every node takes at least one token, so this is the one allocation: a
    // rule file holds hundreds of expressions, and growing each vector by
    // doubling left a third of the memory a run touches in copies.
    ast_.nodes.reserve(tokens_.size());
  }

  Ast Run() {
    NodeId root = Expr();
    if (Peek().kind != TokenKind::kEnd) Fail(Peek(), "expected an operator or the end");
    ast_.root = root;
    return std::move(ast_);
  }

 private:
  // RAII depth counter: every recursive production takes one.
  struct Depth {
    explicit Depth(Parser* p) : p_(p) {
      if (++p_->depth_ > kMaxNestingDepth) {
        throw Abort{{p_->Peek().span, "expr-too-deep",
                     "expression nested deeper than " + std::to_string(kMaxNestingDepth) +
                         " levels"}};
      }
    }
    ~Depth() { --p_->depth_; }
    Parser* p_;
  };

  const Token& Peek() const { return tokens_[pos_]; }
  const Token& Take() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
  bool Accept(TokenKind kind) {
    if (Peek().kind != kind) return false;
    Take();
    return true;
  }

  static std::string Describe(const Token& t) {
    switch (t.kind) {
      case TokenKind::kIdent: return "'" + t.text + "'";
      case TokenKind::kNumber: return "'" + t.text + "'";
      case TokenKind::kString: return "a string";
      default: return std::string(TokenKindName(t.kind));
    }
  }

  [[noreturn]] void Fail(const Token& t, const std::string& expected) {
    if (t.kind == TokenKind::kInvalid) throw Abort{{t.span, "expr-syntax", t.text}};
    throw Abort{{t.span, "expr-syntax", expected + ", got " + Describe(t)}};
  }

  const Token& Expect(TokenKind kind, std::string_view what) {
    if (Peek().kind != kind) Fail(Peek(), "expected " + std::string(what));
    return Take();
  }

  NodeId Add(Node n) {
    ast_.nodes.push_back(std::move(n));
    return static_cast<NodeId>(ast_.nodes.size() - 1);
  }
  Span SpanOf(NodeId a, NodeId b) const {
    return Span{ast_.nodes[a].span.begin, ast_.nodes[b].span.end};
  }

  // expr := binary [ '?' expr ':' expr ]
  NodeId Expr() {
    Depth d(this);
    NodeId cond = Binary(1);
    if (!Accept(TokenKind::kQuestion)) return cond;
    NodeId yes = Expr();
    Expect(TokenKind::kColon, "':' of the conditional '?:'");
    NodeId no = Expr();
    return Add(Node{.kind = NodeKind::kTernary, .span = SpanOf(cond, no), .args = {cond, yes, no}});
  }

  // binary := unary { binop unary }, climbing kBinaryOps' precedences.
  NodeId Binary(int min_precedence) {
    NodeId left = Unary();
    while (const BinaryOp* b = FindBinary(Peek().kind)) {
      if (b->precedence < min_precedence) break;
      const Token& op_token = Take();
      NodeId right = Binary(b->precedence + 1);
      if (b->precedence == kComparison && FindBinary(Peek().kind) != nullptr &&
          FindBinary(Peek().kind)->precedence == kComparison) {
        throw Abort{{Peek().span, "expr-syntax",
                     "comparisons cannot be chained; join them with '&&'"}};
      }
      left = Add(Node{.kind = NodeKind::kBinary, .span = SpanOf(left, right), .op = b->op,
                      .args = {left, right}, .name_span = op_token.span});
    }
    return left;
  }

  // unary := ( '!' | 'not' | '-' ) unary | postfix
  NodeId Unary() {
    const Token& t = Peek();
    if (t.kind != TokenKind::kNot && t.kind != TokenKind::kMinus) return Postfix();
    Depth d(this);
    Span start = Take().span;
    Op op = t.kind == TokenKind::kNot ? Op::kNot : Op::kNeg;
    NodeId operand = Unary();
    return Add(Node{.kind = NodeKind::kUnary,
                    .span = Span{start.begin, ast_.nodes[operand].span.end},
                    .op = op,
                    .args = {operand},
                    .name_span = start});
  }

  // postfix := primary { '.' name [ '(' args ')' ] | '[' expr ']' }
  NodeId Postfix() {
    NodeId node = Primary();
    while (true) {
      if (Accept(TokenKind::kDot)) {
        const Token& name = Expect(TokenKind::kIdent, "a field name after '.'");
        Node n{.kind = NodeKind::kSelect, .name = name.text, .args = {node},
               .name_span = name.span};
        if (Accept(TokenKind::kLParen)) {
          n.kind = NodeKind::kMacro;
          Args(TokenKind::kRParen, "')'", &n.args);
        }
        n.span = Span{ast_.nodes[node].span.begin, tokens_[pos_ - 1].span.end};
        node = Add(std::move(n));
      } else if (Accept(TokenKind::kLBracket)) {
        NodeId index = Expr();
        const Token& close = Expect(TokenKind::kRBracket, "']'");
        node = Add(Node{.kind = NodeKind::kIndex,
                        .span = Span{ast_.nodes[node].span.begin, close.span.end},
                        .args = {node, index}});
      } else {
        return node;
      }
    }
  }

  // args := expr { ',' expr } — up to the closing token, which is consumed.
  void Args(TokenKind close, std::string_view close_text, std::vector<NodeId>* out) {
    if (Accept(close)) return;
    do {
      out->push_back(Expr());
    } while (Accept(TokenKind::kComma));
    Expect(close, "',' or " + std::string(close_text));
  }

  NodeId Primary() {
    const Token& t = Take();
    switch (t.kind) {
      case TokenKind::kNumber: return NumberLiteral(t);
      case TokenKind::kString: return Literal(t, Value::String(t.text));
      case TokenKind::kTrue: return Literal(t, Value::Bool(true));
      case TokenKind::kFalse: return Literal(t, Value::Bool(false));
      case TokenKind::kNull: return Literal(t, Value::Null());
      case TokenKind::kIdent: return NameOrCall(t);
      case TokenKind::kLParen: {
        NodeId inner = Expr();
        Expect(TokenKind::kRParen, "')'");
        return inner;
      }
      case TokenKind::kLBracket: {
        Node n{.kind = NodeKind::kList};
        Args(TokenKind::kRBracket, "']'", &n.args);
        n.span = Span{t.span.begin, tokens_[pos_ - 1].span.end};
        return Add(std::move(n));
      }
      default: Fail(t, "expected an expression");
    }
  }

  NodeId Literal(const Token& t, Value v) {
    return Add(Node{.kind = NodeKind::kLiteral, .span = t.span, .literal = std::move(v)});
  }

  NodeId NumberLiteral(const Token& t) {
    std::optional<Decimal> d = Decimal::Parse(t.text);
    if (!d) {
      throw Abort{{t.span, "expr-bad-number",
                   "number '" + t.text + "' is out of range (at most " +
                       std::to_string(Decimal::kMaxIntegerDigits) + " digits before the point and " +
                       std::to_string(Decimal::kMaxScale) + " after, " +
                       std::to_string(Decimal::kMaxDigits) + " in all)"}};
    }
    return Literal(t, Value::Number(*d));
  }

  NodeId NameOrCall(const Token& t) {
    Node n{.kind = NodeKind::kIdent, .span = t.span, .name = t.text, .name_span = t.span};
    if (Accept(TokenKind::kLParen)) {
      n.kind = NodeKind::kCall;
      Args(TokenKind::kRParen, "')'", &n.args);
      n.span = Span{t.span.begin, tokens_[pos_ - 1].span.end};
    }
    return Add(std::move(n));
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
  Ast ast_;
};

}  // namespace

ParseResult Parse(std::string_view text) {
  ParseResult result;
  if (text.size() > kMaxExpressionLength) {
    result.error = SyntaxError{Span{0, static_cast<uint32_t>(text.size())}, "expr-too-long",
                               "expression is " + std::to_string(text.size()) +
                                   " bytes long; the limit is " +
                                   std::to_string(kMaxExpressionLength)};
    return result;
  }
  try {
    result.ast = Parser(Lex(text)).Run();
  } catch (const Abort& a) {
    result.error = a.error;
  }
  return result;
}

}  // namespace grantcheck
