#include "expr/lexer.h"

#include <array>
#include <utility>

namespace grantcheck {
namespace {

struct Keyword {
  std::string_view word;
  TokenKind kind;
};

constexpr std::array kKeywords = {
    Keyword{"true", TokenKind::kTrue}, Keyword{"false", TokenKind::kFalse},
    Keyword{"null", TokenKind::kNull}, Keyword{"and", TokenKind::kAnd},
    Keyword{"or", TokenKind::kOr},     Keyword{"not", TokenKind::kNot},
    Keyword{"in", TokenKind::kIn},
};

// Longest punctuators first, so "<=" wins over "<".
struct Punct {
  std::string_view text;
  TokenKind kind;
};

constexpr std::array kPunctuators = {
    Punct{"||", TokenKind::kOr},      Punct{"&&", TokenKind::kAnd},
    Punct{"==", TokenKind::kEq},      Punct{"!=", TokenKind::kNe},
    Punct{"<=", TokenKind::kLe},      Punct{">=", TokenKind::kGe},
    Punct{"<", TokenKind::kLt},       Punct{">", TokenKind::kGt},
    Punct{"!", TokenKind::kNot},      Punct{"(", TokenKind::kLParen},
    Punct{")", TokenKind::kRParen},   Punct{"[", TokenKind::kLBracket},
    Punct{"]", TokenKind::kRBracket}, Punct{",", TokenKind::kComma},
    Punct{".", TokenKind::kDot},      Punct{"?", TokenKind::kQuestion},
    Punct{":", TokenKind::kColon},    Punct{"+", TokenKind::kPlus},
    Punct{"-", TokenKind::kMinus},    Punct{"*", TokenKind::kStar},
    Punct{"/", TokenKind::kSlash},    Punct{"%", TokenKind::kPercent},
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsIdentPart(char c) { return IsIdentStart(c) || IsDigit(c); }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    while (true) {
      SkipSpace();
      Token t = Next();
      TokenKind kind = t.kind;
      out.push_back(std::move(t));
      if (kind == TokenKind::kEnd || kind == TokenKind::kInvalid) break;
    }
    return out;
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  Token Make(TokenKind kind, size_t begin, std::string text = {}) {
    return Token{kind, Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_)},
                 std::move(text)};
  }

  Token Next() {
    size_t begin = pos_;
    if (pos_ >= text_.size()) return Make(TokenKind::kEnd, begin);
    char c = text_[pos_];
    if (IsDigit(c)) return Number(begin);
    if (IsIdentStart(c)) return Word(begin);
    if (c == '"' || c == '\'') return String(begin, c);
    for (const Punct& p : kPunctuators) {
      if (text_.substr(pos_, p.text.size()) == p.text) {
        pos_ += p.text.size();
        return Make(p.kind, begin);
      }
    }
    return Unexpected(begin);
  }

  Token Number(size_t begin) {
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    // A dot makes a fraction only when a digit follows: "xs.0" is not a thing,
    // but "1.all" must not swallow the dot either.
    if (pos_ + 1 < text_.size() && text_[pos_] == '.' && IsDigit(text_[pos_ + 1])) {
      ++pos_;
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
    if (pos_ < text_.size() && IsIdentStart(text_[pos_])) {
      while (pos_ < text_.size() && IsIdentPart(text_[pos_])) ++pos_;
      return Make(TokenKind::kInvalid, begin,
                  "malformed number '" + std::string(text_.substr(begin, pos_ - begin)) + "'");
    }
    return Make(TokenKind::kNumber, begin, std::string(text_.substr(begin, pos_ - begin)));
  }

  Token Word(size_t begin) {
    while (pos_ < text_.size() && IsIdentPart(text_[pos_])) ++pos_;
    std::string_view word = text_.substr(begin, pos_ - begin);
    for (const Keyword& k : kKeywords) {
      if (k.word == word) return Make(k.kind, begin);
    }
    return Make(TokenKind::kIdent, begin, std::string(word));
  }

  Token String(size_t begin, char quote) {
    ++pos_;
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      char c = text_[pos_];
      if (c == '\n') break;
      if (c != '\\') {
        out += c;
        ++pos_;
        continue;
      }
      if (pos_ + 1 >= text_.size()) break;
      char e = text_[pos_ + 1];
      char decoded = e == 'n' ? '\n' : e == 't' ? '\t' : e;
      if (e != 'n' && e != 't' && e != '\\' && e != '"' && e != '\'') {
        pos_ += 2;
        return Make(TokenKind::kInvalid, pos_ - 2,
                    "unknown escape '\\" + std::string(1, e) + "' in string");
      }
      out += decoded;
      pos_ += 2;
    }
    if (pos_ >= text_.size() || text_[pos_] != quote) {
      return Make(TokenKind::kInvalid, begin, "unterminated string");
    }
    ++pos_;
    return Make(TokenKind::kString, begin, std::move(out));
  }

  Token Unexpected(size_t begin) {
    // Take the whole UTF-8 sequence so the message shows the character itself.
    ++pos_;
    while (pos_ < text_.size() && (static_cast<unsigned char>(text_[pos_]) & 0xC0) == 0x80) {
      ++pos_;
    }
    std::string ch(text_.substr(begin, pos_ - begin));
    std::string hint;
    if (ch == "=") hint = "; did you mean '=='?";
    if (ch == "&") hint = "; did you mean '&&'?";
    if (ch == "|") hint = "; did you mean '||'?";
    return Make(TokenKind::kInvalid, begin, "unexpected character '" + ch + "'" + hint);
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

std::vector<Token> Lex(std::string_view text) { return Lexer(text).Run(); }

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEnd: return "end of expression";
    case TokenKind::kNumber: return "number";
    case TokenKind::kString: return "string";
    case TokenKind::kIdent: return "name";
    case TokenKind::kTrue: return "'true'";
    case TokenKind::kFalse: return "'false'";
    case TokenKind::kNull: return "'null'";
    case TokenKind::kLParen: return "'('";
    case TokenKind::kRParen: return "')'";
    case TokenKind::kLBracket: return "'['";
    case TokenKind::kRBracket: return "']'";
    case TokenKind::kComma: return "','";
    case TokenKind::kDot: return "'.'";
    case TokenKind::kQuestion: return "'?'";
    case TokenKind::kColon: return "':'";
    case TokenKind::kOr: return "'||'";
    case TokenKind::kAnd: return "'&&'";
    case TokenKind::kNot: return "'!'";
    case TokenKind::kEq: return "'=='";
    case TokenKind::kNe: return "'!='";
    case TokenKind::kLt: return "'<'";
    case TokenKind::kLe: return "'<='";
    case TokenKind::kGt: return "'>'";
    case TokenKind::kGe: return "'>='";
    case TokenKind::kIn: return "'in'";
    case TokenKind::kPlus: return "'+'";
    case TokenKind::kMinus: return "'-'";
    case TokenKind::kStar: return "'*'";
    case TokenKind::kSlash: return "'/'";
    case TokenKind::kPercent: return "'%'";
    case TokenKind::kInvalid: return "invalid token";
  }
  return "?";
}

}  // namespace grantcheck
