// Reading a builtin's signature text as types, for lint's type inference.
#include <algorithm>
#include <utility>

#include "base/text.h"
#include "rules/lint_internal.h"

namespace grantcheck::lint {
namespace {

struct TypeWord {
  std::string_view word;
  FieldKind kind;
};

constexpr TypeWord kTypeWords[] = {
    {"string", FieldKind::kString}, {"number", FieldKind::kNumber}, {"date", FieldKind::kDate},
    {"bool", FieldKind::kBool},     {"list", FieldKind::kList},     {"map", FieldKind::kMap},
};

std::optional<FieldKind> KindOfWord(std::string_view word) {
  for (const TypeWord& t : kTypeWords) {
    if (t.word == word) return t.kind;
  }
  return std::nullopt;
}

std::vector<std::string_view> Split(std::string_view text, std::string_view sep) {
  std::vector<std::string_view> parts;
  size_t begin = 0;
  while (true) {
    size_t at = text.find(sep, begin);
    parts.push_back(Trim(text.substr(begin, at == std::string_view::npos ? at : at - begin)));
    if (at == std::string_view::npos) return parts;
    begin = at + sep.size();
  }
}

// "end: date" -> date; "string|list|map" -> those three; "list of number" ->
// list; a placeholder word -> {} (any).
std::vector<FieldKind> ArgKinds(std::string_view arg) {
  if (size_t colon = arg.find(':'); colon != std::string_view::npos) arg = Trim(arg.substr(colon + 1));
  if (size_t of = arg.find(" of "); of != std::string_view::npos) arg = arg.substr(0, of);
  std::vector<FieldKind> kinds;
  for (std::string_view word : Split(arg, "|")) {
    std::optional<FieldKind> kind = KindOfWord(word);
    if (!kind) return {};
    kinds.push_back(*kind);
  }
  return kinds;
}

// "number[" -> "number": optional arguments are written in brackets.
std::string Unbracket(std::string_view arg) {
  std::string out;
  for (char c : arg) {
    if (c != '[' && c != ']') out += c;
  }
  return std::string(Trim(out));
}

// The kinds each overload accepts at a position, merged: a position one
// overload leaves open (or lacks) is any.
void Merge(std::vector<FieldKind> kinds, size_t i, bool first, Signature& sig) {
  if (i >= sig.args.size()) {
    sig.args.push_back(first ? std::move(kinds) : std::vector<FieldKind>{});
    return;
  }
  if (sig.args[i].empty() || kinds.empty()) {
    sig.args[i].clear();
    return;
  }
  for (FieldKind k : kinds) {
    if (std::find(sig.args[i].begin(), sig.args[i].end(), k) == sig.args[i].end()) {
      sig.args[i].push_back(k);
    }
  }
}

// One overload, "name(a, b[, c]) -> result", merged into `sig`.
void AddOverload(std::string_view text, bool first, Signature& sig) {
  size_t open = text.find('(');
  size_t close = text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
  std::vector<std::string> args;
  for (std::string_view a : Split(text.substr(open + 1, close - open - 1), ",")) {
    std::string arg = Unbracket(a);
    if (arg != "..." && !arg.empty()) args.push_back(std::move(arg));
  }
  for (size_t i = 0; i < std::max(args.size(), sig.args.size()); ++i) {
    Merge(i < args.size() ? ArgKinds(args[i]) : std::vector<FieldKind>{}, i, first, sig);
  }
}

void ReadResult(std::string_view text, Signature& sig) {
  size_t arrow = text.find("->");
  if (arrow == std::string_view::npos) return;
  std::string_view result = Trim(text.substr(arrow + 2));
  if (result == "value") {
    sig.result_like_arguments = true;
    return;
  }
  std::vector<std::string_view> words = Split(result, " of ");
  sig.result = KindOfWord(words[0]).value_or(FieldKind::kAny);
  if (sig.result == FieldKind::kList && words.size() == 2) {
    sig.result_element = KindOfWord(words[1]).value_or(FieldKind::kAny);
  }
}

}  // namespace

std::vector<FieldKind> Signature::Allowed(size_t i) const {
  return i < args.size() ? args[i] : std::vector<FieldKind>{};
}

Signature ParseSignature(std::string_view signature) {
  Signature sig;
  std::vector<std::string_view> overloads = Split(signature, " or ");
  for (size_t i = 0; i < overloads.size(); ++i) AddOverload(overloads[i], i == 0, sig);
  // One arrow, at the end, is every overload's result; several may differ.
  size_t arrow = signature.find("->");
  if (arrow != std::string_view::npos && signature.find("->", arrow + 2) == std::string_view::npos) {
    ReadResult(overloads.back(), sig);
  }
  return sig;
}

}  // namespace grantcheck::lint
