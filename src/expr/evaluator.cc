#include "expr/evaluator.h"

#include <fmt/format.h>

#include <array>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "expr/builtins.h"
#include "expr/operators.h"

namespace grantcheck {
namespace {

// Where an absent field's path continues from, and the position to point at.
struct Parent {
  std::string path;
  Pos pos;
};

Parent ParentOf(const Value& v) {
  if (v.kind() == ValueKind::kMap) return {v.as_map().path, v.as_map().pos};
  if (v.kind() == ValueKind::kList) return {v.as_list().path, v.as_list().pos};
  if (v.is_missing()) return {v.as_missing().path, v.as_missing().near};
  return {};
}

std::string Child(const std::string& path, std::string_view field) {
  return path.empty() ? std::string(field) : path + "." + std::string(field);
}

// The special operand that decides a strict operation: an error over a missing.
const Value* Special(const Value& a, const Value& b) {
  if (a.is_error()) return &a;
  if (b.is_error()) return &b;
  if (a.is_missing()) return &a;
  if (b.is_missing()) return &b;
  return nullptr;
}

class Evaluator {
 public:
  Evaluator(const Ast& ast, const Bindings& b, const EvalContext& ctx)
      : ast_(ast), bindings_(b), ctx_(ctx), limit_(ctx.max_steps) {
    if (ctx.budget != nullptr && ctx.budget->left() < limit_) {
      limit_ = ctx.budget->left();
      budget_limits_ = true;
    }
  }
  // The steps taken go to the application's budget, even when the result is
  // an error, so that what one rule spent is gone for the next.
  ~Evaluator() {
    if (ctx_.budget != nullptr) ctx_.budget->Spend(steps_);
  }
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // `locals` must outlive the evaluation: they are read where they are.
  void Bind(const std::vector<std::pair<std::string, Value>>& locals) {
    for (const auto& [name, value] : locals) locals_.emplace_back(name, &value);
  }

  void SetTrace(const TraceFn* trace) { trace_ = trace; }

  // Every node's value goes through here, so a trace sees each evaluation
  // (a macro's body once per element) right after its children's.
  Value Eval(NodeId id) {
    if (trace_ == nullptr) return EvalNode(id);
    Value v = EvalNode(id);
    (*trace_)(id, v);
    return v;
  }

 private:
  // Counts one step for node `n`; false (with the error in `out`) past the limit.
  bool Step(const Node& n, Value& out) {
    if (++steps_ <= limit_) return true;
    out = OverLimit(n.span);
    return false;
  }

  // The error once the steps run out: this expression's own limit, or what
  // the application's budget had left.
  Value OverLimit(Span span) const {
    if (!budget_limits_) {
      return Value::Error(span, fmt::format("evaluation took more than {} steps", limit_));
    }
    return Value::Error(span, fmt::format("the application's evaluation budget of {} steps "
                                          "(for all its rules, messages and deadlines) is spent",
                                          ctx_.budget->limit()));
  }

  // The value of `id` as Eval() gives it, read in place where it already
  // exists and outlives the evaluation (a literal of the expression, a field of
  // the application or of the parameters), else made in `tmp`. Copying such a
  // value would touch its reference count, which the threads checking other
  // applications share for literals and parameters.
  const Value& Peek(NodeId id, Value& tmp) {
    const Node& n = ast_.at(id);
    if (trace_ != nullptr || (n.kind != NodeKind::kLiteral && n.kind != NodeKind::kIdent &&
                              n.kind != NodeKind::kSelect)) {
      return tmp = Eval(id);
    }
    if (!Step(n, tmp)) return tmp;
    if (n.kind == NodeKind::kLiteral) return n.literal;
    if (n.kind == NodeKind::kIdent) {
      if (const Value* local = FindLocal(n.name)) return *local;
      if (n.name == "params" && bindings_.params != nullptr) return *bindings_.params;
      if (bindings_.root == nullptr) return tmp = Lookup(n);
      return InPlace(n.name, *bindings_.root, /*stable=*/true, tmp, [&] { return Lookup(n); });
    }
    Value base_tmp;
    const Value& base = Peek(n.args[0], base_tmp);
    return InPlace(n.name, base, &base != &base_tmp, tmp, [&] { return SelectOf(n, base); });
  }

  // Field `name` of `base` in place when `base` is stable and has it; else
  // `slow`'s value, or a copy of the field, in `tmp`.
  template <typename Slow>
  const Value& InPlace(const std::string& name, const Value& base, bool stable, Value& tmp,
                       Slow slow) {
    const Value* field = base.kind() == ValueKind::kMap ? base.Find(name) : nullptr;
    if (field == nullptr) return tmp = slow();
    if (stable) return *field;
    return tmp = *field;
  }

  // The innermost variable `name`, or nullptr.
  const Value* FindLocal(std::string_view name) const {
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
      if (it->first == name) return it->second;
    }
    return nullptr;
  }

  Value EvalNode(NodeId id) {
    const Node& n = ast_.at(id);
    if (++steps_ > limit_) return OverLimit(n.span);
    switch (n.kind) {
      case NodeKind::kLiteral: return n.literal;
      case NodeKind::kIdent: return Lookup(n);
      case NodeKind::kSelect: return SelectNode(n);
      case NodeKind::kIndex: {
        Value a, b;
        const Value& base = Peek(n.args[0], a);
        return Index(n, base, Peek(n.args[1], b));
      }
      case NodeKind::kUnary: {
        Value tmp;
        return Unary(n, Peek(n.args[0], tmp));
      }
      case NodeKind::kBinary: return Binary(n);
      case NodeKind::kTernary: return Ternary(n);
      case NodeKind::kCall: return Call(n);
      case NodeKind::kMacro: return MacroCall(n);
      case NodeKind::kList: {
        std::vector<Value> items;
        for (NodeId a : n.args) items.push_back(Eval(a));
        return Value::List(std::move(items));
      }
    }
    return Value::Error(n.span, "unknown node");
  }

  Value Lookup(const Node& n) {
    if (const Value* local = FindLocal(n.name)) return *local;
    if (n.name == "params" && bindings_.params != nullptr) return *bindings_.params;
    if (bindings_.root == nullptr) return Value::Missing(n.name);
    return Select(n.name, n.span, *bindings_.root);
  }

  Value SelectNode(const Node& n) {
    Value tmp;
    return SelectOf(n, Peek(n.args[0], tmp));
  }

  Value SelectOf(const Node& n, const Value& base) {
    // A null carries no path of its own; the expression that read it names it.
    if (base.is_null()) return Value::Missing(ast_.Dump(n.args[0]) + "." + n.name);
    return Select(n.name, n.name_span, base);
  }

  // A field of a map. Absent fields, and fields of absent or null parents, are missing.
  Value Select(const std::string& name, Span span, const Value& base) {
    if (base.is_error()) return base;
    if (base.is_missing() || base.is_null()) {
      Parent p = ParentOf(base);
      return Value::Missing(Child(p.path, name), p.pos);
    }
    if (base.kind() != ValueKind::kMap) {
      return Value::Error(span, fmt::format("cannot read field '{}' of a {}", name,
                                            KindName(base.kind())));
    }
    if (const Value* v = base.Find(name)) return *v;
    return Value::Missing(Child(base.as_map().path, name), base.as_map().pos);
  }

  Value Index(const Node& n, const Value& base, const Value& index) {
    if (const Value* s = Special(base, index)) return *s;
    if (base.kind() == ValueKind::kMap && index.kind() == ValueKind::kString) {
      return Select(index.as_string(), n.span, base);
    }
    bool whole = index.kind() == ValueKind::kNumber && index.as_number().IsInteger();
    if (base.kind() != ValueKind::kList || !whole) {
      return Value::Error(n.span, fmt::format("cannot index a {} with a {}", KindName(base.kind()),
                                              KindName(index.kind())));
    }
    // A whole number past either end is missing, however far: one beyond
    // int64 (`xs[99999999999999999999]`) as much as `xs[5]`.
    const ListData& list = base.as_list();
    std::optional<int64_t> i = index.as_number().ToInt64();
    if (!i || *i < 0 || *i >= static_cast<int64_t>(list.items.size())) {
      return Value::Missing(fmt::format("{}[{}]", list.path, index.as_number().ToString()),
                            list.pos);
    }
    return list.items[static_cast<size_t>(*i)];
  }

  Value Unary(const Node& n, const Value& v) {
    if (v.is_special()) return v;
    if (n.op == Op::kNot && v.kind() == ValueKind::kBool) return Value::Bool(!v.as_bool());
    if (n.op == Op::kNeg && v.kind() == ValueKind::kNumber) {
      return Value::Number(v.as_number().Negate());
    }
    return Value::Error(n.span, fmt::format("'{}' cannot apply to a {}", OpText(n.op),
                                            KindName(v.kind())));
  }

  Value Binary(const Node& n) {
    if (n.op == Op::kAnd || n.op == Op::kOr) return Logical(n);
    Value a_tmp, b_tmp;
    const Value& a = Peek(n.args[0], a_tmp);
    const Value& b = Peek(n.args[1], b_tmp);
    if (const Value* s = Special(a, b)) return *s;
    return Charged(n, {&a, &b}, ApplyBinary(n.op, a, b, n.name_span));
  }

  // Operators and builtins walk their lists and build strings, so one node
  // can cost far more than a step: each list element or map entry read or
  // made, and each kStringBytesPerStep bytes of text made, counts as one more.
  // An operator's operands are counted deep, nested elements and entries
  // included, since comparing two maps or lists walks them whole; a builtin's
  // arguments only at the top, so that len(batch) costs the batch's length.
  Value Charged(const Node& n, std::initializer_list<const Value*> inputs, Value result) {
    for (const Value* v : inputs) steps_ += Size(*v, /*made=*/false, /*deep=*/true);
    steps_ += Size(result, /*made=*/true, /*deep=*/false);
    if (steps_ <= limit_) return result;
    return OverLimit(n.span);
  }

  static uint64_t Size(const Value& v, bool made, bool deep) {
    uint64_t n = 0;
    if (v.kind() == ValueKind::kList) {
      n = v.as_list().items.size();
      if (deep) {
        for (const Value& item : v.as_list().items) n += Size(item, made, true);
      }
    } else if (v.kind() == ValueKind::kMap) {
      n = v.as_map().entries.size();
      if (deep) {
        for (const auto& entry : v.as_map().entries) n += Size(entry.second, made, true);
      }
    } else if (made && v.kind() == ValueKind::kString) {
      n = v.as_string().size() / kStringBytesPerStep;
    }
    return n;
  }

  // && and ||: a decisive operand (false for &&, true for ||) wins over a
  // missing or erroneous one on either side, as in CEL; otherwise the error,
  // then the missing value, is the result.
  Value Logical(const Node& n) {
    bool decisive = n.op == Op::kOr;
    Value a = Eval(n.args[0]);
    if (a.kind() == ValueKind::kBool && a.as_bool() == decisive) return a;
    Value b = Eval(n.args[1]);
    if (b.kind() == ValueKind::kBool && b.as_bool() == decisive) return b;
    for (const Value* v : {&a, &b}) {
      if (!v->is_special() && v->kind() != ValueKind::kBool) {
        return Value::Error(n.name_span, fmt::format("'{}' needs bools, got a {}", OpText(n.op),
                                                     KindName(v->kind())));
      }
    }
    if (const Value* s = Special(a, b)) return *s;
    return Value::Bool(!decisive);
  }

  Value Ternary(const Node& n) {
    Value tmp;
    const Value& c = Peek(n.args[0], tmp);
    if (c.is_special()) return c;
    if (c.kind() != ValueKind::kBool) {
      return Value::Error(ast_.at(n.args[0]).span,
                          fmt::format("the condition of '?:' must be a bool, got a {}",
                                      KindName(c.kind())));
    }
    return Eval(n.args[c.as_bool() ? 1 : 2]);
  }

  Value Call(const Node& n) {
    const Builtin& b = Builtins()[static_cast<size_t>(n.builtin)];
    // Builtins take one to three arguments; those live here, not on the heap.
    constexpr size_t kInline = 4;
    std::array<Value, kInline> inline_args;
    std::vector<Value> heap_args;
    if (n.args.size() > kInline) heap_args.resize(n.args.size());
    const std::span<Value> args = n.args.size() > kInline
                                      ? std::span<Value>(heap_args)
                                      : std::span<Value>(inline_args.data(), n.args.size());
    for (size_t i = 0; i < n.args.size(); ++i) args[i] = Eval(n.args[i]);
    if (!b.sees_missing) {
      for (const Value& v : args) {
        if (v.is_error()) return v;
      }
      for (const Value& v : args) {
        if (v.is_missing()) return v;
      }
    }
    const uint64_t left = steps_ < limit_ ? limit_ - steps_ : 0;
    Value result = b.fn(args, CallEnv{ctx_, n.span, left, &steps_});
    for (const Value& v : args) steps_ += Size(v, /*made=*/false, /*deep=*/false);
    if (result.is_error()) return result;  // distinct() says itself that it ran out
    return Charged(n, {}, std::move(result));
  }

  // xs.all / exists / filter / map. The body runs with the variable bound to
  // each element in turn; all and exists follow Logical()'s absorption rules.
  Value MacroCall(const Node& n) {
    Value tmp;
    const Value& list = Peek(n.args[0], tmp);
    if (list.is_special()) return list;
    if (list.kind() != ValueKind::kList) {
      return Value::Error(n.name_span, fmt::format("{}() needs a list, got a {}", n.name,
                                                   KindName(list.kind())));
    }
    std::vector<Value> results;
    for (const Value& item : list.as_list().items) {
      locals_.emplace_back(n.var, &item);
      results.push_back(Eval(n.args[1]));
      locals_.pop_back();
      if (results.back().is_error() && n.name != "all" && n.name != "exists") {
        return results.back();
      }
    }
    if (n.name == "map") return Value::List(std::move(results));
    if (n.name == "filter") return Filter(n, list.as_list().items, results);
    return Quantify(n, results, n.name == "exists");
  }

  Value Filter(const Node& n, const std::vector<Value>& items, const std::vector<Value>& keep) {
    std::vector<Value> out;
    for (size_t i = 0; i < items.size(); ++i) {
      if (keep[i].is_missing()) return keep[i];
      if (keep[i].kind() != ValueKind::kBool) return NotBool(n, keep[i]);
      if (keep[i].as_bool()) out.push_back(items[i]);
    }
    return Value::List(std::move(out));
  }

  // all (decisive = false) and exists (decisive = true).
  Value Quantify(const Node& n, const std::vector<Value>& results, bool decisive) {
    const Value* special = nullptr;
    for (const Value& r : results) {
      if (r.kind() == ValueKind::kBool && r.as_bool() == decisive) return r;
      if (!r.is_special() && r.kind() != ValueKind::kBool) return NotBool(n, r);
      if (r.is_error() && (special == nullptr || !special->is_error())) special = &r;
      if (r.is_missing() && special == nullptr) special = &r;
    }
    return special != nullptr ? *special : Value::Bool(!decisive);
  }

  Value NotBool(const Node& n, const Value& v) {
    return Value::Error(ast_.at(n.args[1]).span,
                        fmt::format("the condition of {}() must be a bool, got a {}", n.name,
                                    KindName(v.kind())));
  }

  const Ast& ast_;
  const Bindings& bindings_;
  const EvalContext& ctx_;
  // Bound variables, innermost last. Each points at its value where it lives
  // (an element of the list a macro walks, held by the macro's frame, or the
  // caller's locals), so binding one copies nothing, and a variable's fields
  // are read in place (Peek).
  std::vector<std::pair<std::string_view, const Value*>> locals_;
  uint64_t steps_ = 0;
  uint64_t limit_;               // the most steps this evaluation may take
  bool budget_limits_ = false;   // limit_ is what the application's budget had left
  const TraceFn* trace_ = nullptr;  // not owned; null when nobody traces
};

}  // namespace

Value Evaluate(const Ast& ast, const Bindings& bindings, const EvalContext& ctx) {
  if (ast.nodes.empty()) return Value::Error(Span{}, "empty expression");
  return Evaluator(ast, bindings, ctx).Eval(ast.root);
}

Value EvaluateNode(const Ast& ast, NodeId node, const Bindings& bindings,
                   const EvalContext& ctx, const std::vector<Local>& locals) {
  if (node >= ast.nodes.size()) return Value::Error(Span{}, "no such node");
  Evaluator e(ast, bindings, ctx);
  e.Bind(locals);
  return e.Eval(node);
}

Value EvaluateTraced(const Ast& ast, NodeId node, const Bindings& bindings,
                     const EvalContext& ctx, const std::vector<Local>& locals,
                     const TraceFn& trace) {
  if (node >= ast.nodes.size()) return Value::Error(Span{}, "no such node");
  Evaluator e(ast, bindings, ctx);
  e.Bind(locals);
  e.SetTrace(&trace);
  return e.Eval(node);
}

}  // namespace grantcheck
