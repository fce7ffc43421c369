#include "expr/checker.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/date.h"
#include "base/text.h"
#include "expr/builtins.h"

namespace grantcheck {
namespace {

std::vector<std::string_view> FunctionNames() {
  std::vector<std::string_view> names;
  for (const Builtin& b : Builtins()) names.push_back(b.name);
  return names;
}

std::vector<std::string_view> MacroNames() {
  std::vector<std::string_view> names;
  for (const Macro& m : Macros()) names.push_back(m.name);
  return names;
}

std::string Suggest(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::optional<std::string> s = DidYouMean(name, candidates);
  return s ? fmt::format("; did you mean '{}'?", *s) : "";
}

std::string ArityText(const Builtin& b) {
  if (b.max_args == kVariadic) return fmt::format("at least {}", b.min_args);
  if (b.min_args == b.max_args) return std::to_string(b.min_args);
  return fmt::format("{} to {}", b.min_args, b.max_args);
}

// A field path is a name followed by .field and [index]: what has() can test.
bool IsFieldPath(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind == NodeKind::kIdent) return true;
  if (n.kind == NodeKind::kSelect || n.kind == NodeKind::kIndex) return IsFieldPath(ast, n.args[0]);
  return false;
}

class Checker {
 public:
  explicit Checker(Ast& ast) : ast_(ast) {}

  std::vector<CheckIssue> Run() {
    // Nodes are stored children first, so one pass in index order visits each.
    for (NodeId id = 0; id < ast_.nodes.size(); ++id) Visit(id);
    std::sort(issues_.begin(), issues_.end(),
              [](const CheckIssue& a, const CheckIssue& b) { return a.span.begin < b.span.begin; });
    return std::move(issues_);
  }

 private:
  void Report(Span span, std::string id, std::string message) {
    issues_.push_back(CheckIssue{span, std::move(id), std::move(message)});
  }

  void Visit(NodeId id) {
    Node& n = ast_.nodes[id];
    if (n.kind == NodeKind::kCall) CheckCall(n);
    if (n.kind == NodeKind::kMacro) CheckMacro(n);
  }

  void CheckCall(Node& n) {
    const Builtin* b = FindBuiltin(n.name);
    if (b == nullptr) {
      if (FindMacro(n.name) != nullptr) {
        Report(n.name_span, "expr-unknown-function",
               fmt::format("'{0}' is a macro, not a function; write list.{0}(x, condition)",
                           n.name));
      } else {
        Report(n.name_span, "expr-unknown-function",
               fmt::format("unknown function '{}'{}", n.name, Suggest(n.name, FunctionNames())));
      }
      return;
    }
    n.builtin = static_cast<int>(b - Builtins().data());
    int count = static_cast<int>(n.args.size());
    if (count < b->min_args || (b->max_args != kVariadic && count > b->max_args)) {
      bool one = b->max_args == 1 || (b->max_args == kVariadic && b->min_args == 1);
      Report(n.span, "expr-arity",
             fmt::format("{}() takes {} argument{}, got {}; usage: {}", n.name, ArityText(*b),
                         one ? "" : "s", count, b->signature));
      return;
    }
    if (n.name == "has" && !IsFieldPath(ast_, n.args[0])) {
      Report(ast_.at(n.args[0]).span, "expr-has",
             "has() takes a field, such as has(period.extension_reason)");
    }
    if (n.name == "date") CheckDateLiteral(ast_.at(n.args[0]));
  }

  void CheckDateLiteral(const Node& arg) {
    if (arg.kind != NodeKind::kLiteral || arg.literal.kind() != ValueKind::kString) return;
    if (!ParseDate(arg.literal.as_string())) {
      Report(arg.span, "expr-bad-date",
             fmt::format("invalid date '{}'; expected a real day as YYYY-MM-DD",
                         arg.literal.as_string()));
    }
  }

  void CheckMacro(Node& n) {
    if (FindMacro(n.name) == nullptr) {
      std::string hint = FindBuiltin(n.name) != nullptr
                             ? fmt::format("; '{0}' is a function: write {0}(…)", n.name)
                             : Suggest(n.name, MacroNames());
      Report(n.name_span, "expr-unknown-macro", fmt::format("unknown macro '{}'{}", n.name, hint));
      return;
    }
    // args = receiver, variable, body until resolved here into receiver, body.
    if (n.args.size() != 3 || ast_.at(n.args[1]).kind != NodeKind::kIdent) {
      Report(n.span, "expr-macro",
             fmt::format("{0}() takes a variable name and an expression: list.{0}(x, x > 0)",
                         n.name));
      return;
    }
    n.var = ast_.at(n.args[1]).name;
    n.args.erase(n.args.begin() + 1);
  }

  Ast& ast_;
  std::vector<CheckIssue> issues_;
};

}  // namespace

std::vector<CheckIssue> Check(Ast& ast) { return Checker(ast).Run(); }

}  // namespace grantcheck
