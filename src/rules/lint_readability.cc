// The readability checks: a sub-expression a rule writes more than once, a
// long message, and a message that picks its wording with a ternary.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/source.h"
#include "expr/node_text.h"
#include "rules/lint_internal.h"

namespace grantcheck::lint {
namespace {

// The longest repeat quoted whole in a finding, in code points.
constexpr int kMaxQuoted = 80;

// One expression of a rule, in the order a reader meets them.
std::vector<const Expression*> RuleExpressions(const Rule& rule) {
  std::vector<const Expression*> out;
  for (const std::optional<Expression>* e : {&rule.group_by, &rule.when, &rule.check}) {
    if (*e) out.push_back(&**e);
  }
  for (const auto& [lang, tmpl] : rule.message) {
    for (const MessageTemplate::Piece& piece : tmpl.pieces) {
      if (piece.expr) out.push_back(&*piece.expr);
    }
  }
  return out;
}

bool IsPath(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind == NodeKind::kIdent) return true;
  return n.kind == NodeKind::kSelect && IsPath(ast, n.args[0]);
}

// The parts of a sub-expression: a field path, a literal, an operator or a
// call each count one, so months(period.start, period.end) has three.
int Parts(const Ast& ast, NodeId id) {
  if (IsPath(ast, id)) return 1;
  int parts = 1;
  for (NodeId arg : ast.at(id).args) parts += Parts(ast, arg);
  return parts;
}

// One expression with what the repeat search asks of each node, worked out
// once, so that a long expression costs its size times its depth at most.
struct Indexed {
  const Expression* expr = nullptr;
  std::vector<std::string> forms;  // the AST dump: spacing and parentheses do not matter
  std::vector<NodeId> parent;      // kNoParent for the root
  std::vector<bool> bound;         // an identifier a macro around it binds
};

constexpr NodeId kNoParent = static_cast<NodeId>(-1);

Indexed Index(const Expression& e) {
  const Ast& ast = e.ast;
  Indexed ix{&e, {}, std::vector<NodeId>(ast.nodes.size(), kNoParent),
             std::vector<bool>(ast.nodes.size(), false)};
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    ix.forms.push_back(ast.Dump(id));
    for (NodeId arg : ast.at(id).args) ix.parent[arg] = id;
    ix.bound[id] = ast.at(id).kind == NodeKind::kIdent && BoundByMacro(ast, id);
  }
  return ix;
}

// Whether the sub-expression could be named by `let`: it reads no variable a
// macro around it binds (`l` of budget.lines.all(l, …)).
bool Closed(const Indexed& ix, NodeId top) {
  const Ast& ast = ix.expr->ast;
  std::set<std::string> bound_inside;
  std::vector<NodeId> idents;
  std::vector<NodeId> todo = {top};
  while (!todo.empty()) {
    NodeId id = todo.back();
    todo.pop_back();
    const Node& n = ast.at(id);
    if (n.kind == NodeKind::kMacro) bound_inside.insert(n.var);
    if (ix.bound[id]) idents.push_back(id);
    todo.insert(todo.end(), n.args.begin(), n.args.end());
  }
  for (NodeId id : idents) {
    if (!bound_inside.contains(ast.at(id).name)) return false;
  }
  return true;
}

// Whether the sub-expression formats text in the message's language (number(),
// amount(), plural(), …): the same call in each language's message gives each
// language's text, so it is no repeat a `let` could name once.
bool InLanguage(const Ast& ast, NodeId top) {
  static constexpr std::string_view kLocal[] = {"number",  "amount",    "plural",     "and_list",
                                                "or_list", "date_text", "period_text"};
  const Node& n = ast.at(top);
  if (n.kind == NodeKind::kCall &&
      std::find(std::begin(kLocal), std::end(kLocal), n.name) != std::end(kLocal)) {
    return true;
  }
  for (NodeId arg : n.args) {
    if (InLanguage(ast, arg)) return true;
  }
  return false;
}

struct Occurrence {
  const Indexed* ix;
  NodeId id;
};

// Every sub-expression of kMinRepeatParts parts or more, by its form.
std::map<std::string, std::vector<Occurrence>> Candidates(const std::vector<Indexed>& all) {
  std::map<std::string, std::vector<Occurrence>> by_form;
  for (const Indexed& ix : all) {
    for (NodeId id = 0; id < ix.forms.size(); ++id) {
      if (Parts(ix.expr->ast, id) < kMinRepeatParts || !Closed(ix, id) ||
          InLanguage(ix.expr->ast, id)) {
        continue;
      }
      by_form[ix.forms[id]].push_back(Occurrence{&ix, id});
    }
  }
  return by_form;
}

// Whether an occurrence lies inside a larger sub-expression that is itself
// repeated: then the larger one is reported, not each of its parts.
bool InsideRepeated(const Occurrence& o, const std::set<std::string>& repeated) {
  for (NodeId p = o.ix->parent[o.id]; p != kNoParent; p = o.ix->parent[p]) {
    if (repeated.contains(o.ix->forms[p])) return true;
  }
  return false;
}

Pos PosOf(const Occurrence& o) {
  const Expression& e = *o.ix->expr;
  return SourceText{e.file, e.text, e.origin}.PosOf(e.ast.at(o.id).span.begin);
}

// `text` cut to kMaxQuoted code points, so that a long repeat still fits a line.
std::string Quoted(std::string text) {
  if (CodePointCount(text) <= kMaxQuoted) return text;
  size_t cut = 0;
  for (int n = 0; cut < text.size() && n < kMaxQuoted - 1; ++n) {
    do {
      ++cut;
    } while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
  }
  return text.substr(0, cut) + "…";
}

void RepeatedIn(const Rule& rule, const std::string& owner, std::vector<Diagnostic>& out) {
  std::vector<Indexed> indexed;
  for (const Expression* e : RuleExpressions(rule)) indexed.push_back(Index(*e));
  std::map<std::string, std::vector<Occurrence>> by_form = Candidates(indexed);
  std::set<std::string> repeated;
  for (const auto& [form, all] : by_form) {
    if (all.size() > 1) repeated.insert(form);
  }
  for (const std::string& form : repeated) {
    const std::vector<Occurrence>& all = by_form[form];
    bool outermost = false;
    for (const Occurrence& o : all) outermost = outermost || !InsideRepeated(o, repeated);
    if (!outermost) continue;
    const Expression& first = *all[0].ix->expr;
    const Expression& second = *all[1].ix->expr;
    Pos at = PosOf(all[0]);
    out.push_back(At(second, second.ast.at(all[1].id).span, "lint-repeated-expression",
                     fmt::format("{} writes '{}' {} times (first at line {}, column {}); name it "
                                 "once in the rule's `let` (let = {{ NAME = \"…\" }}) and write "
                                 "NAME",
                                 owner, Quoted(OneLine(NodeText(first.text, first.ast, all[0].id))),
                                 all.size(), at.line, at.col)));
  }
}

// The message as written in the rule file, braces of placeholders included.
int SourceLength(const MessageTemplate& tmpl) {
  int length = 0;
  for (const MessageTemplate::Piece& piece : tmpl.pieces) {
    length += piece.expr ? CodePointCount(piece.expr->text) + 2 : CodePointCount(piece.text);
  }
  return length;
}

bool HasString(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind == NodeKind::kLiteral && n.literal.kind() == ValueKind::kString) return true;
  for (NodeId arg : n.args) {
    if (HasString(ast, arg)) return true;
  }
  return false;
}

// The outermost ternaries of `e` with text in a branch: wording chosen by code.
std::vector<NodeId> WordingTernaries(const Ast& ast, NodeId id) {
  const Node& n = ast.at(id);
  if (n.kind == NodeKind::kTernary && (HasString(ast, n.args[1]) || HasString(ast, n.args[2]))) {
    return {id};
  }
  std::vector<NodeId> out;
  for (NodeId arg : n.args) {
    std::vector<NodeId> inner = WordingTernaries(ast, arg);
    out.insert(out.end(), inner.begin(), inner.end());
  }
  return out;
}

void LongMessagesOf(const Program& program, const Rule& rule, const std::string& owner,
                    std::vector<Diagnostic>& out) {
  for (const auto& [lang, tmpl] : rule.message) {
    int length = SourceLength(tmpl);
    if (length <= kMaxMessageSource) continue;
    out.push_back(At(FileOf(program, rule), rule.pos, "lint-long-message",
                     fmt::format("the '{}' message of {} is {} characters long (more than {}); "
                                 "write each case as a message variant (message.NAME, chosen by "
                                 "a named condition) and name its values in `let`",
                                 lang, owner, length, kMaxMessageSource)));
  }
}

void TernariesOf(const Program&, const Rule& rule, const std::string& owner,
                 std::vector<Diagnostic>& out) {
  for (const auto& [lang, tmpl] : rule.message) {
    for (const MessageTemplate::Piece& piece : tmpl.pieces) {
      if (!piece.expr) continue;
      const Ast& ast = piece.expr->ast;
      for (NodeId id : WordingTernaries(ast, ast.root)) {
        out.push_back(At(*piece.expr, ast.at(id).span, "lint-message-ternary",
                         fmt::format("the '{}' message of {} picks its wording with '… ? … : …'; "
                                     "write each wording as a message variant (message.NAME) "
                                     "chosen by a named condition",
                                     lang, owner)));
      }
    }
  }
}

void Repeated(const Program&, const Rule& rule, const std::string& owner,
              std::vector<Diagnostic>& out) {
  RepeatedIn(rule, owner, out);
}

using PerRule = void (*)(const Program&, const Rule&, const std::string&, std::vector<Diagnostic>&);

void EachRule(const LintInput& in, std::vector<Diagnostic>& out, PerRule each) {
  for (const std::vector<Rule>* rules : {&in.program.rules, &in.program.batch_rules}) {
    bool batch = rules == &in.program.batch_rules;
    for (const Rule& rule : *rules) {
      each(in.program, rule, (batch ? "batch rule '" : "rule '") + rule.id + "'", out);
    }
  }
}

}  // namespace

void RepeatedExpression(const LintInput& in, std::vector<Diagnostic>& out) {
  EachRule(in, out, Repeated);
}

void LongMessage(const LintInput& in, std::vector<Diagnostic>& out) {
  EachRule(in, out, LongMessagesOf);
}

void MessageTernary(const LintInput& in, std::vector<Diagnostic>& out) {
  EachRule(in, out, TernariesOf);
}

}  // namespace grantcheck::lint
