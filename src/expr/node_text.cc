#include "expr/node_text.h"

#include <algorithm>
#include <cstddef>

namespace grantcheck {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The index just past the string literal that opens at text[i].
size_t SkipString(std::string_view text, size_t i) {
  char quote = text[i];
  for (++i; i < text.size() && text[i] != quote; ++i) {
    if (text[i] == '\\') ++i;
  }
  return i < text.size() ? i + 1 : i;
}

// Parentheses opened minus closed in text[begin, end), and the lowest that
// running count reaches (negative when a ')' closes a group opened before).
struct Balance {
  int net = 0;
  int lowest = 0;
};

Balance Count(std::string_view text, size_t begin, size_t end) {
  Balance b;
  for (size_t i = begin; i < end;) {
    char c = text[i];
    if (c == '"' || c == '\'') {
      i = SkipString(text, i);
      continue;
    }
    if (c == '(') ++b.net;
    if (c == ')') b.lowest = std::min(b.lowest, --b.net);
    ++i;
  }
  return b;
}

}  // namespace

std::string NodeText(std::string_view text, const Ast& ast, NodeId id, bool grouped) {
  const Span& span = ast.at(id).span;
  size_t begin = std::min<size_t>(span.begin, text.size());
  size_t end = std::min<size_t>(span.end, text.size());
  Balance b = Count(text, begin, end);
  // Each unmatched ')' was opened by a '(' just before the span; each
  // unmatched '(' is closed by a ')' just after it (only spaces between).
  for (int open = -b.lowest; open > 0 && begin > 0;) {
    --begin;
    if (text[begin] == '(') --open;
  }
  for (int close = b.net - b.lowest; close > 0 && end < text.size(); ++end) {
    if (text[end] == ')') --close;
  }
  while (grouped) {
    size_t before = begin;
    while (before > 0 && IsSpace(text[before - 1])) --before;
    size_t after = end;
    while (after < text.size() && IsSpace(text[after])) ++after;
    grouped = before > 0 && text[before - 1] == '(' && after < text.size() && text[after] == ')';
    if (grouped) {
      begin = before - 1;
      end = after + 1;
    }
  }
  return OneLine(text.substr(begin, end - begin));
}

bool BoundByMacro(const Ast& ast, NodeId id) {
  const Node& ident = ast.at(id);
  if (ident.kind != NodeKind::kIdent) return false;
  for (const Node& n : ast.nodes) {
    // A macro's body is stored after its receiver and up to the body's root
    // (the parser adds children first).
    if (n.kind == NodeKind::kMacro && n.var == ident.name && n.args.size() == 2 &&
        id > n.args[0] && id <= n.args[1]) {
      return true;
    }
  }
  return false;
}

std::string OneLine(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '"' || text[i] == '\'') {
      size_t next = SkipString(text, i);
      out.append(text.substr(i, next - i));
      i = next;
    } else if (IsSpace(text[i])) {
      while (i < text.size() && IsSpace(text[i])) ++i;
      if (!out.empty() && i < text.size()) out += ' ';
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace grantcheck
