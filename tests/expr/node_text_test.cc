// NodeText: a sub-expression's text as written, parentheses balanced; and the
// evaluator's trace hook, which must see every value and change none.
#include "expr/node_text.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "expr/evaluator.h"
#include "expr/expression.h"

namespace grantcheck {
namespace {

// The text of every node of `text`, in node order.
std::vector<std::string> Texts(const std::string& text) {
  CompileResult c = Compile(text);
  REQUIRE(c.expr);
  std::vector<std::string> out;
  for (NodeId id = 0; id < c.expr->ast.nodes.size(); ++id) {
    out.push_back(NodeText(text, c.expr->ast, id));
  }
  return out;
}

TEST_CASE("node text: a group's parentheses are taken in where the span leaves them out") {
  CHECK(Texts("(a || b) && c") ==
        std::vector<std::string>{"a", "b", "a || b", "c", "(a || b) && c"});
  CHECK(Texts("x * (y + 1)") == std::vector<std::string>{"x", "y", "1", "y + 1", "x * (y + 1)"});
  CHECK(Texts("len(')') == 1 || (g)").back() == "len(')') == 1 || (g)");
  CHECK(Texts("len('(' + x)") == std::vector<std::string>{"'('", "x", "'(' + x", "len('(' + x)"});
}

TEST_CASE("node text: grouped keeps the author's parentheses, lines are joined") {
  std::string text = "a ||\n   (b && c)";
  CompileResult c = Compile(text);
  REQUIRE(c.expr);
  const Ast& ast = c.expr->ast;
  NodeId group = ast.at(ast.root).args[1];
  CHECK(NodeText(text, ast, group) == "b && c");
  CHECK(NodeText(text, ast, group, true) == "(b && c)");
  CHECK(NodeText(text, ast, ast.root) == "a || (b && c)");
  CHECK(OneLine("a\n  'x  y'\t b") == "a 'x  y' b");
}

TEST_CASE("node text: names bound by a macro are told from fields") {
  CompileResult c = Compile("xs.all(x, x > y) && x");
  REQUIRE(c.expr);
  const Ast& ast = c.expr->ast;
  std::vector<std::pair<std::string, bool>> idents;
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    if (ast.at(id).kind == NodeKind::kIdent) idents.emplace_back(ast.at(id).name, BoundByMacro(ast, id));
  }
  CHECK(idents == std::vector<std::pair<std::string, bool>>{
                      {"xs", false}, {"x", true}, {"x", true}, {"y", false}, {"x", false}});
}

TEST_CASE("evaluator trace: children before parents, macro bodies per element, same value") {
  CompileResult c = Compile("[1, 2, 3].all(x, x > 1) || 1 + 1 == 2");
  REQUIRE(c.expr);
  const Ast& ast = c.expr->ast;
  std::vector<std::string> seen;
  TraceFn trace = [&](NodeId id, const Value& v) {
    seen.push_back(NodeText(c.expr->text, ast, id) + "=" + v.Dump());
  };
  Value traced = EvaluateTraced(ast, ast.root, Bindings{}, EvalContext{}, {}, trace);
  CHECK(traced.Dump() == Evaluate(ast, Bindings{}, EvalContext{}).Dump());
  CHECK(seen == std::vector<std::string>{
                    "1=1", "2=2", "3=3", "[1, 2, 3]=[1, 2, 3]",
                    "x=1", "1=1", "x > 1=false",
                    "x=2", "1=1", "x > 1=true",
                    "x=3", "1=1", "x > 1=true",
                    "[1, 2, 3].all(x, x > 1)=false",
                    "1=1", "1=1", "1 + 1=2", "2=2", "1 + 1 == 2=true",
                    "[1, 2, 3].all(x, x > 1) || 1 + 1 == 2=true"});
}

}  // namespace
}  // namespace grantcheck
