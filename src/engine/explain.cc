#include "engine/explain.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <utility>

#include "base/date.h"
#include "engine/explain_hints.h"
#include "engine/let_scope.h"
#include "expr/node_text.h"

namespace grantcheck {
namespace {

constexpr NodeId kNoParent = static_cast<NodeId>(-1);
// Longest sub-expression text on one line of the tree; its children show the rest.
constexpr int kMaxLineText = 90;

std::vector<NodeId> Parents(const Ast& ast) {
  std::vector<NodeId> parents(ast.nodes.size(), kNoParent);
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    for (NodeId arg : ast.at(id).args) parents[arg] = id;
  }
  return parents;
}

// Rebuilds the evaluation tree from the evaluator's post-order reports: when
// a node's value arrives, the reports on top of the stack whose parent it is
// are its children, in evaluation order.
class TraceBuilder {
 public:
  explicit TraceBuilder(const Ast& ast) : parents_(Parents(ast)) {}

  void Add(NodeId id, const Value& v) {
    size_t k = stack_.size();
    while (k > 0 && parents_[stack_[k - 1].node] == id) --k;
    TraceNode t{.node = id, .value = v};
    t.children.assign(std::make_move_iterator(stack_.begin() + static_cast<std::ptrdiff_t>(k)),
                      std::make_move_iterator(stack_.end()));
    stack_.resize(k);
    stack_.push_back(std::move(t));
  }

  TraceNode Take() { return stack_.empty() ? TraceNode{} : std::move(stack_.back()); }

 private:
  std::vector<NodeId> parents_;
  std::vector<TraceNode> stack_;
};

// How an element is named in a macro body's label: its path, else its value.
std::string ElementName(const Value& item) {
  if (item.kind() == ValueKind::kMap && !item.as_map().path.empty()) return item.as_map().path;
  if (item.kind() == ValueKind::kList && !item.as_list().path.empty()) return item.as_list().path;
  return ShowValue(item);
}

// Evaluates with tracing, then labels macro bodies and fills in the operands
// && and || did not need, so that every condition shows its value.
class Tracer {
 public:
  Tracer(const Expression& expr, const Bindings& bindings, const EvalContext& ctx)
      : expr_(expr), bindings_(bindings), ctx_(ctx) {}

  TraceNode Run(NodeId node, const std::vector<Local>& locals) {
    TraceBuilder builder(expr_.ast);
    TraceFn fn = [&builder](NodeId id, const Value& v) { builder.Add(id, v); };
    EvaluateTraced(expr_.ast, node, bindings_, ctx_, locals, fn);
    TraceNode root = builder.Take();
    std::vector<Local> scope = locals;
    Complete(root, scope);
    return root;
  }

 private:
  void Complete(TraceNode& t, std::vector<Local>& scope) {
    const Node& n = expr_.ast.at(t.node);
    if (n.kind == NodeKind::kMacro && !t.children.empty()) {
      const Value& list = t.children.front().value;
      for (size_t i = 1; i < t.children.size(); ++i) {
        if (list.kind() != ValueKind::kList || i > list.as_list().items.size()) break;
        const Value& item = list.as_list().items[i - 1];
        t.children[i].label = n.var + " = " + ElementName(item);
        scope.emplace_back(n.var, item);
        Complete(t.children[i], scope);
        scope.pop_back();
      }
      Complete(t.children.front(), scope);
      return;
    }
    bool logical = n.kind == NodeKind::kBinary && (n.op == Op::kAnd || n.op == Op::kOr);
    if (logical && t.children.size() == 1) {
      t.children.push_back(Run(n.args[1], scope));
      t.children.back().skipped = true;
    }
    for (TraceNode& c : t.children) Complete(c, scope);
  }

  const Expression& expr_;
  const Bindings& bindings_;
  const EvalContext& ctx_;
};

// The missing fields the rule needed (not those of operands it skipped),
// deepest only: `budget.lines[2].position.ordinary`, not also its parent.
void CollectMissing(const TraceNode& t, std::vector<std::string>& out) {
  if (t.skipped) return;
  for (const TraceNode& c : t.children) CollectMissing(c, out);
  if (!t.value.is_missing()) return;
  const std::string& path = t.value.as_missing().path;
  auto within = [](const std::string& parent, const std::string& child) {
    return child.size() > parent.size() && child.starts_with(parent) &&
           (child[parent.size()] == '.' || child[parent.size()] == '[');
  };
  for (const std::string& seen : out) {
    if (seen == path || within(path, seen)) return;
  }
  std::erase_if(out, [&](const std::string& seen) { return within(seen, path); });
  out.push_back(path);
}

// At most `max` code points, with an ellipsis when cut.
std::string Shorten(const std::string& text, int max) {
  if (CodePointCount(text) <= max) return text;
  size_t i = 0;
  for (int n = 0; i < text.size() && n < max - 1; ++n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return text.substr(0, i) + "…";
}

// Nodes not worth a line: literals, and the maps a field path passes through
// (`period` in `period.end`).
bool Hidden(const Ast& ast, const Node& parent, size_t arg_index) {
  const Node& n = ast.at(parent.args[arg_index]);
  if (n.kind == NodeKind::kLiteral) return true;
  bool path_step = n.kind == NodeKind::kIdent || n.kind == NodeKind::kSelect;
  return arg_index == 0 && path_step &&
         (parent.kind == NodeKind::kSelect || parent.kind == NodeKind::kIndex);
}

class TreeWriter {
 public:
  TreeWriter(const Expression& expr, bool values) : expr_(expr), values_(values) {}

  std::string Write(const TraceNode& root) {
    Line(root, 0);
    return std::move(out_);
  }

 private:
  void Line(const TraceNode& t, int depth) {
    std::string text = Shorten(NodeText(expr_.text, expr_.ast, t.node), kMaxLineText);
    out_ += std::string(static_cast<size_t>(depth) * 2, ' ') + text;
    if (values_) out_ += " = " + ShowValue(t.value);
    if (t.skipped) out_ += "   (not needed: the other side decided)";
    out_ += "\n";
    Children(t, depth + 1);
  }

  void Note(NodeId id, int depth, std::string_view why) {
    out_ += std::string(static_cast<size_t>(depth) * 2, ' ') +
            Shorten(NodeText(expr_.text, expr_.ast, id), kMaxLineText) + "   (" +
            std::string(why) + ")\n";
  }

  void Children(const TraceNode& t, int depth) {
    const Node& n = expr_.ast.at(t.node);
    if (n.kind == NodeKind::kMacro) return Macro(t, depth);
    for (size_t i = 0; i < n.args.size(); ++i) {
      if (Hidden(expr_.ast, n, i)) continue;
      bool found = false;
      for (const TraceNode& c : t.children) {
        if (c.node != n.args[i]) continue;
        Line(c, depth);
        found = true;
      }
      if (!found && values_) Note(n.args[i], depth, n.kind == NodeKind::kTernary ? "not taken"
                                                                                 : "not evaluated");
    }
  }

  void Macro(const TraceNode& t, int depth) {
    for (size_t i = 0; i < t.children.size(); ++i) {
      if (i == 0 || t.children[i].label.empty()) {
        Line(t.children[i], depth);
        continue;
      }
      out_ += std::string(static_cast<size_t>(depth) * 2, ' ') + "for " + t.children[i].label +
              ":\n";
      Line(t.children[i], depth + 1);
    }
  }

  const Expression& expr_;
  bool values_;
  std::string out_;
};

// Every node of `id`'s subtree, unvalued, the body of a macro once.
TraceNode Skeleton(const Ast& ast, NodeId id) {
  TraceNode t{.node = id};
  for (NodeId arg : ast.at(id).args) t.children.push_back(Skeleton(ast, arg));
  return t;
}

const Finding* FindingOf(const AppReport& report, const std::string& rule) {
  for (const Finding& f : report.findings) {
    if (!f.from_input && f.rule_id == rule) return &f;
  }
  return nullptr;
}

bool Failing(Status s) {
  return s == Status::kFail || s == Status::kUnknown || s == Status::kTodo;
}

}  // namespace

std::string ShowValue(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString: return Shorten(v.Dump(), 60);
    case ValueKind::kDate: return FormatDate(v.as_date());
    case ValueKind::kMissing: return "missing (" + v.as_missing().path + ")";
    case ValueKind::kError: return "error: " + v.as_error().message;
    case ValueKind::kMap:
      return v.as_map().path.empty() ? "{…}" : "{" + v.as_map().path + "}";
    case ValueKind::kList: {
      std::string items;
      for (const Value& item : v.as_list().items) {
        if (item.kind() == ValueKind::kMap || item.kind() == ValueKind::kList) {
          return fmt::format("a list of {}{}", v.as_list().items.size(),
                             v.as_list().path.empty() ? "" : " (" + v.as_list().path + ")");
        }
        items += (items.empty() ? "" : ", ") + ShowValue(item);
      }
      return Shorten("[" + items + "]", 80);
    }
    default: return v.Dump();
  }
}

Explanation Explain(const Rule& rule, const Application& app, const PreparedProgram& program,
                    const CheckOptions& options) {
  Explanation e{.rule = &rule};
  AppReport report = CheckApplication(app, program, options);
  if (const Finding* f = FindingOf(report, rule.id)) e.finding = *f;
  Bindings bindings{&app.root, &program.program->params_value};
  EvalContext ctx;
  ctx.today = options.today;
  ctx.canonical_member = [&members = program.members](std::string_view name) {
    return members.Canonical(name);
  };
  ctx.lang = MessageLanguage(options, *program.program);
  std::vector<Local> scope = RuleScope(*program.program, rule, bindings, ctx);
  e.lets = scope;
  bool applies = true;
  // Traced with the named values written out, so that the tree and the hints
  // reach the fields they read.
  std::vector<const Let*> lets;
  for (const Let& l : program.program->let) lets.push_back(&l);
  for (const Let& l : rule.let) lets.push_back(&l);
  auto expanded = [&](const Expression& expr) -> const Expression& {
    std::shared_ptr<const Expression> x = ExpandLets(expr, lets);
    if (!x) return expr;
    e.expanded.push_back(x);
    return *x;
  };
  if (rule.when) {
    const Expression& when = expanded(*rule.when);
    e.when = ExprTrace{&when, Tracer(when, bindings, ctx).Run(when.ast.root, scope)};
    const Value& v = e.when->root.value;
    applies = v.kind() == ValueKind::kBool && v.as_bool();
    CollectMissing(e.when->root, e.missing);
  }
  if (applies && rule.severity != Severity::kReview && rule.check) {
    const Expression& check = expanded(*rule.check);
    e.check = ExprTrace{&check, Tracer(check, bindings, ctx).Run(check.ast.root, scope)};
    CollectMissing(e.check->root, e.missing);
    if (Failing(e.finding.status)) {
      e.hints = Hints(HintContext{check, bindings, ctx, rule.at,
                                  MessageLanguage(options, *program.program)},
                      e.check->root);
    }
  }
  return e;
}

std::string TraceText(const ExprTrace& trace, bool values) {
  return TreeWriter(*trace.expr, values).Write(trace.root);
}

ExprTrace Unevaluated(const Expression& expr) {
  return ExprTrace{&expr, Skeleton(expr.ast, expr.ast.root)};
}

}  // namespace grantcheck
